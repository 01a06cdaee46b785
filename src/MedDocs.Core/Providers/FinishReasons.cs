namespace MedDocs.Core.Providers;

/// <summary>
/// The OpenAI SDK throws on an unknown or empty finish_reason, which local servers do send;
/// MedDocs reads the raw value and normalises it here instead.
/// </summary>
public static class FinishReasons
{
    public static ChatFinish Normalize(string? raw) => raw?.Trim().ToLowerInvariant() switch
    {
        "stop" or "eos" or "end_turn" or "stop_sequence" => ChatFinish.Stop,
        "length" or "max_tokens" => ChatFinish.Length,
        "content_filter" => ChatFinish.ContentFilter,
        "tool_calls" or "function_call" => ChatFinish.ToolCalls,
        _ => ChatFinish.Unknown,
    };
}
