using MedDocs.Core.Categorization;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>Reads the labelled corpus copied beside the tests: Corpus/&lt;Category&gt;/NNN_name.txt.</summary>
internal static class CorpusLoader
{
    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Categorization", "Corpus");

    /// <summary>Text documents, judged without their file names (the names would give the label away).</summary>
    public static List<LabeledDocument> LoadText() =>
        [.. Directory.EnumerateDirectories(CorpusFolder)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt").Select(file => new LabeledDocument(
                Path.GetRelativePath(CorpusFolder, file), null, File.ReadAllText(file), Path.GetFileName(dir))))
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
}
