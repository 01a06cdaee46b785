namespace MedDocs.Core.Providers;

/// <summary>The transport refused to connect to a host the endpoint policy does not allow (see <see cref="ServerHttp"/>).</summary>
public sealed class RemoteHostRefusedException : IOException
{
    public RemoteHostRefusedException(string host)
        : base($"Refused to connect to {host}: it is not on this machine and remote endpoints are not allowed.")
    {
        Host = host;
    }

    public string Host { get; }
}
