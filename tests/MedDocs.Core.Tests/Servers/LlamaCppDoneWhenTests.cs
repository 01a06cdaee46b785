using MedDocs.Core.Categorization;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;
using MedDocs.Core.Tests.Clinical;
using MedDocs.Core.Tests.Phi;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Servers;

/// <summary>
/// Issue 13's "done when": against llama.cpp with 512 tokens per slot (-c 2048 --parallel 4), and no context set by
/// hand, every model operation succeeds. Each test also checks the server never had to refuse a request for size.
/// </summary>
public sealed class LlamaCppDoneWhenTests
{
    [Fact]
    public async Task CategorizeWithTheModelSucceeds()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        var settings = LlamaCppServer.Settings(server);
        var provider = await LlamaCppServer.ResolveAsync(settings);
        var operation = new CategorizeOperation(new CategorizeOptions { Engine = CategorizationEngine.Llm }, provider, settings, new DocumentLoader());
        var documents = Enumerable.Range(0, 12)
            .Select(i => Document.FromText($"ITEMIZED STATEMENT {i}\nAccount {4000 + i}. Room and board, three days. Pharmacy. Total due $1,{i:00}4.00.", $"statement-{i}"))
            .ToList();

        var results = new List<CategoryResult>();
        foreach (var document in documents)
        {
            results.Add(await operation.RunAsync(document, CancellationToken.None));
        }

        Assert.All(results, r => Assert.Equal(CategoryEngines.Llm, r.Engine));
        Assert.All(results, r => Assert.InRange(r.Confidence, 0, 1));
        // The confidence is asked as an integer 0-100, a range llama.cpp's grammar enforces (number ranges it does not).
        Assert.All(ClinicalServer.ChatBodies(server), b => Assert.Contains("\"confidence\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":100}", b, StringComparison.Ordinal));
        Assert.Equal(documents.Count, server.Stats.Snapshot().Chat);
        Assert.Equal(0, LlamaCppServer.Errors(server));
    }

    [Fact]
    public async Task PhiWithTheModelOnATwoThousandTokenNoteSucceeds()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        var settings = LlamaCppServer.Settings(server);
        var provider = await LlamaCppServer.ResolveAsync(settings);
        var operation = FindPhiOperation.Create(settings, provider, new FindPhiRequest { Engine = PhiEngine.Llm });
        var note = PhiLongDocument.Text[..8_000];

        var result = await operation.FindAsync(Document.FromText(note, "note"), CancellationToken.None);

        Assert.InRange(TokenBudget.Estimate(note), 1_900, 2_100);
        Assert.True(result.Chunks > 4, $"a 2,000-token note needs several 512-token requests, got {result.Chunks}");
        Assert.Equal(0, LlamaCppServer.Errors(server));
        Assert.All(server.Requests.Where(r => r.Path == "/v1/chat/completions"), r => Assert.DoesNotContain("\"max_tokens\":2048", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASoapNoteFromAShortTranscriptSucceeds()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        var settings = LlamaCppServer.Settings(server);
        var provider = await LlamaCppServer.ResolveAsync(settings);
        var options = ClinicalOptions.From(settings, provider);
        var operation = new SoapNoteOperation(new LlmClient(provider.Target!, LlmClientOptions.From(settings)), options);
        const string Transcript = "Doctor: What brings you in?\nPatient: A sore throat and fever since Monday.\n" +
            "Doctor: Temperature 100.9 F, tonsils red and swollen. Rapid strep is positive.\n" +
            "Doctor: Amoxicillin 500 mg twice daily for ten days; come back if it is not better in three days.\n";

        var note = await operation.RunAsync(DocumentSource.FromText(Transcript), CancellationToken.None);

        Assert.Equal(LlamaCppServer.PerSlot, options.ContextTokens);
        Assert.False(string.IsNullOrWhiteSpace(note.Subjective));
        Assert.False(string.IsNullOrWhiteSpace(note.Plan));
        Assert.Equal(1, note.ModelCalls);
        Assert.Equal(0, LlamaCppServer.Errors(server));
    }

    [Fact]
    public async Task ASoapNoteFromALongTranscriptOnA512TokenSlotSucceeds()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        var settings = LlamaCppServer.Settings(server);
        var provider = await LlamaCppServer.ResolveAsync(settings);
        var options = ClinicalOptions.From(settings, provider);
        var warnings = new List<string>();
        var operation = new SoapNoteOperation(new LlmClient(provider.Target!, LlmClientOptions.From(settings)), options, warning: warnings.Add);
        var transcript = Consultation.Long(12_000, out var markers);
        // Each part note as long as a model writes it: four sections of a few sentences each.
        server.Responder = request => request.SchemaName == "clinical_part"
            ? "{\"subjective\":\"" + Sentence(request.LastUserText, markers) + "\",\"objective\":\"Knee swelling by evening, stiffness on rising.\",\"assessment\":\"Medial knee pain, likely osteoarthritis.\",\"plan\":\"Quadriceps exercises, ice after activity, ibuprofen as needed.\"}"
            : "{\"subjective\":\"Merged: " + Sentence(request.LastUserText, markers) + "\",\"objective\":\"Swelling.\",\"assessment\":\"Osteoarthritis.\",\"plan\":\"Exercises.\"}";

        var note = await operation.RunAsync(DocumentSource.FromText(transcript), CancellationToken.None);

        Assert.True(note.Chunks > 4, $"a {transcript.Length}-character transcript needs several 512-token requests, got {note.Chunks}");
        Assert.Equal(0, LlamaCppServer.Errors(server));
        // Nothing said in any part is lost on the way to the note: no two part notes fit one 512-token merge request,
        // so their sections are joined in order (before, one merge of all of them overflowed and the note failed).
        Assert.All(markers, m => Assert.Contains(m, note.Subjective, StringComparison.Ordinal));
        Assert.Equal(note.Chunks, note.JoinedParts);
        Assert.Equal(note.Chunks, note.ModelCalls);
        var warning = Assert.Single(warnings);
        Assert.Contains("512-token", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("knee", warning, StringComparison.OrdinalIgnoreCase);
    }

    private static string Sentence(string prompt, IReadOnlyList<string> markers) =>
        "The patient discussed " + string.Join(", ", markers.Where(m => prompt.Contains(m, StringComparison.Ordinal))) + "; knee aches after twenty minutes of walking, mostly medially, and is stiff on rising; ibuprofen helps but is limited because of the stomach.";

    [Fact]
    public async Task EmbeddingsOverShortAndOversizedInputsAllSucceed()
    {
        await using var server = await LlamaCppServer.StartEmbeddingsAsync();
        var settings = LlamaCppServer.Settings(server);
        var provider = await LlamaCppServer.ResolveAsync(settings);
        using var operation = EmbeddingOperation.Create(provider, LlmClientOptions.From(settings), new EmbeddingOptions { BatchSize = 8 }, CancellationToken.None);
        var documents = new List<Document>();
        for (var i = 0; i < 8; i++)
        {
            documents.Add(i % 3 == 1
                ? Document.FromText(string.Concat(Enumerable.Repeat($"Discharge summary section {i}: patient improved, plan unchanged. ", 120)), $"long-{i}")
                : Document.FromText($"Short note {i}: stable.", $"short-{i}"));
        }

        var outcomes = await operation.RunAsync(documents, CancellationToken.None);

        Assert.Equal(LlamaCppServer.PerSlot, operation.ContextTokens);
        Assert.Equal(documents.Count, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Message));
        Assert.Equal(documents.Count(d => d.Text.Length > operation.MaxInputChars), outcomes.Count(o => o.Record!.Truncated));
        Assert.Equal(0, LlamaCppServer.Errors(server));
    }
}
