using MedDocs.Core.Categorization;
using MedDocs.Evaluation;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>
/// Reads a labelled corpus laid out as &lt;folder&gt;/&lt;Category&gt;/*.txt (the category is the folder's name).
/// Shared by the corpus tests and the categorize benchmark (linked there), so both measure the same documents.
/// </summary>
internal static class LabelledFolderReader
{
    /// <summary>
    /// The documents, ordered by id. File names are withheld (the engine sees the text only): the corpus names its
    /// files by kind ("letter", "invoice"), and the figures must measure the documents, not the names.
    /// </summary>
    /// <param name="skip">Files to leave out (e.g. the PDF sidecars of the old corpus).</param>
    public static List<LabeledDocument> Read(string folder, Func<string, bool>? skip = null) =>
        [.. Directory.EnumerateDirectories(folder)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt")
                .Where(file => skip is null || !skip(file))
                .Select(file => new LabeledDocument(Path.GetRelativePath(folder, file), null, File.ReadAllText(file), Path.GetFileName(dir))))
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
}
