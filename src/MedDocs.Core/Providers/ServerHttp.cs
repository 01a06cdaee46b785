using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace MedDocs.Core.Providers;

/// <summary>Called just before MedDocs opens a TCP connection (tests count attempts with it).</summary>
/// <param name="host">The host as the request names it, before any name resolution.</param>
public delegate void ConnectObserver(string host, int port);

/// <summary>
/// The one place MedDocs' HTTP connections are made, for probes and for generations alike. Its connect step
/// enforces the endpoint policy a second time, at the socket: a host the policy refuses is never resolved or
/// connected to, whatever led there (a redirect, a proxy setting, a hosts entry for "localhost"). Redirects are
/// never followed: a model server that answers 3xx is misconfigured, and following it could leave loopback.
/// </summary>
public static class ServerHttp
{
    /// <summary>Request option saying this request may go to a non-loopback host (the user allowed remote endpoints).</summary>
    public static readonly HttpRequestOptionsKey<bool> AllowRemoteKey = new("MedDocs.AllowRemote");

    /// <summary>A guarded handler: no automatic redirects, the policy checked before every connect.</summary>
    public static SocketsHttpHandler CreateHandler(TimeSpan connectTimeout, ConnectObserver? observer = null) => new()
    {
        ConnectTimeout = connectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AllowAutoRedirect = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context, observer, cancellationToken),
    };

    /// <summary>Marks every request it forwards with whether remote hosts are allowed (for clients whose requests we do not build).</summary>
    public static DelegatingHandler Stamp(HttpMessageHandler inner, bool allowRemote) => new StampingHandler(inner, allowRemote);

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, ConnectObserver? observer, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var allowRemote = context.InitialRequestMessage.Options.TryGetValue(AllowRemoteKey, out var allowed) && allowed;
        if (!allowRemote && !EndpointPolicy.IsLoopbackHost(host))
        {
            // Decided on the name as written: nothing is resolved and no socket is opened.
            throw new RemoteHostRefusedException(host);
        }
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (!allowRemote && addresses.Any(a => !EndpointPolicy.IsLoopbackAddress(a)))
        {
            // "localhost" mapped elsewhere by a hosts entry: every address must be loopback.
            throw new RemoteHostRefusedException(host);
        }
        observer?.Invoke(host, port);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class StampingHandler(HttpMessageHandler inner, bool allowRemote) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(AllowRemoteKey, allowRemote);
            return base.SendAsync(request, cancellationToken);
        }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(AllowRemoteKey, allowRemote);
            return base.Send(request, cancellationToken);
        }
    }
}
