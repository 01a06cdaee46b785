using System.Text;
using System.Text.RegularExpressions;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Providers;

/// <summary>
/// Makes text a server sent safe to show in an error, a warning or a log. Servers echo what they were sent (a
/// FastAPI 422 quotes the offending input, some 400s and plain-text 500s quote the prompt, a 401 may quote the
/// Authorization header), so a server's words are never passed on as they came: secrets are removed (bearer
/// tokens, sk-… keys, the configured key), any run of words that also occurs in what MedDocs sent is replaced by
/// "[input]", what is left goes through the PHI rules engine (findings become type tags such as [NAME]), and the
/// result is cut short. What a server says about itself ("model not found", "exceeds the available context
/// size") survives, because it does not occur in the document.
/// </summary>
public static partial class ServerText
{
    /// <summary>Most characters of a server's message shown.</summary>
    public const int MaxChars = 200;

    private const string InputTag = "[input]";
    private const string SecretTag = "[secret]";

    /// <param name="raw">The server's message (or plain-text body).</param>
    /// <param name="apiKey">The configured API key, removed wherever it appears.</param>
    /// <param name="sent">The texts of the request (messages or embedding inputs); echoes of them are removed.</param>
    public static string Clean(string raw, string? apiKey, IReadOnlyList<string>? sent = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // Look at a bounded piece: a server can echo megabytes.
        var text = raw.Length > 4 * MaxChars * 10 ? raw[..(4 * MaxChars * 10)] : raw;
        text = Whitespace().Replace(text, " ").Trim();
        text = RemoveSecrets(text, apiKey);
        if (sent is { Count: > 0 })
        {
            text = RemoveEchoes(text, sent);
        }
        text = RedactPhi(text);
        return Cut(text);
    }

    private static string RemoveSecrets(string text, string? apiKey)
    {
        if (!string.IsNullOrEmpty(apiKey) && apiKey.Length >= 4)
        {
            text = text.Replace(apiKey, SecretTag, StringComparison.Ordinal);
        }
        text = BearerToken().Replace(text, "Bearer " + SecretTag);
        text = KeyLike().Replace(text, SecretTag);
        return AuthorizationHeader().Replace(text, "Authorization: " + SecretTag);
    }

    /// <summary>Replaces every stretch of the message that repeats what was sent (three words in a row, two when one is a name or holds digits, or one identifier-like token).</summary>
    private static string RemoveEchoes(string text, IReadOnlyList<string> sent)
    {
        var words = Words().Matches(text);
        if (words.Count == 0)
        {
            return text;
        }
        var sentWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pairs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var triples = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in sent)
        {
            var list = Words().Matches(piece).Select(m => m.Value).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                sentWords.Add(list[i]);
                if (i + 1 < list.Count)
                {
                    pairs.Add(list[i] + " " + list[i + 1]);
                }
                if (i + 2 < list.Count)
                {
                    triples.Add(list[i] + " " + list[i + 1] + " " + list[i + 2]);
                }
            }
        }
        var echoed = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (IdentifierLike(word) && sentWords.Contains(word))
            {
                echoed[i] = true;
            }
            if (i + 1 < words.Count && (Distinctive(word) || Distinctive(words[i + 1].Value)) && pairs.Contains(word + " " + words[i + 1].Value))
            {
                echoed[i] = echoed[i + 1] = true;
            }
            if (i + 2 < words.Count && triples.Contains(word + " " + words[i + 1].Value + " " + words[i + 2].Value))
            {
                echoed[i] = echoed[i + 1] = echoed[i + 2] = true;
            }
        }
        var output = new StringBuilder(text.Length);
        var cursor = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!echoed[i])
            {
                continue;
            }
            var run = i;
            while (run + 1 < words.Count && echoed[run + 1])
            {
                run++;
            }
            output.Append(text, cursor, words[i].Index - cursor).Append(InputTag);
            cursor = words[run].Index + words[run].Length;
            i = run;
        }
        output.Append(text, cursor, text.Length - cursor);
        return output.ToString();
    }

    private static string RedactPhi(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var findings = new PhiRulesEngine().Find(text);
        return findings.Count == 0 ? text : PhiRedactor.Redact(text, findings, RedactionMode.Tags).Text;
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text;
        }
        var space = text.LastIndexOf(' ', MaxChars - 1, 40);
        return string.Concat(text.AsSpan(0, space > 0 ? space : MaxChars - 1), "…");
    }

    /// <summary>Digits with letters or separators, or a long digit run: MRNs, SSNs, phone numbers, account numbers.</summary>
    private static bool IdentifierLike(string word) => word.Length >= 5 && word.Any(char.IsAsciiDigit);

    /// <summary>A word that marks a pair as personal rather than common phrasing: capitalised or holding digits.</summary>
    private static bool Distinctive(string word) => char.IsUpper(word[0]) || word.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\-/.]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?i)\bbearer\s+[^\s""',;]+")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\b(?:sk|pk|rk)-[A-Za-z0-9_\-]{8,}")]
    private static partial Regex KeyLike();

    [GeneratedRegex(@"(?i)\bauthorization\s*[:=]\s*(?!Bearer\s+\[secret\])[^\s""',;]+(?:\s+[^\s""',;]+)?")]
    private static partial Regex AuthorizationHeader();
}
