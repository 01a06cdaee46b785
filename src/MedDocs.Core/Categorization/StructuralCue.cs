using System.Text.RegularExpressions;

namespace MedDocs.Core.Categorization;

/// <summary>
/// A layout cue a word list cannot express (dollar amounts, billing line items, email headers).
/// Title cues need <see cref="MinimumMatches"/> matches in the heading region; term cues count every match.
/// </summary>
internal sealed record StructuralCue(Regex Pattern, string ReasonText, double Weight, CueKind Kind, int MinimumMatches = 1);
