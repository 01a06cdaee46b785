namespace MedDocs.Evaluation;

/// <summary>A document with its known category, for measuring a categorizer.</summary>
/// <param name="Id">Where it came from (e.g. a corpus-relative path); used only in reports.</param>
/// <param name="FileName">The file name handed to the engine, or null to judge the text alone.</param>
public sealed record LabeledDocument(string Id, string? FileName, string Text, string ExpectedCategory);
