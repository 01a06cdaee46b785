using System.Xml.Linq;

namespace MedDocs.Module.Tests.Help;

public class HelpTests
{
    private static readonly XmlDocs Docs = new(CmdletCatalog.ModuleAssembly);

    [Fact]
    public void CommittedHelpMatchesTheCmdlets()
    {
        var generated = MamlGenerator.Generate(CmdletCatalog.All, Docs);
        if (Environment.GetEnvironmentVariable("MEDDOCS_UPDATE_HELP") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(RepositoryPaths.HelpFile)!);
            File.WriteAllText(RepositoryPaths.HelpFile, generated);
        }
        Assert.True(File.Exists(RepositoryPaths.HelpFile), "module/en-US/MedDocs.dll-Help.xml is missing: run `MEDDOCS_UPDATE_HELP=1 dotnet test tests/MedDocs.Module.Tests`");
        var committed = File.ReadAllText(RepositoryPaths.HelpFile).ReplaceLineEndings("\n");
        Assert.True(committed == generated,
            "module/en-US/MedDocs.dll-Help.xml is out of step with the cmdlets' parameters or doc comments: run `MEDDOCS_UPDATE_HELP=1 dotnet test tests/MedDocs.Module.Tests` and commit the result.");
    }

    [Theory]
    [MemberData(nameof(CmdletMetadataTests.CmdletNames), MemberType = typeof(CmdletMetadataTests))]
    public void EveryCmdletHasSynopsisDescriptionAndTwoExamples(string name)
    {
        var doc = Docs.Type(CmdletCatalog.Get(name).Type);
        Assert.True(doc is not null, $"{name} has no XML doc comment");
        Assert.False(string.IsNullOrWhiteSpace(XmlDocs.Text(doc!.Element("summary"))), $"{name} has no synopsis (<summary>)");
        Assert.False(string.IsNullOrWhiteSpace(XmlDocs.Text(doc.Element("remarks"))), $"{name} has no description (<remarks>)");
        var examples = doc.Elements("example").ToList();
        Assert.True(examples.Count >= 2, $"{name} has {examples.Count} example(s); at least two are expected");
        Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(XmlDocs.Text(e.Element("code"))), $"{name} has an example without <code>"));
    }

    [Theory]
    [MemberData(nameof(CmdletMetadataTests.CmdletNames), MemberType = typeof(CmdletMetadataTests))]
    public void EveryParameterIsDescribed(string name)
    {
        foreach (var parameter in CmdletCatalog.Get(name).Parameters)
        {
            var text = XmlDocs.Text(Docs.Property(parameter.Property)?.Element("summary"));
            Assert.True(text.Length >= 10, $"{name} -{parameter.Name} has no description");
        }
    }

    [Fact]
    public void HelpFileNamesEveryCmdletOnce()
    {
        XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        var names = XDocument.Load(RepositoryPaths.HelpFile).Descendants(command + "details").Select(d => d.Element(command + "name")!.Value).ToList();
        Assert.Equal(CmdletCatalog.All.Select(c => c.Name), names);
    }

    [Fact]
    public void AboutTopicMentionsEveryCmdlet()
    {
        var about = File.ReadAllText(RepositoryPaths.AboutFile);
        Assert.StartsWith("TOPIC", about.TrimStart(), StringComparison.Ordinal);
        foreach (var cmdlet in CmdletCatalog.All)
        {
            Assert.Contains(cmdlet.Name, about, StringComparison.Ordinal);
        }
    }
}
