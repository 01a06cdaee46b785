using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Tests.Wording;

/// <summary>
/// The shipped core and PDF reader say what is wrong and name options as concepts: no string literal compiled into
/// them names a PowerShell parameter (-Model) or cmdlet (Get-DocumentText), so CLI users never get PowerShell advice.
/// </summary>
public sealed partial class HostNeutralMessageTests
{
    /// <summary>A PowerShell parameter as advice: "-Model", "(-Password", "`-Engine"; not "-v1", "x-Forwarded" or "--model".</summary>
    [GeneratedRegex(@"(?<![\w-])-[A-Z][a-z]+[A-Za-z]*\b")]
    private static partial Regex PowerShellParameter();

    /// <summary>A cmdlet name: approved verb, dash, PascalCase noun.</summary>
    [GeneratedRegex(@"\b(Get|Set|Test|Find|New|Measure|Clear|Install|Import|Export|ConvertTo|Invoke|Remove)-[A-Z][A-Za-z]+")]
    private static partial Regex CmdletName();

    /// <summary>Each assembly with a message it is known to hold, proving the scan reads its messages.</summary>
    public static TheoryData<string, string> ShippedAssemblies => new()
    {
        { typeof(MedDocsException).Assembly.Location, "needs a model server, but " },
        { typeof(MedDocs.Pdf.PdfException).Assembly.Location, "The PDF is password-protected" },
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void NoStringLiteralNamesAPowerShellParameterOrCmdlet(string assembly, string knownMessage)
    {
        var strings = UserStrings(assembly);
        Assert.Contains(strings, s => s.Contains(knownMessage, StringComparison.Ordinal));

        var offending = strings.Where(s => PowerShellParameter().IsMatch(s) || CmdletName().IsMatch(s)).ToList();

        Assert.True(offending.Count == 0, "PowerShell wording in the core:\n" + string.Join('\n', offending));
    }

    [Theory]
    [InlineData("Use -Chunk to embed it in passages.", true)]
    [InlineData("give its password (-Password)", true)]
    [InlineData("check it with Get-DocumentText", true)]
    [InlineData("use --chunk, MEDDOCS_MODEL, meddocs-hashing-v1 or x-Request-Id", false)]
    public void TheScanRecognisesPowerShellWording(string text, bool powerShell)
    {
        Assert.Equal(powerShell, PowerShellParameter().IsMatch(text) || CmdletName().IsMatch(text));
    }

    [Fact]
    public void AMessageNamesItsOptionsNeutrallyUnlessAHostWordsThem()
    {
        var message = HostMessage.Of($"Set {HostOption.Setting("Model")} (MEDDOCS_MODEL), or use {HostOption.Parameter("Engine", "Rules")} ({HostCommand.Health}).");

        Assert.Equal("Set the Model setting (MEDDOCS_MODEL), or use Engine Rules (the health check).", message.ToString());
        Assert.Equal("Set <Model> (MEDDOCS_MODEL), or use <Engine=Rules> ([Health]).", message.Word(new Brackets()));
    }

    [Fact]
    public void AServerFailureKeepsItsRemedyForTheHostToWord()
    {
        var error = new LlmException(LlmErrorKind.ModelNotFound, null, "The server does not have the model.",
            ServerAdvice.GetModel(new ServerTarget(ProviderKind.OpenAICompatible, new Uri("http://localhost:8000/v1"), null), null));

        Assert.Equal("The server does not have the model. Set the Model setting (MEDDOCS_MODEL) to a model the server lists (the health check shows them).", error.Message);
        Assert.Equal("The server does not have the model. Set <Model> (MEDDOCS_MODEL) to a model the server lists ([Health] shows them).", new Brackets().Message(error));
    }

    private static List<string> UserStrings(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var strings = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            strings.Add(metadata.GetUserString(handle));
            handle = metadata.GetNextHandle(handle);
        }
        return strings;
    }

    /// <summary>A host vocabulary that marks what it words, to show which parts of a message a host words.</summary>
    private sealed class Brackets : HostVocabulary
    {
        public override string Option(HostOption option) => option.Value is null ? $"<{option.Name}>" : $"<{option.Name}={option.Value}>";

        public override string Command(HostCommand command) => $"[{command}]";
    }
}
