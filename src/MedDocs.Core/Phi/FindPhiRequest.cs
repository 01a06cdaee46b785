namespace MedDocs.Core.Phi;

/// <summary>What Find-Phi / <c>meddocs phi</c> ask for: the engine, the types and confidence reported, and redaction.</summary>
public sealed record FindPhiRequest
{
    /// <summary>The engine to run; null picks Hybrid when a model server is resolved and Tagger (offline) for the builtin provider.</summary>
    public PhiEngine? Engine { get; init; }

    /// <summary>Only these types are reported (and redacted); null or empty means all Safe Harbor types. <see cref="PhiType.Year"/> is reported only when listed here.</summary>
    public IReadOnlyCollection<PhiType>? Types { get; init; }

    /// <summary>Findings below this confidence are left out.</summary>
    public double MinimumConfidence { get; init; }

    /// <summary>Redact instead of listing findings: tags or surrogates; null lists findings.</summary>
    public RedactionMode? Redaction { get; init; }

    /// <summary>Makes surrogates reproducible (mixed with a hash of each document); null draws a random seed.</summary>
    public int? Seed { get; init; }
}
