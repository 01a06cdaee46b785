using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class SettingsDocumentationTests
{
    private const string TableHeader = "| Setting | Environment variables | Default | Description |";

    [Fact]
    public void EveryDocumentWithTheSettingsTableHasTheCurrentTable()
    {
        var root = RepositoryRoot();
        var documents = new[] { Path.Combine(root, "docs", "configuration.md"), Path.Combine(root, "README.md") }
            .Where(File.Exists)
            .Select(path => (path, text: File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)))
            .Where(d => d.text.Contains(TableHeader, StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(documents);
        var table = SettingsCatalog.RenderMarkdownTable();
        if (Environment.GetEnvironmentVariable("MEDDOCS_UPDATE_DOCS") == "1")
        {
            documents = documents.Select(d => (d.path, text: ReplaceTable(d.text, table))).ToList();
            documents.ForEach(d => File.WriteAllText(d.path, d.text));
        }
        Assert.All(documents, d => Assert.True(d.text.Contains(table, StringComparison.Ordinal),
            $"{d.path} has an outdated settings table: run `MEDDOCS_UPDATE_DOCS=1 dotnet test tests/MedDocs.Core.Tests --filter SettingsDocumentation` and commit."));
    }

    /// <summary>Swaps the table that starts at the header line for the current one (MEDDOCS_UPDATE_DOCS=1).</summary>
    private static string ReplaceTable(string text, string table)
    {
        var start = text.IndexOf(TableHeader, StringComparison.Ordinal);
        var end = start;
        while (end < text.Length && text[end] == '|')
        {
            var next = text.IndexOf('\n', end);
            end = next < 0 ? text.Length : next + 1;
        }
        return string.Concat(text.AsSpan(0, start), table, text.AsSpan(end));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MedDocs.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No MedDocs.sln above {AppContext.BaseDirectory}.");
    }
}
