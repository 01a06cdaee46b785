namespace MedDocs.Core.Configuration;

/// <summary>
/// Turns a local server's address as people write it (Ollama's OLLAMA_HOST conventions:
/// "localhost:11434", "0.0.0.0", ":11434", "http://host:port") into an OpenAI-style base URL.
/// </summary>
internal static class ServerAddress
{
    /// <summary>
    /// Without a scheme, http:// is assumed and a missing port becomes <paramref name="defaultPort"/>
    /// (as Ollama does). A wildcard bind address (0.0.0.0, ::) means this machine, so it becomes
    /// localhost: clients cannot connect to it on every platform. An empty path becomes /v1.
    /// </summary>
    public static bool TryNormalize(string text, int defaultPort, out Uri uri)
    {
        uri = null!;
        var schemeGiven = text.Contains("://", StringComparison.Ordinal);
        var candidate = schemeGiven ? text : "http://" + text;
        var authority = Authority(candidate);
        if (authority.Length == 0 || authority.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }
        if (authority.StartsWith(':'))
        {
            candidate = candidate.Replace("://:", "://localhost:", StringComparison.Ordinal);
        }
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var parsed) || !IsHttp(parsed))
        {
            return false;
        }

        var builder = new UriBuilder(parsed);
        if (!schemeGiven && !HasExplicitPort(authority))
        {
            builder.Port = defaultPort;
        }
        if (parsed.Host is "0.0.0.0" or "[::]")
        {
            builder.Host = "localhost";
        }
        builder.Path = parsed.AbsolutePath == "/" ? "/v1" : parsed.AbsolutePath.TrimEnd('/');
        uri = builder.Uri;
        return true;
    }

    /// <summary>An absolute http(s) URL, taken as given apart from a trailing slash on its path.</summary>
    public static bool TryParseAbsolute(string text, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || !IsHttp(parsed))
        {
            return false;
        }
        // "http://x/v1/" and "http://x/v1" must mean the same base URL when paths are appended.
        uri = parsed.AbsolutePath.Length > 1 && parsed.AbsolutePath.EndsWith('/')
            ? new UriBuilder(parsed) { Path = parsed.AbsolutePath.TrimEnd('/') }.Uri
            : parsed;
        return true;
    }

    private static bool IsHttp(Uri uri) =>
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static string Authority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? url[start..] : url[start..end];
    }

    private static bool HasExplicitPort(string authority)
    {
        var colon = authority.LastIndexOf(':');
        return colon > authority.LastIndexOf(']') && colon < authority.Length - 1;
    }
}
