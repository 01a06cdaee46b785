using System.CommandLine;
using System.Text.Json;
using MedDocs.Cli;
using MedDocs.Cli.Commands;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Clinical;

public sealed class ClinicalCliTests
{
    [Fact]
    public async Task SoapWhatIfPrintsThePlanAndSendsNothing()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var (code, output, _) = await RunAsync(server, "soap", "--text", Consultation.Pneumonia, "--what-if", "--redact-phi");

        Assert.Equal(CliRunner.Success, code);
        Assert.Equal(0, server.Stats.Snapshot().Chat);
        using var plan = JsonDocument.Parse(output.Trim());
        Assert.Equal(1, plan.RootElement.GetProperty("Chunks").GetInt32());
        Assert.True(plan.RootElement.GetProperty("PhiRedacted").GetInt32() > 0);
    }

    [Fact]
    public async Task SoapMarkdownPrintsTheNoteWithSpeakersMapped()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "ortho-followup-consultation.whisperx.json");
        var (code, output, _) = await RunAsync(server, "soap", path, "--markdown", "--template", "structured", "--speaker-map", "SPEAKER_00=Doctor,SPEAKER_01=Patient");

        Assert.Equal(CliRunner.Success, code);
        Assert.StartsWith("## Chief Complaint\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\\nDoctor: ", Assert.Single(ClinicalServer.ChatBodies(server)), StringComparison.Ordinal); // JSON-escaped line break
    }

    [Fact]
    public async Task EntitiesWritesOneRecordPerEntity()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Responder = _ => "{\"entities\":[{\"type\":\"Allergy\",\"text\":\"Penicillin\",\"name\":\"penicillin\",\"code\":null,\"dose\":null,\"route\":null,\"frequency\":null,\"value\":null,\"unit\":null,\"reaction\":\"hives\"}," +
            "{\"type\":\"Symptom\",\"text\":\"cough\",\"name\":\"cough\",\"code\":null,\"dose\":null,\"route\":null,\"frequency\":null,\"value\":null,\"unit\":null,\"reaction\":null}]}";
        var (code, output, _) = await RunAsync(server, "entities", "--text", Consultation.Pneumonia);

        Assert.Equal(CliRunner.Success, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var allergy = JsonDocument.Parse(lines[0]);
        Assert.Equal("Allergy", allergy.RootElement.GetProperty("Type").GetString());
        Assert.Equal(Consultation.Pneumonia.IndexOf("Penicillin", StringComparison.Ordinal), allergy.RootElement.GetProperty("Start").GetInt32());
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(SimulatorServer server, params string[] args)
    {
        var root = CliApp.CreateRoot();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        string[] all = [.. args, "--provider", "lmstudio", "--endpoint", server.V1.ToString(), "--model", ClinicalServer.Model, "--format", "jsonl"];
        var code = await CliRunner.RunAsync(root, all, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
