namespace MedDocs.Core.Phi;

/// <summary>Which detector <see cref="FindPhiOperation"/> runs.</summary>
public enum PhiEngine
{
    /// <summary>The offline rules engine only (<see cref="PhiRulesEngine"/>): no server, exact patterns, precise.</summary>
    Rules,

    /// <summary>The language model only (<see cref="PhiLlmEngine"/>): needs a server.</summary>
    Llm,

    /// <summary>Both, merged; where findings overlap the more specific type wins (<see cref="PhiMerger"/>).</summary>
    Hybrid,
}
