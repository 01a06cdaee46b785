using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Clinical;

public sealed class ClinicalPipelineTests
{
    [Fact]
    public async Task NoteAndEntitiesTakeTwoCallsWhenTheTranscriptFits()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var schemas = new List<string?>();
        server.Responder = request =>
        {
            lock (schemas)
            {
                schemas.Add(request.SchemaName);
            }
            return request.SchemaName == "medical_entities"
                ? "{\"entities\":[{\"type\":\"Symptom\",\"text\":\"cough\",\"name\":\"cough\",\"code\":null,\"dose\":null,\"route\":null,\"frequency\":null,\"value\":null,\"unit\":null,\"reaction\":null}]}"
                : "{\"subjective\":\"Cough.\",\"objective\":\"Crackles.\",\"assessment\":\"Pneumonia.\",\"plan\":\"Azithromycin.\"}";
        };
        var pipeline = new ClinicalPipeline(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768, RedactPhi = true });

        var report = await pipeline.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        Assert.Equal(2, server.Stats.Snapshot().Chat);
        Assert.Equal(2, report.Note.ModelCalls);
        Assert.Equal(["medical_entities", "soap_note"], schemas.Order(StringComparer.Ordinal));
        Assert.Equal("Pneumonia.", report.Note.Assessment);
        var cough = Assert.Single(report.Entities);
        Assert.Equal("cough", Consultation.Pneumonia.Substring(cough.Start, cough.Length));
        Assert.All(ClinicalServer.ChatBodies(server), body => Assert.All(Consultation.PneumoniaPhi, phi => Assert.DoesNotContain(phi, body, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ALongTranscriptTakesOneCallPerChunkPlusTheMerge()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var pipeline = new ClinicalPipeline(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 4096, AnswerTokens = 512 });
        var transcript = Consultation.Long(30_000, out _);

        var report = await pipeline.RunAsync(DocumentSource.FromText(transcript), CancellationToken.None);

        var stats = server.Stats.Snapshot();
        Assert.True(report.Note.Chunks > 1);
        Assert.Equal(report.Note.Chunks + 1, stats.Chat);
        Assert.Equal(stats.Chat, report.Note.ModelCalls);
        Assert.Equal(report.Note.Chunks, server.Requests.Count(r => r.Body.Contains("clinical_part_with_entities", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APlanOfThePipelineSendsNothing()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var pipeline = new ClinicalPipeline(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        var plan = await pipeline.PlanAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        Assert.Equal((1, 2), (plan.Chunks, plan.ModelCalls));
        Assert.Equal(0, server.Stats.Snapshot().Chat);
    }
}
