namespace MedDocs.Core.Categorization;

/// <summary>What Get-DocumentCategory / <c>meddocs categorize</c> asks for (the threshold is a setting: CategoryThreshold).</summary>
public sealed record CategorizeRequest
{
    /// <summary>Auto (rules, then the model when unsure), Rules (offline only) or Llm (always the model).</summary>
    public CategorizationEngine Engine { get; init; } = CategorizationEngine.Auto;

    /// <summary>The categories to sort into; null takes the configured ones (Categories), else the four built-in ones.</summary>
    public IReadOnlyList<CategoryDefinition>? Categories { get; init; }
}
