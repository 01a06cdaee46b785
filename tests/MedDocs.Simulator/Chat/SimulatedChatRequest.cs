using System.Text.Json;

namespace MedDocs.Simulator;

/// <summary>A chat completion request as a scripted responder sees it.</summary>
/// <param name="Model">The model that answers (after defaulting an empty <c>model</c>).</param>
/// <param name="RawBody">The request body exactly as received.</param>
/// <param name="Schema">The <c>response_format.json_schema.schema</c>, when one was sent.</param>
/// <param name="ResponseFormatType">"json_schema", "json_object", "text", or null when absent.</param>
/// <param name="MaxTokens"><c>max_completion_tokens</c> or <c>max_tokens</c>; null when absent or unlimited (≤ 0).</param>
public sealed record SimulatedChatRequest(
    string Model,
    IReadOnlyList<SimulatedMessage> Messages,
    string RawBody,
    JsonElement? Schema,
    string? ResponseFormatType,
    int? MaxTokens,
    double? Temperature,
    bool Stream)
{
    /// <summary>Text of the last user message: what a responder usually answers, and the seed of default answers.</summary>
    public string LastUserText => Messages.LastOrDefault(m => m.Role == "user")?.Text ?? string.Empty;

    public int ImageCount => Messages.Sum(m => m.ImageCount);

    /// <summary>The <c>json_schema.name</c>, when sent.</summary>
    public string? SchemaName { get; init; }

    public bool IncludeUsageInStream { get; init; }

    /// <summary>
    /// Whether the server's grammar holds numbers to a schema's minimum/maximum. False on llama.cpp, which enforces
    /// integer ranges only: the default responder then writes numbers outside the range, as real models there do.
    /// </summary>
    public bool NumberRangesEnforced { get; init; } = true;

    /// <summary>Schema strings are written out to their maxLength (<see cref="SimulatorOptions.FullAnswers"/>).</summary>
    public bool FullAnswers { get; init; }
}
