namespace MedDocs.Core.Categorization;

/// <summary>The values of <see cref="CategoryResult.Engine"/> and the rules engine's model name.</summary>
public static class CategoryEngines
{
    public const string Rules = "rules";
    public const string Llm = "llm";
    public const string Vision = "vision";

    /// <summary>Model name written for rules decisions, versioned so a change of cues shows in exported results.</summary>
    public const string RulesModel = "meddocs-rules-v2";

    public const string BuiltinProvider = "builtin";
}
