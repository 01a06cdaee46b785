namespace MedDocs.Evaluation;

/// <summary>A missed gold span or a prediction without gold, for looking at what the engine gets wrong.</summary>
public sealed record PhiEvaluationError(string DocumentId, bool Missed, PhiType Type, int Start, string Text, string? Rule);
