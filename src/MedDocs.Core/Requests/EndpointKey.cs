namespace MedDocs.Core.Requests;

/// <summary>
/// The identity of a server for the request gate: scheme, host and port (the default one written out) and base path,
/// lower-cased where URLs are case-insensitive, without user-info, query or trailing slash. Two spellings of one
/// base URL share a gate; two servers on one host (different ports or base paths) do not.
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
        return $"{endpoint.Scheme.ToLowerInvariant()}://{endpoint.IdnHost.ToLowerInvariant()}:{endpoint.Port}{path}";
    }
}
