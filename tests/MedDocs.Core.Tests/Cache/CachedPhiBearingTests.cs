using MedDocs.Core.Cache;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Core.Tests.Clinical;
using MedDocs.Core.Tests.Phi;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Cache;

/// <summary>
/// The data-at-rest policy for answers that hold PHI (Find-Phi's model half, SOAP notes, medical entities): not cached
/// unless the user opts in (CachePhi); with the opt-in, a re-run sends nothing and returns the same records.
/// </summary>
public sealed class CachedPhiBearingTests
{
    private static readonly Document Note = Document.FromText(PhiLongDocument.Text, "note");

    private static async Task<(List<PhiRecord> Records, PhiDocumentResult Result, CacheCounters Counters)> FindPhiAsync(SimulatorServer server, CacheSandbox sandbox, bool storePhi)
    {
        var settings = PhiLongDocument.Settings(server);
        var provider = await PhiLongDocument.ResolveAsync(settings);
        using var cache = sandbox.Open(storePhi);
        var operation = FindPhiOperation.Create(settings, provider, new FindPhiRequest { Engine = PhiEngine.Hybrid }, cache);
        var result = await operation.FindAsync(Note, CancellationToken.None);
        return ([.. operation.ToRecords(result)], result, cache.Counters);
    }

    [Fact]
    public async Task PhiAnswersAreNotCachedWithoutTheOptIn()
    {
        await using var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        server.Responder = PhiLongDocument.Respond;
        using var sandbox = new CacheSandbox();

        var first = await FindPhiAsync(server, sandbox, storePhi: false);
        var second = await FindPhiAsync(server, sandbox, storePhi: false);

        Assert.True(first.Result.Chunks > 1);
        Assert.Equal(2 * first.Result.Chunks, server.Stats.Snapshot().Chat);
        Assert.All(second.Records, r => Assert.False(r.Cached));
        Assert.Equal((0, 0, 0, first.Result.Chunks), (second.Counters.Hits, second.Counters.Misses, second.Counters.Stored, second.Counters.NotCachedPhi));
        Assert.Contains("MEDDOCS_CACHE_PHI", second.Counters.ToString(), StringComparison.Ordinal);
        Assert.All(PhiLongDocument.PhiStrings, phi => Assert.False(sandbox.Contains(phi), "no identifier may reach the file without the opt-in"));
    }

    [Fact]
    public async Task WithTheOptInARerunSendsNothingAndReturnsTheSameFindings()
    {
        await using var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        server.Responder = PhiLongDocument.Respond;
        using var sandbox = new CacheSandbox();

        var first = await FindPhiAsync(server, sandbox, storePhi: true);
        var sent = server.Stats.Snapshot().Chat;
        var second = await FindPhiAsync(server, sandbox, storePhi: true);

        Assert.Equal(first.Result.Chunks, sent);
        Assert.Equal(sent, server.Stats.Snapshot().Chat);
        Assert.Equal((0, first.Result.Chunks), (second.Result.Calls, second.Counters.Hits));
        Assert.All(first.Records, r => Assert.False(r.Cached));
        Assert.All(second.Records, r => Assert.True(r.Cached));
        Assert.Contains(second.Records, r => r.Engine == PhiFinding.LlmEngine);
        Assert.Equal(first.Records, second.Records.Select(r => r with { Cached = false }));
        // What is stored is the model's answer (identifiers, by the user's choice), never the note itself.
        Assert.True(sandbox.Contains(PhiLongDocument.Mrn));
        Assert.False(sandbox.Contains(PhiLongDocument.Text[..200]));
    }

    [Fact]
    public async Task SoapNotesAreCachedOnlyWithTheOptIn()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        async Task<SoapNoteRecord> NoteAsync(bool storePhi, SoapTemplate template = SoapTemplate.Soap)
        {
            using var cache = sandbox.Open(storePhi);
            var operation = new SoapNoteOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768, Template = template }, cache: cache);
            return await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia, "visit"), CancellationToken.None);
        }

        await NoteAsync(storePhi: false);
        await NoteAsync(storePhi: false);
        Assert.Equal(2, server.Stats.Snapshot().Chat);
        Assert.All(Consultation.PneumoniaPhi, phi => Assert.False(sandbox.Contains(phi)));

        var fresh = await NoteAsync(storePhi: true);
        var cached = await NoteAsync(storePhi: true);
        Assert.Equal(3, server.Stats.Snapshot().Chat);
        Assert.Equal((false, true, 1, 0, 0), (fresh.Cached, cached.Cached, fresh.ModelCalls, cached.ModelCalls, cached.PromptTokens));
        Assert.Equal(fresh with { ElapsedMs = 0, ModelCalls = 0, PromptTokens = 0, CompletionTokens = 0 },
            cached with { ElapsedMs = 0, Cached = false });

        // Another template is another question.
        var structured = await NoteAsync(storePhi: true, SoapTemplate.Structured);
        Assert.False(structured.Cached);
        Assert.Equal(4, server.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task EntitiesAreCachedOnlyWithTheOptIn()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        async Task<IReadOnlyList<MedicalEntityRecord>> EntitiesAsync(bool storePhi)
        {
            using var cache = sandbox.Open(storePhi);
            var operation = new MedicalEntityOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 }, cache: cache);
            return await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia, "visit"), CancellationToken.None);
        }

        await EntitiesAsync(storePhi: false);
        var notOptedIn = await EntitiesAsync(storePhi: false);
        var fresh = await EntitiesAsync(storePhi: true);
        var cached = await EntitiesAsync(storePhi: true);

        Assert.Equal(3, server.Stats.Snapshot().Chat);
        Assert.NotEmpty(fresh);
        Assert.All(notOptedIn.Concat(fresh), e => Assert.False(e.Cached));
        Assert.All(cached, e => Assert.True(e.Cached));
        Assert.Equal(fresh, cached.Select(e => e with { Cached = false }));
    }

    [Fact]
    public async Task ALongTranscriptsPartsAndMergeAreAllCached()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        var transcript = Consultation.Long(30_000, out _);
        async Task<ClinicalReport> RunAsync()
        {
            using var cache = sandbox.Open(storePhi: true);
            var pipeline = new ClinicalPipeline(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 4096, AnswerTokens = 512 }, cache: cache);
            return await pipeline.RunAsync(DocumentSource.FromText(transcript), CancellationToken.None);
        }

        var fresh = await RunAsync();
        var sent = server.Stats.Snapshot().Chat;
        var cached = await RunAsync();

        Assert.True(fresh.Note.Chunks > 1);
        Assert.Equal(fresh.Note.Chunks + 1, sent);
        Assert.Equal(sent, server.Stats.Snapshot().Chat);
        Assert.True(cached.Note.Cached);
        Assert.Equal(fresh.Note.Assessment, cached.Note.Assessment);
        Assert.Equal(fresh.Entities, cached.Entities.Select(e => e with { Cached = false }));
    }
}
