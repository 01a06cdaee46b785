using System.Text.RegularExpressions;

namespace MedDocs.Core.Categorization;

/// <summary>
/// One layout feature: a line pattern counted over the text (over the heading region only when <see cref="HeadingOnly"/>).
/// The highest tier whose minimum the count reaches gives the weight and the label ("check boxes", "many check boxes").
/// Labels are our own wording, the only text a reason may quote. A <see cref="Hint"/> is a word every match contains: a
/// text without it (a fast, case-insensitive search) skips the pattern.
/// </summary>
internal sealed record LayoutCue(LayoutGenre Genre, Regex Pattern, IReadOnlyList<LayoutTier> Tiers, bool HeadingOnly = false, string? Hint = null)
{
    public LayoutCue(LayoutGenre genre, string label, Regex pattern, double weight, int minimumMatches = 1, bool headingOnly = false, string? hint = null)
        : this(genre, pattern, [new LayoutTier(minimumMatches, weight, label)], headingOnly, hint)
    {
    }

    /// <summary>The most matches worth counting: the highest tier's minimum.</summary>
    public int Enough => Tiers.Max(t => t.MinimumMatches);

    /// <summary>The tier reached with this many matches, or null.</summary>
    public LayoutTier? TierFor(int matches) => Tiers.Where(t => matches >= t.MinimumMatches).MaxBy(t => t.MinimumMatches);
}

/// <summary>A level of a <see cref="LayoutCue"/>: from this many matches on, it weighs this much.</summary>
internal sealed record LayoutTier(int MinimumMatches, double Weight, string Label);
