using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MedDocs.Module.Tests;

public partial class ManifestTests
{
    private static readonly string Manifest = File.ReadAllText(RepositoryPaths.Manifest);

    [GeneratedRegex(@"(?ms)^\s*(?<key>\w+)\s*=\s*@\((?<body>[^)]*)\)")]
    private static partial Regex ArrayEntry();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    private static List<string> ArrayOf(string key)
    {
        var match = ArrayEntry().Matches(Manifest).SingleOrDefault(m => m.Groups["key"].Value == key);
        Assert.True(match is not null, $"MedDocs.psd1 has no {key} = @(...)");
        return Quoted().Matches(match!.Groups["body"].Value).Select(m => m.Groups[1].Value).ToList();
    }

    private static string ScalarOf(string key)
    {
        var match = Regex.Match(Manifest, $@"(?m)^\s*{key}\s*=\s*'([^']*)'");
        Assert.True(match.Success, $"MedDocs.psd1 has no {key}");
        return match.Groups[1].Value;
    }

    [Fact]
    public void CmdletsToExportEqualsTheCmdletsThatExist()
    {
        var exported = ArrayOf("CmdletsToExport").OrderBy(n => n, StringComparer.Ordinal);
        var existing = CmdletCatalog.All.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(existing, exported);
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void OtherExportsAreExplicitlyEmpty(string key) => Assert.Empty(ArrayOf(key));

    [Fact]
    public void TargetsPowerShell74CoreThroughTheLoaderScript()
    {
        Assert.Equal("7.4", ScalarOf("PowerShellVersion"));
        Assert.Equal("Core", Assert.Single(ArrayOf("CompatiblePSEditions")));
        // The script loads MedDocs.dll into the module's own load context (see module/MedDocs.psm1).
        Assert.Equal("MedDocs.psm1", ScalarOf("RootModule"));
        Assert.Matches(@"^\d+\.\d+\.\d+$", ScalarOf("ModuleVersion"));
    }

    [Fact]
    public void ModuleVersionMatchesTheAssemblyVersion()
    {
        var assembly = CmdletCatalog.ModuleAssembly.GetName().Version!;
        Assert.Equal($"{assembly.Major}.{assembly.Minor}.{assembly.Build}", ScalarOf("ModuleVersion"));
    }

    [Fact]
    public void FormatFilesExistAndDescribeRealProperties()
    {
        var formats = ArrayOf("FormatsToProcess");
        Assert.NotEmpty(formats);
        foreach (var format in formats)
        {
            var path = Path.Combine(RepositoryPaths.Root, "module", format);
            Assert.True(File.Exists(path), $"{format} is listed in FormatsToProcess but module/{format} does not exist");
            var xml = XDocument.Load(path);
            foreach (var view in xml.Descendants("View"))
            {
                var typeName = view.Element("ViewSelectedBy")!.Element("TypeName")!.Value;
                var type = FindType(typeName);
                Assert.True(type is not null, $"{format} describes {typeName}, which does not exist");
                foreach (var property in view.Descendants("PropertyName").Select(p => p.Value))
                {
                    Assert.True(type!.GetProperty(property) is not null, $"{typeName} has no property {property} ({format})");
                }
            }
        }
    }

    [Fact]
    public void PSDataHasTagsLicenseAndProject()
    {
        Assert.Contains("LMStudio", ArrayOf("Tags"));
        Assert.StartsWith("https://", ScalarOf("LicenseUri"), StringComparison.Ordinal);
        Assert.StartsWith("https://", ScalarOf("ProjectUri"), StringComparison.Ordinal);
    }

    internal static Type? FindType(string fullName) =>
        new[] { CmdletCatalog.ModuleAssembly, typeof(MedDocs.Core.Configuration.MedDocsSettings).Assembly }
            .Select(a => a.GetType(fullName))
            .FirstOrDefault(t => t is not null);
}
