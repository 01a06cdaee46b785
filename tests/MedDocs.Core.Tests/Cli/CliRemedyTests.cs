using MedDocs.Cli;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Cli.CliHarness;

namespace MedDocs.Core.Tests.Cli;

/// <summary>
/// The core's remedies in the CLI's words: the same failure that tells PowerShell users "-Model" and
/// "Test-LMStudio" (tests/pester/Get-DocumentCategory.Tests.ps1) tells `meddocs` users "--model" and `meddocs health`.
/// </summary>
public sealed class CliRemedyTests
{
    [Fact]
    public async Task AModelTheServerDoesNotHaveIsAdvisedWithTheCliOptionAndCommand()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var note = Sample("ed-visit-note.md");

        var run = await RunAsync("categorize", note, "--engine", "llm", "--provider", "lmstudio", "--endpoint", server.V1.ToString(),
            "--model", "no-such-model", "--no-cache", "--format", "jsonl");

        Assert.Equal(CliRunner.SomeFailed, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("does not have the requested model", error, StringComparison.Ordinal);
        Assert.Contains("set --model (MEDDOCS_MODEL) to a model `meddocs health` lists", error, StringComparison.Ordinal);
        Assert.DoesNotContain("-Model", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Test-LMStudio", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModelEngineWithoutAServerIsAdvisedWithCliOptions()
    {
        var run = await RunAsync("phi", Sample("ed-visit-note.md"), "--engine", "llm", "--provider", "builtin", "--format", "jsonl");

        Assert.NotEqual(CliRunner.Success, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("set --provider or --endpoint, or use --engine rules or --engine tagger for offline detection", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABlankDocumentPointsAtTheCliTextCommand()
    {
        var blank = Path.Combine(Path.GetTempPath(), $"meddocs-blank-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(blank, "   \n\n");
        try
        {
            var run = await RunAsync("embed", blank, "--provider", "builtin", "--model", "meddocs-hashing-v1", "--format", "jsonl");

            Assert.Equal(CliRunner.SomeFailed, run.ExitCode);
            Assert.Contains(run.ErrLines, l => l.EndsWith("has no text to embed: it is blank; `meddocs text` shows what text is read from it.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(blank);
        }
    }

    [Theory]
    [InlineData("Model", null, true, "--model")]
    [InlineData("AllowRemote", null, true, "--allow-remote")]
    [InlineData("NoCache", null, false, "--no-cache")]
    [InlineData("Engine", "Rules", false, "--engine rules")]
    [InlineData("EmbeddingModel", null, true, "the EmbeddingModel setting")]
    public void OptionsAreWordedAsTheCliSpellsThem(string name, string? value, bool isSetting, string expected)
    {
        Assert.Equal(expected, CliVocabulary.Instance.Option(new HostOption(name, value, isSetting)));
    }
}
