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
        Assert.All(documents, d => Assert.True(d.text.Contains(table, StringComparison.Ordinal),
            $"{d.path} has an outdated settings table: paste SettingsCatalog.RenderMarkdownTable() output there."));
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
