using MedDocs.Core.Categorization;
using MedDocs.Evaluation;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>Reads the labelled corpus copied beside the tests: Corpus/&lt;Category&gt;/NNN_name.txt.</summary>
internal static class CorpusLoader
{
    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Categorization", "Corpus");

    /// <summary>pdf_*.txt are sidecars of the PDFs (copies of corpus documents), kept for the PDF reader's evaluation.</summary>
    public static bool IsOriginal(string path) => !Path.GetFileName(path).StartsWith("pdf_", StringComparison.Ordinal);

    /// <summary>Text documents, judged without their file names (the names would give the label away).</summary>
    public static List<LabeledDocument> LoadText() =>
        [.. Directory.EnumerateDirectories(CorpusFolder)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt").Where(IsOriginal).Select(file => new LabeledDocument(
                Path.GetRelativePath(CorpusFolder, file), null, File.ReadAllText(file), Path.GetFileName(dir))))
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
}
