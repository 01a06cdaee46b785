using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Clinical;

/// <summary>How a transcript becomes a note or entities: template, privacy, speakers and the model's budget.</summary>
public sealed record ClinicalOptions
{
    public SoapTemplate Template { get; init; } = SoapTemplate.Soap;

    /// <summary>Redact PHI with the local rules engine (type tags) before any text is sent to the model.</summary>
    public bool RedactPhi { get; init; }

    /// <summary>Renames WhisperX speaker labels (SPEAKER_00 → Doctor); keys match case-insensitively.</summary>
    public IReadOnlyDictionary<string, string>? SpeakerMap { get; init; }

    /// <summary>The model's context window in tokens (as the server reports it); decides when to map-reduce.</summary>
    public int ContextTokens { get; init; } = 4096;

    /// <summary>Most tokens one answer may take (reserved out of the context).</summary>
    public int AnswerTokens { get; init; } = 2048;

    /// <summary>Small contexts (under 2048 tokens, e.g. llama.cpp's per-slot share) get the compact instructions.</summary>
    public bool Compact => ContextTokens < 2048;

    /// <summary>Sampling temperature (the seed's 0.1: low keeps notes repeatable).</summary>
    public double Temperature { get; init; } = 0.1;

    /// <summary>The chat model; null uses the client's.</summary>
    public string? Model { get; init; }

    /// <summary>Options from settings and the resolved provider: the context length the server reports for the model, else the ContextLength setting.</summary>
    public static ClinicalOptions From(MedDocsSettings settings, ResolvedProvider provider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(provider);
        var model = provider.Target?.ChatModel;
        var context = provider.ContextLengthOf(model, settings.ContextLength);
        return new ClinicalOptions
        {
            ContextTokens = context,
            // A note needs room to answer, but never more than half the context (the transcript needs the rest).
            AnswerTokens = TokenBudget.AnswerTokens(context, 0.4, settings.MaxTokens, floor: 96),
            Temperature = settings.Temperature,
            Model = model,
        };
    }
}
