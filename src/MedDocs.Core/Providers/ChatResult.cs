namespace MedDocs.Core.Providers;

/// <summary>Why generation stopped, normalised: local servers send "", null or their own words.</summary>
public enum ChatFinish
{
    Stop,
    Length,
    ContentFilter,
    ToolCalls,
    Unknown,
}

/// <summary>The model's answer and what it cost.</summary>
public sealed record ChatResult(
    string Content,
    ChatFinish Finish,
    string? RawFinishReason,
    int PromptTokens,
    int CompletionTokens,
    string Model,
    TimeSpan Elapsed)
{
    /// <summary>The max_tokens MedDocs sent: the setting, or less when the model's context left less room.</summary>
    public int MaxTokensSent { get; init; }

    /// <summary>The context (tokens) the request was sized for.</summary>
    public int ContextTokens { get; init; }

    /// <summary>True when the context, not the MaxTokens setting, set the answer's limit.</summary>
    public bool LimitedByContext { get; init; }
}

/// <summary>Timing of a streamed generation (for Test-LMStudio -Detailed).</summary>
public sealed record StreamResult(
    string Content,
    TimeSpan TimeToFirstToken,
    TimeSpan Total,
    int CompletionTokens,
    string Model)
{
    /// <summary>Generation speed after the first token.</summary>
    public double TokensPerSecond
    {
        get
        {
            var generating = (Total - TimeToFirstToken).TotalSeconds;
            return CompletionTokens <= 1 || generating <= 0 ? 0 : (CompletionTokens - 1) / generating;
        }
    }
}

/// <summary>Vectors for a batch of inputs, in input order.</summary>
public sealed record EmbeddingBatch(IReadOnlyList<float[]> Vectors, string Model, int PromptTokens, TimeSpan Elapsed);
