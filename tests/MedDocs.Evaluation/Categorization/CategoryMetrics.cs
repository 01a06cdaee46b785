namespace MedDocs.Evaluation;

/// <summary>Per-category figures. Recall counts abstentions as misses; precision is over the documents predicted as this category.</summary>
public sealed record CategoryMetrics(string Category, int Support, int Predicted, int Correct, double Recall, double Precision);
