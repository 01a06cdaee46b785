namespace MedDocs.Core.Categorization;

/// <summary>
/// The rules engine's decision for one document.
/// </summary>
/// <param name="Category">The winning category, or null when the engine abstains (no cue fired, or a tie).</param>
/// <param name="Confidence">0–1, from the margin between the two best scores; the caller compares it with its cascade threshold.</param>
/// <param name="Reason">One short sentence naming the cues in generic terms; never quotes the document.</param>
/// <param name="Scores">Every category's raw score, best first.</param>
public sealed record RulesVerdict(
    string? Category,
    double Confidence,
    string Reason,
    IReadOnlyList<(string Category, double Score)> Scores);
