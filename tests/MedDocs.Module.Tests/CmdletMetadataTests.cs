using System.Management.Automation;
using System.Reflection;

namespace MedDocs.Module.Tests;

public class CmdletMetadataTests
{
    /// <summary>Approved verbs, read from PowerShell's own Verbs* classes.</summary>
    private static readonly HashSet<string> ApprovedVerbs = new[]
        {
            typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic),
            typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity),
        }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var cmdlet in CmdletCatalog.All)
        {
            data.Add(cmdlet.Name);
        }
        return data;
    }

    /// <summary>
    /// The pipeline contract users' scripts rely on. If a cmdlet loses one of these bindings,
    /// `Get-ChildItem | Cmdlet` or `Get-Content -Raw | Cmdlet` silently stops working.
    /// </summary>
    public static TheoryData<string, string, string> PipelineBindings() => new()
    {
        { "Test-LMStudio", "RequiredModel", "ByValue" },
        { "Get-DocumentText", "Path", "ByValue" },
        { "Get-DocumentText", "LiteralPath", "ByPropertyName" },
        { "Get-Embedding", "Text", "ByValue" },
        { "Get-Embedding", "LiteralPath", "ByPropertyName" },
        { "Measure-EmbeddingSimilarity", "InputObject", "ByValue" },
        { "Get-DocumentCategory", "LiteralPath", "ByPropertyName" },
        { "Get-DocumentCategory", "Text", "ByValue" },
        { "Find-Phi", "Text", "ByValue" },
        { "Find-Phi", "LiteralPath", "ByPropertyName" },
        { "New-SoapNote", "Text", "ByValue" },
        { "New-SoapNote", "LiteralPath", "ByPropertyName" },
        { "Get-MedicalEntity", "Text", "ByValue" },
        { "Get-MedicalEntity", "LiteralPath", "ByPropertyName" },
    };

    [Fact]
    public void TheModuleHasCmdlets() => Assert.NotEmpty(CmdletCatalog.All);

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void UsesAnApprovedVerb(string name) =>
        Assert.Contains(CmdletCatalog.Get(name).Verb, ApprovedVerbs);

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void IsASealedVerbNounCommandClassInCommands(string name)
    {
        var cmdlet = CmdletCatalog.Get(name);
        Assert.True(cmdlet.Type.IsSealed, $"{cmdlet.Type.Name} should be sealed");
        Assert.Equal($"{cmdlet.Verb}{cmdlet.Noun}Command", cmdlet.Type.Name);
        Assert.Equal("MedDocs.Commands", cmdlet.Type.Namespace);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void DeclaresItsOutputTypes(string name) =>
        Assert.NotEmpty(CmdletCatalog.Get(name).OutputTypes);

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void OutputTypesAreMedDocsRecordsOrPrimitives(string name)
    {
        foreach (var type in CmdletCatalog.Get(name).OutputTypes)
        {
            Assert.True(type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("MedDocs", StringComparison.Ordinal) == true,
                $"{name} outputs {type.FullName}: output records must be our own flat types, not a dependency's");
        }
    }

    [Theory]
    [MemberData(nameof(PipelineBindings))]
    public void KeepsItsPipelineBinding(string cmdlet, string parameter, string binding)
    {
        var declared = CmdletCatalog.Get(cmdlet).Parameter(parameter);
        Assert.True(binding == "ByValue" ? declared.ByValue : declared.ByPropertyName,
            $"{cmdlet} -{parameter} must accept pipeline input {binding}");
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void PathParametersFollowTheConvention(string name)
    {
        var cmdlet = CmdletCatalog.Get(name);
        if (cmdlet.Parameters.All(p => p.Name != "Path"))
        {
            return;
        }
        var path = cmdlet.Parameter("Path");
        if (cmdlet.Parameters.Any(p => p.Name == "Text"))
        {
            // A string on the pipeline is document text for these cmdlets (Get-Content -Raw | ...);
            // files arrive as FileInfo through -LiteralPath.
            Assert.True(cmdlet.Parameter("Text").ByValue, $"{name} -Text binds by value");
            Assert.False(path.ByValue, $"{name} -Path must not compete with -Text for pipeline strings");
        }
        else
        {
            Assert.True(path.ByValue, $"{name} -Path binds by value");
        }
        Assert.True(path.SupportsWildcards, $"{name} -Path supports wildcards");
        var literal = cmdlet.Parameter("LiteralPath");
        Assert.True(literal.ByPropertyName, $"{name} -LiteralPath binds by property name");
        Assert.Contains("PSPath", literal.Aliases);
        Assert.Contains("FullName", literal.Aliases);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void NewCmdletsDeclareShouldProcess(string name)
    {
        var cmdlet = CmdletCatalog.Get(name);
        if (cmdlet.Verb == VerbsCommon.New)
        {
            Assert.True(cmdlet.SupportsShouldProcess, $"{name} must support -WhatIf");
        }
    }

    [Fact]
    public void QuietIsItsOwnParameterSetReturningBool()
    {
        var test = CmdletCatalog.Get("Test-LMStudio");
        var quiet = Assert.Single(test.Parameter("Quiet").Declarations);
        Assert.Equal("Quiet", quiet.ParameterSet);
        Assert.True(quiet.Mandatory);
        Assert.Contains(typeof(bool), test.OutputTypes);
    }

    [Fact]
    public void ModelUsingCmdletsShareTheProviderParameters()
    {
        foreach (var cmdlet in CmdletCatalog.All.Where(c => c.Parameters.Any(p => p.Name is "Provider" or "Model")))
        {
            foreach (var name in new[] { "Provider", "Endpoint", "Model", "TimeoutSec", "AllowRemote" })
            {
                Assert.Contains(cmdlet.Parameters, p => p.Name == name);
            }
        }
    }

    [Fact]
    public void CoreDoesNotReferencePowerShell()
    {
        var core = typeof(MedDocs.Core.Configuration.MedDocsSettings).Assembly;
        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => a.Name == "System.Management.Automation");
    }
}
