using System.Text.Json;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Clinical;

public sealed class SoapNoteTests
{
    [Fact]
    public async Task ASchemaValidAnswerBecomesTheNoteInOneCall()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        var note = await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia, "visit"), CancellationToken.None);

        Assert.All(new[] { note.Subjective, note.Objective, note.Assessment, note.Plan }, s => Assert.False(string.IsNullOrEmpty(s)));
        Assert.Null(note.ChiefComplaint);
        Assert.Equal(1, note.ModelCalls);
        Assert.Equal(1, server.Stats.Snapshot().Chat);
        Assert.Equal("visit", note.Path);
        Assert.Equal("lmstudio", note.Provider);
        Assert.True(note.PromptTokens > Consultation.Pneumonia.Length / 4, "the transcript's tokens are counted");
        using var body = JsonDocument.Parse(Assert.Single(ClinicalServer.ChatBodies(server)));
        Assert.Equal("json_schema", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Equal("soap_note", body.RootElement.GetProperty("response_format").GetProperty("json_schema").GetProperty("name").GetString());
        Assert.Equal(0.1, body.RootElement.GetProperty("temperature").GetDouble(), 3);
    }

    [Fact]
    public async Task TheStructuredTemplateFillsTheNineSections()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { Template = SoapTemplate.Structured, ContextTokens = 32768 });

        var note = await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        Assert.Equal(9, ClinicalSections.Structured.Count);
        Assert.All(ClinicalSections.Structured, s => Assert.False(string.IsNullOrEmpty(note.Section(s.Key)), s.Title));
        Assert.Null(note.Subjective);
        var markdown = note.ToMarkdown();
        Assert.All(ClinicalSections.Structured, s => Assert.Contains("## " + s.Title + "\n", markdown, StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("## Chief Complaint", StringComparison.Ordinal) < markdown.IndexOf("## Follow-up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMalformedAnswerIsAskedForOnceMore()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Faults.MalformedJsonNext = 1;
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        var note = await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        Assert.Equal(2, note.ModelCalls);
        Assert.Equal(2, server.Stats.Snapshot().Chat);
        Assert.False(string.IsNullOrEmpty(note.Plan));
    }

    [Fact]
    public async Task TwoMalformedAnswersAreReportedAsInvalidAnswerWithoutTheText()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Faults.MalformedJsonNext = 2;
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        var error = await Assert.ThrowsAsync<LlmException>(() => operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None));

        Assert.Equal(LlmErrorKind.InvalidAnswer, error.Kind);
        Assert.Equal(2, server.Stats.Snapshot().Chat);
        Assert.DoesNotContain("Halvorsen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatBreaksTheSchemaIsRetriedToo()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var calls = 0;
        server.Responder = request => Interlocked.Increment(ref calls) == 1
            ? "{\"subjective\":\"cough\",\"objective\":42}"
            : "{\"subjective\":\"Cough and fever for four days.\",\"objective\":\"T 101.2 F.\",\"assessment\":\"Pneumonia.\",\"plan\":\"Azithromycin.\"}";
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        var note = await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        Assert.Equal(2, note.ModelCalls);
        Assert.Equal("Pneumonia.", note.Assessment);
    }

    [Fact]
    public async Task ATranscriptLongerThanTheContextIsChunkedAndMerged()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Models.Upsert(new SimulatedModel("clinic-4k", SimulatedModelType.Llm, "test", "llama", ModelFormat.Gguf, "Q4_K_M", 4096, Loaded: true));
        // The settings' fallback says 32k: the chunks must be sized from the 4k the server reports.
        var options = await ClinicalServer.ResolveOptionsAsync(server, "clinic-4k", fallbackContext: 32768, maxTokens: 512);
        Assert.Equal(4096, options.ContextTokens);
        var transcript = Consultation.Long(30_000, out var markers);
        var mergeInputs = new List<string>();
        server.Responder = request =>
        {
            var seen = markers.Where(m => request.LastUserText.Contains(m, StringComparison.Ordinal)).ToList();
            if (request.SchemaName == "clinical_part")
            {
                return Sections(string.Join(", ", seen));
            }
            lock (mergeInputs)
            {
                mergeInputs.Add(request.LastUserText);
            }
            return Sections("Merged " + string.Join(", ", seen));
        };
        var operation = new SoapNoteOperation(ClinicalServer.Client(server, "clinic-4k"), options);

        var note = await operation.RunAsync(DocumentSource.FromText(transcript), CancellationToken.None);

        var stats = server.Stats.Snapshot();
        Assert.Equal(0, stats.Errors);
        Assert.True(note.Chunks > 1, $"a {transcript.Length}-character transcript fits no 4k context");
        Assert.Equal(note.Chunks + 1, note.ModelCalls);
        Assert.Equal(note.ModelCalls, stats.Chat);
        var merge = Assert.Single(mergeInputs);
        Assert.All(markers, m => Assert.Contains(m, merge, StringComparison.Ordinal));
        Assert.Equal("Merged " + string.Join(", ", markers), note.Subjective);
    }

    [Fact]
    public async Task WhisperXIsSentAsDialogueWithTheSpeakerMap()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var options = new ClinicalOptions
        {
            ContextTokens = 32768,
            SpeakerMap = new Dictionary<string, string> { ["SPEAKER_00"] = "Doctor", ["speaker_01"] = "Patient" },
        };
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), options);
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "ortho-followup-consultation.whisperx.json");

        var note = await operation.RunAsync(DocumentSource.FromFile(path), CancellationToken.None);

        Assert.Equal(path, note.Path);
        using var body = JsonDocument.Parse(Assert.Single(ClinicalServer.ChatBodies(server)));
        var user = body.RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains("\nDoctor: ", user, StringComparison.Ordinal);
        Assert.Contains("\nPatient: ", user, StringComparison.Ordinal);
        Assert.DoesNotContain("SPEAKER_0", user, StringComparison.Ordinal);
        Assert.DoesNotContain("\"segments\"", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedactPhiKeepsIdentifiersOutOfEveryRequest()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var redacting = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768, RedactPhi = true });

        var note = await redacting.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        Assert.True(note.PhiRedacted >= Consultation.PneumoniaPhi.Length, $"{note.PhiRedacted} identifiers redacted");
        var sent = Assert.Single(ClinicalServer.ChatBodies(server));
        Assert.All(Consultation.PneumoniaPhi, phi => Assert.DoesNotContain(phi, sent, StringComparison.Ordinal));
        Assert.Contains("[NAME]", sent, StringComparison.Ordinal);
        Assert.Contains("azithromycin 500 mg", sent, StringComparison.Ordinal);

        // Without the switch the same identifiers do go out: the check above can fail.
        server.ClearRequests();
        await new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 })
            .RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);
        Assert.All(Consultation.PneumoniaPhi, phi => Assert.Contains(phi, Assert.Single(ClinicalServer.ChatBodies(server)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task APlanSendsNothingAndSaysWhatWouldBeSent()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 4096, AnswerTokens = 512, RedactPhi = true });
        var transcript = Consultation.Long(30_000, out _);

        var plan = await operation.PlanAsync(DocumentSource.FromText(transcript), CancellationToken.None);

        Assert.Equal(0, server.Stats.Snapshot().Chat);
        Assert.Equal(transcript.Length, plan.Characters);
        Assert.True(plan.Chunks > 1);
        Assert.Equal(plan.Chunks + 1, plan.ModelCalls);
        Assert.Equal(server.V1, plan.Endpoint);
        var text = plan.Describe("Draft SOAP note");
        Assert.Contains(ClinicalServer.Model, text, StringComparison.Ordinal);
        Assert.Contains($"{plan.Chunks} chunks", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyTranscriptIsAClearErrorWithoutACall()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions());

        var error = await Assert.ThrowsAsync<MedDocsException>(() => operation.RunAsync(DocumentSource.FromText("  \n "), CancellationToken.None));

        Assert.Equal("EmptyTranscript", error.ErrorId);
        Assert.Equal(0, server.Stats.Snapshot().Chat);
    }

    private static string Sections(string subjective) => JsonSerializer.Serialize(new { subjective, objective = "Not discussed.", assessment = "Knee pain.", plan = "Exercises." });
}
