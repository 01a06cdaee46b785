namespace MedDocs.Core.Categorization;

/// <summary>A model's validated answer: a configured category name, a confidence in 0–1 and one sentence.</summary>
internal sealed record CategoryAnswer(string Category, double Confidence, string Reason);
