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

    /// <summary>
    /// Offline, no server: the rules, plus what the learned token tagger (<see cref="Tagging.PhiTagger"/>, trained on the
    /// project's labelled notes) finds where the rules found nothing. It adds findings and never removes one.
    /// </summary>
    Tagger,
}

/// <summary>What each <see cref="PhiEngine"/> needs.</summary>
public static class PhiEngines
{
    /// <summary>True for the engines that ask a language model (Llm, Hybrid); Rules and Tagger run offline.</summary>
    public static bool NeedsServer(this PhiEngine engine) => engine is PhiEngine.Llm or PhiEngine.Hybrid;
}
