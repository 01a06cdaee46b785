using MedDocs.Core.Configuration;

namespace MedDocs.Core.Categorization;

/// <summary>What Get-DocumentCategory decides with: the categories, who decides, and when the rules are sure enough.</summary>
public sealed record CategorizeOptions
{
    public IReadOnlyList<CategoryDefinition> Categories { get; init; } = DefaultCategories.All;

    public CategorizationEngine Engine { get; init; } = CategorizationEngine.Auto;

    /// <summary>Rules confidence at or above which the auto engine skips the model.</summary>
    public double Threshold { get; init; } = 0.75;

    /// <summary>Categories and threshold from settings (MEDDOCS_CATEGORIES, MEDDOCS_CATEGORY_THRESHOLD).</summary>
    public static CategorizeOptions From(MedDocsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CategorizeOptions { Categories = settings.EffectiveCategories, Threshold = settings.CategoryThreshold };
    }
}
