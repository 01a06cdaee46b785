namespace MedDocs.Simulator;

/// <summary>One finished generation, ready to be written as a completion or a stream.</summary>
internal sealed record ChatReply(
    string Id,
    long Created,
    string Model,
    string Content,
    string? FinishReason,
    int PromptTokens,
    int CompletionTokens,
    bool Malformed);
