using System.CommandLine;
using System.Text.Json;
using MedDocs.Cli;
using MedDocs.Cli.Commands;
using MedDocs.Core.Categorization;
using MedDocs.Core.Tests.Documents;

namespace MedDocs.Core.Tests.Cli;

/// <summary>`meddocs categorize` end to end over samples/, offline (builtin) so it runs anywhere.</summary>
public sealed class CategorizeCommandTests
{
    [Fact]
    public async Task SamplesAreCategorizedSensiblyInBuiltinMode()
    {
        var (exit, stdout, stderr) = await RunAsync("categorize", Samples.Folder, "--provider", "builtin", "--format", "jsonl");

        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(r => Path.GetFileName(r.GetProperty("Path").GetString()!), r => r);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var expected = new Dictionary<string, string>
        {
            ["answer-to-complaint.txt"] = DefaultCategories.Pleading,
            ["complaint-county-court.txt"] = DefaultCategories.Pleading,
            ["motion-to-compel.md"] = DefaultCategories.Pleading,
            ["discharge-summary.txt"] = DefaultCategories.MedicalRecord,
            ["ed-visit-note.md"] = DefaultCategories.MedicalRecord,
            ["lab-report.txt"] = DefaultCategories.MedicalRecord,
            ["pt-progress-note.docx"] = DefaultCategories.MedicalRecord,
            ["ortho-followup-consultation.whisperx.json"] = DefaultCategories.MedicalRecord,
            ["hospital-invoice.txt"] = DefaultCategories.Bill,
            ["pharmacy-bill-eob.txt"] = DefaultCategories.Bill,
            ["police-accident-report.txt"] = DefaultCategories.DocumentaryEvidence,
            ["witness-statement.txt"] = DefaultCategories.DocumentaryEvidence,
            ["photo-log.md"] = DefaultCategories.DocumentaryEvidence,
            ["email-thread.txt"] = DefaultCategories.DocumentaryEvidence,
            ["radiology-report.pdf"] = DefaultCategories.MedicalRecord,
            ["itemized-hospital-bill.pdf"] = DefaultCategories.Bill,
            ["complaint-with-bill-exhibit.pdf"] = DefaultCategories.Pleading,
        };
        foreach (var (file, category) in expected)
        {
            Assert.True(records.TryGetValue(file, out var record), $"no record for {file}");
            Assert.Equal(category, record.GetProperty("Category").GetString());
            Assert.Equal("rules", record.GetProperty("Engine").GetString());
        }
    }

    [Fact]
    public async Task OfflineAutoSaysOnceThatItFellBackAndStillCategorizes()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exit, stdout, stderr) = await RunAsync("categorize", Samples.PathOf("discharge-summary.txt"), Samples.PathOf("hospital-invoice.txt"),
            "--endpoint", $"http://127.0.0.1:{port}/v1", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("note:", StringComparison.Ordinal) && line.Contains("builtin", StringComparison.Ordinal));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Path,Category,Confidence,Reason,Engine,Provider,Model,Pages,ElapsedMs", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task AFailedModelCallKeepsTheRulesGuessWithAWarningNotAnError()
    {
        await using var server = await MedDocs.Simulator.SimulatorServer.StartAsync(new MedDocs.Simulator.SimulatorOptions());
        server.Faults.InvalidContentNext = 2;
        using var folder = new TempFolder();
        var unsure = folder.Write("doc-17.txt", "Seen today for a sprain. Please see the attached pages.");

        var (exit, stdout, stderr) = await RunAsync("categorize", unsure, "--endpoint", server.V1.ToString(), "--format", "jsonl");

        Assert.Equal(0, exit);
        using var record = JsonDocument.Parse(Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("InvalidAnswer", record.RootElement.GetProperty("ModelError").GetString());
        Assert.Equal(DefaultCategories.MedicalRecord, record.RootElement.GetProperty("Category").GetString());
        Assert.Equal("rules", record.RootElement.GetProperty("Engine").GetString());
        var warning = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("meddocs: warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("doc-17.txt", warning, StringComparison.Ordinal);
        Assert.Contains("kept the rules' best guess", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("sprain", warning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnUnreadableFileIsOneErrorAndTheRestComplete()
    {
        using var folder = new TempFolder();
        var good = folder.Write("invoice_123.txt", "INVOICE\nAmount due: $120.00\nRemit to: Clinic billing office.");
        var bad = folder.Write("broken.pdf", "not a pdf"u8.ToArray());

        var (exit, stdout, stderr) = await RunAsync("categorize", good, bad, "--provider", "builtin", "--format", "jsonl");

        Assert.Equal(CliRunner.SomeFailed, exit);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("broken.pdf", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var root = CliApp.CreateRoot();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliRunner.RunAsync(root, args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
