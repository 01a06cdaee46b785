using MedDocs.Core.Categorization;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>The PDF copies (made by Corpus/make_pdfs.py) stay paired with their text, ready for the PDF reader's evaluation.</summary>
public sealed class CorpusPdfTests
{
    [Fact]
    public void EveryPdfHasATextSidecarThatTheRulesClassifyAsItsFolder()
    {
        var engine = new CategoryRulesEngine();
        var pdfs = Directory.EnumerateFiles(CorpusLoader.CorpusFolder, "*.pdf", SearchOption.AllDirectories).ToList();
        Assert.True(pdfs.Count >= 10, $"{pdfs.Count} PDFs");
        foreach (var pdf in pdfs)
        {
            var bytes = File.ReadAllBytes(pdf);
            Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
            var sidecar = Path.ChangeExtension(pdf, ".txt");
            Assert.True(File.Exists(sidecar), $"no sidecar for {pdf}");
            var category = Path.GetFileName(Path.GetDirectoryName(pdf)!);
            Assert.Equal(category, engine.Decide(null, File.ReadAllText(sidecar)).Category);
        }
    }
}
