using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedDocs.Core.Providers;

/// <summary>
/// An error answer as a server wrote it. <see cref="Message"/> is the server's raw text: it is for classifying only
/// and may quote the input — show it through <see cref="ServerText.Clean(string, string?, IReadOnlyList{string}?)"/>.
/// Shapes read: OpenAI and llama.cpp <c>{"error":{"message","type","code",…}}</c> (llama.cpp adds n_prompt_tokens and
/// n_ctx to exceed_context_size_error, tools/server/server-task.cpp), LM Studio and Ollama <c>{"error":"text"}</c>,
/// vLLM's older top-level <c>{"object":"error","message","type","code"}</c>, FastAPI's 422
/// <c>{"detail":[{"loc","msg","input"}]}</c> (the "input" is never read), and plain text.
/// </summary>
public sealed partial record ServerError(int Status, string? Message, string? Type, string? Code)
{
    /// <summary>The context size the server said it has, when its message or fields say.</summary>
    public int? ContextTokens { get; init; }

    /// <summary>The prompt size the server counted, when it says.</summary>
    public int? PromptTokens { get; init; }

    /// <summary>type and code as a short label ("exceed_context_size_error"), only when they look like identifiers.</summary>
    public string? Label
    {
        get
        {
            var parts = new[] { Type, Code }.Where(p => p is not null && Identifier().IsMatch(p)).Distinct().ToList();
            return parts.Count == 0 ? null : string.Join('/', parts);
        }
    }

    public static ServerError Parse(int status, ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var doc = JsonDocument.ParseValue(ref reader);
            if (FromJson(status, doc.RootElement) is { } parsed)
            {
                return parsed;
            }
        }
        catch (JsonException)
        {
            // Not JSON: a plain-text body (Ollama's router, a proxy's HTML, a crashed handler's trace).
        }
        return WithNumbers(new ServerError(status, PlainText(body), null, null));
    }

    /// <summary>The error in an already parsed body, or null when the body is not an error.</summary>
    public static ServerError? FromJson(int status, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (root.TryGetProperty("error", out var error))
        {
            return error.ValueKind switch
            {
                JsonValueKind.String => WithNumbers(new ServerError(status, error.GetString(), null, null)),
                JsonValueKind.Object => WithNumbers(new ServerError(status, Str(error, "message") ?? error.GetRawText(), Str(error, "type"), Str(error, "code"))
                {
                    ContextTokens = Int(error, "n_ctx"),
                    PromptTokens = Int(error, "n_prompt_tokens"),
                }),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => WithNumbers(new ServerError(status, error.GetRawText(), null, null)),
            };
        }
        if (Str(root, "object") == "error" && Str(root, "message") is { } topLevel)
        {
            return WithNumbers(new ServerError(status, topLevel, Str(root, "type"), Str(root, "code")));
        }
        if (root.TryGetProperty("detail", out var detail))
        {
            return new ServerError(status, Detail(detail), "validation_error", null);
        }
        return null;
    }

    /// <summary>FastAPI's validation detail: where and what, from "loc" and "msg" — never the echoed "input".</summary>
    private static string? Detail(JsonElement detail)
    {
        if (detail.ValueKind == JsonValueKind.String)
        {
            return detail.GetString();
        }
        if (detail.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var parts = new List<string>();
        foreach (var item in detail.EnumerateArray().Take(3))
        {
            var where = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
                ? string.Join('.', loc.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.Number ? l.GetRawText() : l.GetString() ?? ""))
                : null;
            var what = Str(item, "msg");
            parts.Add(where is null ? what ?? "invalid" : $"{where}: {what ?? "invalid"}");
        }
        return string.Join("; ", parts);
    }

    private static ServerError WithNumbers(ServerError error)
    {
        var text = error.Message ?? string.Empty;
        return error with
        {
            ContextTokens = error.ContextTokens ?? First(text, ContextPatterns),
            PromptTokens = error.PromptTokens ?? First(text, PromptPatterns),
        };
    }

    private static int? First(string text, Regex[] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Match(text) is { Success: true } match &&
                int.TryParse(match.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }
        return null;
    }

    // llama.cpp: "request (N tokens) exceeds the available context size (M tokens)", "input (N tokens) is larger than the
    // max context size (M tokens)"; vLLM/OpenAI: "maximum context length is M tokens"; LM Studio: "loaded with context
    // length of only M tokens".
    private static readonly Regex[] ContextPatterns =
    [
        ContextSizeParen(), MaximumContextLength(), ContextLengthOfOnly(),
    ];

    // llama.cpp: "request (N tokens)", "input (N tokens)"; vLLM: "prompt contains at least N input tokens", "(N in the
    // messages"; OpenAI: "messages resulted in N tokens"; LM Studio: "keep the first N tokens".
    private static readonly Regex[] PromptPatterns =
    [
        RequestTokensParen(), PromptContains(), InTheMessages(), ResultedIn(), KeepTheFirst(),
    ];

    private static string? PlainText(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }
        var text = System.Text.Encoding.UTF8.GetString(body.Length > 8000 ? body[..8000] : body).Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,64}$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?i)context size \((\d+) tokens\)")]
    private static partial Regex ContextSizeParen();

    [GeneratedRegex(@"(?i)maximum context length is (\d+)")]
    private static partial Regex MaximumContextLength();

    [GeneratedRegex(@"(?i)context length of only (\d+)")]
    private static partial Regex ContextLengthOfOnly();

    [GeneratedRegex(@"(?i)(?:request|input) \((\d+) tokens\)")]
    private static partial Regex RequestTokensParen();

    [GeneratedRegex(@"(?i)prompt contains at least (\d+)")]
    private static partial Regex PromptContains();

    [GeneratedRegex(@"(?i)\((\d+) in the messages")]
    private static partial Regex InTheMessages();

    [GeneratedRegex(@"(?i)messages resulted in (\d+) tokens")]
    private static partial Regex ResultedIn();

    [GeneratedRegex(@"(?i)keep the first (\d+) tokens")]
    private static partial Regex KeepTheFirst();
}
