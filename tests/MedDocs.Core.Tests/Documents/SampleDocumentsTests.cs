using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

/// <summary>Every synthetic sample in samples/ loads as its kind, with text and LF line endings.</summary>
public class SampleDocumentsTests
{
    private static List<string> SampleNames() =>
        Directory.EnumerateFiles(Samples.Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('.') && n != "README.md")
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> SampleFiles() => new(SampleNames());

    [Fact]
    public void ThereAreSamplesOfEveryLoadableKind()
    {
        var names = SampleNames();

        Assert.True(names.Count >= 14, $"expected at least 14 samples, found {names.Count}");
        Assert.Contains(names, n => n.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".md", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task EachSampleLoads(string name)
    {
        var document = await new DocumentLoader().LoadAsync(Samples.PathOf(name), CancellationToken.None);

        var expected = Path.GetExtension(name) switch
        {
            ".docx" => DocumentKind.Docx,
            ".pdf" => DocumentKind.Pdf,
            ".json" => DocumentKind.WhisperX,
            ".md" => DocumentKind.Markdown,
            _ => DocumentKind.Text,
        };
        Assert.Equal(expected, document.Kind);
        Assert.True(document.Text.Length > 500, $"{name} has only {document.Text.Length} characters");
        Assert.DoesNotContain('\r', document.Text);
        Assert.DoesNotContain('\uFFFD', document.Text);
    }
}
