using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>A schema-checked answer and what it cost over all attempts.</summary>
public sealed record StructuredAnswer<T>(T Value, string Model, int Attempts, int PromptTokens, int CompletionTokens, TimeSpan Elapsed);

/// <summary>
/// Asks for an answer through a JSON schema and checks it: a reply that is not JSON, or an answer that fails the
/// caller's validation, is asked for once more, then reported as InvalidAnswer; an answer cut off at its token
/// limit is reported at once with its real cause (AnswerCutOff), since asking again would cut it again. The
/// server enforces the schema where it can; the validation here is what makes it safe when it can't
/// (a document saying "ignore your instructions" still cannot produce a value outside the schema).
/// </summary>
public static class StructuredChat
{
    public const int MaxAttempts = 2;

    /// <param name="parse">Turns the JSON answer into a value, or null when it does not validate.</param>
    public static async Task<StructuredAnswer<T>> AskAsync<T>(LlmClient client, ChatRequest request, Func<JsonElement, T?> parse, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(client);
        var prompt = 0;
        var completion = 0;
        var elapsed = TimeSpan.Zero;
        string? problem = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            ChatResult result;
            try
            {
                result = await client.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (LlmException ex) when (ex.Kind == LlmErrorKind.ProtocolError || (ex.Kind == LlmErrorKind.AnswerCutOff && attempt < MaxAttempts))
            {
                // A reply garbled on the way, or one the server itself could not parse, is worth the same one retry.
                // A server error (even with HTTP 200) or a redirect is not: those are thrown as they are.
                problem = ex.Kind == LlmErrorKind.ProtocolError ? "the server's reply was not valid JSON" : "the server could not read the model's answer";
                continue;
            }
            prompt += result.PromptTokens;
            completion += result.CompletionTokens;
            elapsed += result.Elapsed;
            var value = TryParse(result.Content, parse);
            if (value is not null)
            {
                return new StructuredAnswer<T>(value, result.Model, attempt, prompt, completion, elapsed);
            }
            if (result.Finish == ChatFinish.Length)
            {
                // The same request would be cut at the same place: say why instead of asking again.
                throw CutOff(client, result);
            }
            problem = "the answer did not match the requested JSON schema";
        }
        throw new LlmException(LlmErrorKind.InvalidAnswer, client.Target.Endpoint,
            $"The model on {client.Target.Label} gave no usable answer in {MaxAttempts} attempts: {problem}.",
            "Try a stronger or instruction-tuned model (the Model setting), or check that the server supports JSON-schema output.");
    }

    /// <summary>The real cause of a cut-off answer: the context left too little room, or the MaxTokens setting.</summary>
    private static LlmException CutOff(LlmClient client, ChatResult result) => result.LimitedByContext
        ? new LlmException(LlmErrorKind.AnswerCutOff, client.Target.Endpoint,
            $"The model's answer was cut off after {result.MaxTokensSent} tokens: the {result.ContextTokens}-token context {client.Target.Label} gives a request leaves no more room after this input.",
            ServerAdvice.LargerContext(client.Target, result.Model))
        : new LlmException(LlmErrorKind.AnswerCutOff, client.Target.Endpoint,
            $"The model's answer was cut off at the MaxTokens setting ({result.MaxTokensSent} tokens).",
            "Raise the MaxTokens setting (MEDDOCS_MAX_TOKENS).");

    private static T? TryParse<T>(string content, Func<JsonElement, T?> parse)
        where T : class
    {
        try
        {
            using var doc = JsonDocument.Parse(StripCodeFence(content));
            return parse(doc.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            // Not JSON, or JsonElement accessors refusing it (wrong kind, missing property, number
            // out of range): the answer does not validate, it is not a failure of the caller's code.
            return null;
        }
    }

    /// <summary>Some models wrap JSON in ```json fences even when asked for a schema.</summary>
    internal static string StripCodeFence(string content)
    {
        var text = content.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }
        var firstLine = text.IndexOf('\n');
        var close = text.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine > 0 && close > firstLine ? text[(firstLine + 1)..close].Trim() : text;
    }
}
