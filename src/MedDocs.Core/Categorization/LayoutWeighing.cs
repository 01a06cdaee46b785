namespace MedDocs.Core.Categorization;

/// <summary>
/// How layout and vocabulary are weighed together. A category gains the strength of the layouts it owns (a letter
/// speaks for Documentary Evidence, a caption for Pleading, a patient form for Medical Record…). When the document is
/// clearly laid out as a genre another category owns, and none of this category's own genres is present, this
/// category's words are only mentions: its heading cues count as plain terms (a court's name in a letterhead or a
/// "Re:" line is not a caption) and all its words count for less. Court names and citations in a letter or a consent
/// form do not make a pleading, insurance fields on an intake form do not make a bill, "informed consent" in an
/// operative report is not evidence.
/// </summary>
internal static class LayoutWeighing
{
    /// <summary>Above this strength a genre's own category counts it as present (and its vocabulary keeps full weight).</summary>
    private const double Present = 2.0;

    /// <summary>Most any one genre can add to its category: layout confirms a genre, it does not outvote every word.</summary>
    private const double LayoutCeiling = 7.0;

    /// <summary>
    /// When a genre is clear enough to discount the vocabulary of categories that do not own it, and by how much. A table of
    /// amounts discounts nothing: payroll records, repair estimates and affidavits of cost list money too.
    /// </summary>
    private static readonly Dictionary<LayoutGenre, (double Clear, double Factor)> Discounts = new()
    {
        [LayoutGenre.Correspondence] = (4.0, 0.5),
        [LayoutGenre.Form] = (3.0, 0.5),
        [LayoutGenre.Caption] = (3.5, 0.6),
        [LayoutGenre.ClinicalReport] = (3.0, 0.6),
        [LayoutGenre.Transcript] = (3.0, 0.5),
    };

    /// <summary>
    /// The strength a genre lends its owner. A form counts for the medical record only when it is about a patient and
    /// is not a table of fees (a superbill or claim form is a bill laid out as a form).
    /// </summary>
    public static double StrengthFor(DocumentLayout layout, LayoutGenre genre)
    {
        if (genre == LayoutGenre.Form && (!layout.IsAboutAPatient || layout.Strength(LayoutGenre.ItemizedTable) > 0))
        {
            return 0;
        }
        return Math.Min(LayoutCeiling, layout.Strength(genre));
    }

    /// <summary>The factor (0–1] for a category's vocabulary in this layout; 1 when no foreign genre is clear.</summary>
    public static double VocabularyFactor(CategoryCueSet cues, DocumentLayout layout)
    {
        if (cues.Genres.Count == 0 || cues.Genres.Any(g => StrengthFor(layout, g) >= Present))
        {
            return 1.0;
        }

        var factor = 1.0;
        foreach (var (genre, (clear, discount)) in Discounts)
        {
            if (!cues.Genres.Contains(genre) && IsClear(layout, genre, cues, clear))
            {
                factor = Math.Min(factor, discount);
            }
        }
        return factor;
    }

    private static bool IsClear(DocumentLayout layout, LayoutGenre genre, CategoryCueSet cues, double clear)
    {
        if (StrengthFor(layout, genre) < clear)
        {
            return false;
        }
        // Billing words keep their weight on a form only when the form lists amounts (a superbill, not an intake form).
        var tolerated = cues.Tolerates.Contains(genre) && (genre != LayoutGenre.Form || layout.ListsAmounts);
        return !tolerated;
    }
}
