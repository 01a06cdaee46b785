namespace MedDocs.Core.Categorization;

/// <summary>
/// A category a document can be sorted into. <paramref name="Keywords"/> are optional cue words or phrases for the
/// builtin rules engine; the four default categories come with curated cue sets (see <see cref="DefaultCategories"/>).
/// </summary>
/// <param name="Name">Display name, also the value written to results (e.g. "Medical Record").</param>
/// <param name="Description">One line telling a language model (and a person) what belongs here.</param>
/// <param name="Keywords">Extra cue words/phrases; matched case-insensitively as headings, body words and file-name tokens.</param>
public sealed record CategoryDefinition(string Name, string Description, IReadOnlyList<string>? Keywords = null);
