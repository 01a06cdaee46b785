namespace MedDocs.Core.Requests;

/// <summary>
/// The identity of a server for the request gate: scheme, host and port (the default one written out) and base path,
/// lower-cased where URLs are case-insensitive, without user-info, query or trailing slash. Two spellings of one
/// base URL share a gate; two servers on one host (different ports or base paths) do not. The loopback names
/// localhost, 127.0.0.1 and [::1] are one host: a local server answers on all three, and a script mixing them must
/// not get twice the slots.
/// </summary>
public static class EndpointKey
{
    public static string Of(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The endpoint must be an absolute URL.", nameof(endpoint));
        }
        var path = endpoint.AbsolutePath.TrimEnd('/');
        var host = endpoint.IdnHost.ToLowerInvariant();
        if (host is "127.0.0.1" or "[::1]" or "::1")
        {
            host = "localhost";
        }
        return $"{endpoint.Scheme.ToLowerInvariant()}://{host}:{endpoint.Port}{path}";
    }
}
