using System.Net;

namespace MedDocs.Core.Providers;

/// <summary>
/// Patient data stays on this machine unless the user says otherwise: document text may only be
/// sent to loopback hosts, unless remote endpoints are explicitly allowed.
/// </summary>
public static class EndpointPolicy
{
    /// <summary>True for localhost, 127.0.0.0/8 and ::1 — names are not resolved, so DNS cannot widen this.</summary>
    public static bool IsLoopback(Uri endpoint)
    {
        var host = endpoint.IdnHost.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
            host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Throws a <see cref="LlmException"/> of kind RemoteNotAllowed when the endpoint may not receive document text.</summary>
    public static void EnsureAllowed(Uri endpoint, bool allowRemote)
    {
        if (allowRemote || IsLoopback(endpoint))
        {
            return;
        }
        throw new LlmException(
            LlmErrorKind.RemoteNotAllowed,
            endpoint,
            $"Refusing to send document text to {endpoint.GetLeftPart(UriPartial.Authority)}: it is not on this machine, and MedDocs keeps patient data local by default.",
            "If this server is trusted to receive patient data, allow it explicitly with -AllowRemote (or --allow-remote, or MEDDOCS_ALLOW_REMOTE=true).");
    }
}
