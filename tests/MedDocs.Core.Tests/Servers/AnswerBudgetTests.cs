using System.Text.Json;
using MedDocs.Core.Clinical;
using MedDocs.Core.Configuration;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;
using MedDocs.Core.Tests.Clinical;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Servers;

/// <summary>
/// Issue 13, item 4: max_tokens is fitted into what the context leaves after the prompt, free text is capped by the
/// schema so the JSON closes within it, and an answer cut off anyway is reported with its real cause.
/// </summary>
public sealed class AnswerBudgetTests
{
    private static readonly JsonSchemaFormat Schema = new("note", """{"type":"object","properties":{"text":{"type":"string"}},"required":["text"]}""");

    [Fact]
    public async Task MaxTokensIsWhatTheContextLeavesNotTheSetting()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        var provider = await LlamaCppServer.ResolveAsync(LlamaCppServer.Settings(server));
        var client = new LlmClient(provider.Target!, new LlmClientOptions { MaxTokens = 2048, MaxRetries = 0 });
        var request = new ChatRequest([ChatMessage.System("Summarise."), ChatMessage.User(new string('w', 800))]);

        var result = await client.CompleteAsync(request, CancellationToken.None);

        var sent = MaxTokensSent(server);
        Assert.True(result.LimitedByContext);
        Assert.Equal(sent, result.MaxTokensSent);
        Assert.Equal(TokenBudget.AnswerRoom(LlamaCppServer.PerSlot, TokenBudget.EstimatePrompt(request.Messages)), sent);
        Assert.True(sent + TokenBudget.EstimatePrompt(request.Messages) <= LlamaCppServer.PerSlot);
    }

    [Fact]
    public async Task APromptThatLeavesNoRoomIsRefusedBeforeSending()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        var provider = await LlamaCppServer.ResolveAsync(LlamaCppServer.Settings(server));
        var client = new LlmClient(provider.Target!, new LlmClientOptions { MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(new ChatRequest([ChatMessage.User(new string('w', 1900))]), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ContextOverflow, error.Kind);
        Assert.Contains("nothing was sent", error.Message, StringComparison.Ordinal);
        Assert.Contains("512-token context", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task VllmRejectingPromptPlusMaxTokensIsSentOnceMoreFittedToItsCount()
    {
        // vLLM counts prompt and max_tokens together; its tokenizer is denser than MedDocs' four-characters estimate here,
        // so the first request overshoots, and vLLM says by how much.
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Vllm, ContextSize = 1024, CharsPerToken = 3 });
        var provider = await LlamaCppServer.ResolveAsync(LlamaCppServer.Settings(server));
        var client = new LlmClient(provider.Target!, new LlmClientOptions { MaxRetries = 0 });
        var text = new string('w', 2400);

        var result = await client.CompleteAsync(new ChatRequest([ChatMessage.User(text)]), CancellationToken.None);

        var bodies = ClinicalServer.ChatBodies(server);
        Assert.Equal(2, bodies.Count);
        Assert.Equal(1024 - 800 - 8, result.MaxTokensSent); // vLLM counted 800 prompt tokens
        Assert.Equal(result.MaxTokensSent, MaxTokensSent(server));
    }

    [Fact]
    public async Task AnAnswerCutOffByTheContextNamesTheContextAndIsNotAskedAgain()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        server.Responder = _ => "{\"text\":\"" + new string('x', 4000) + "\"}";
        var provider = await LlamaCppServer.ResolveAsync(LlamaCppServer.Settings(server));
        var client = new LlmClient(provider.Target!, new LlmClientOptions { MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            StructuredChat.AskAsync(client, new ChatRequest([ChatMessage.User("Write a long note.")]) { Schema = Schema }, e => e.GetProperty("text").GetString(), CancellationToken.None));

        Assert.Equal(LlmErrorKind.AnswerCutOff, error.Kind);
        Assert.Contains("512-token context", error.Message, StringComparison.Ordinal);
        Assert.Contains("-c", error.Remedy.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("MEDDOCS_MAX_TOKENS", error.Message, StringComparison.Ordinal);
        Assert.Single(ClinicalServer.ChatBodies(server));
    }

    [Fact]
    public void SchemasCapFreeTextToTheTokensLeft()
    {
        using var soap = JsonDocument.Parse(ClinicalPrompts.NoteSchema(SoapTemplate.Soap, 200).SchemaJson);
        using var entities = JsonDocument.Parse(ClinicalPrompts.EntitySchema(200).SchemaJson);
        using var phi = JsonDocument.Parse(PhiLlmPrompt.Request("excerpt", 170).Schema!.SchemaJson);

        var sections = soap.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Value.GetProperty("maxLength").GetInt32()).ToList();
        Assert.Equal(4, sections.Count);
        Assert.True(sections.Sum() / TokenBudget.CharsPerToken <= 200, $"sections may take {sections.Sum()} characters");
        Assert.Equal(ClinicalPrompts.MaxEntities(200), entities.RootElement.GetProperty("properties").GetProperty("entities").GetProperty("maxItems").GetInt32());
        var findings = phi.RootElement.GetProperty("properties").GetProperty("findings");
        Assert.Equal(PhiLlmPrompt.MaxFindings(170), findings.GetProperty("maxItems").GetInt32());
        Assert.True(PhiLlmPrompt.MaxFindings(170) * PhiLlmPrompt.TokensPerFinding <= 170);
        Assert.Equal(PhiLlmPrompt.MaxFindingChars, findings.GetProperty("items").GetProperty("properties").GetProperty("text").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task TheSettingStillCapsAnswersWhenTheContextIsLarge()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var settings = new MedDocsSettings { Provider = ProviderKind.LMStudio, LMStudioEndpoint = server.V1, MaxTokens = 300 };
        var provider = await LlamaCppServer.ResolveAsync(settings);
        var client = new LlmClient(provider.Target!, LlmClientOptions.From(settings));

        var result = await client.CompleteAsync(new ChatRequest([ChatMessage.User("Hello")]), CancellationToken.None);

        Assert.False(result.LimitedByContext);
        Assert.Equal(300, MaxTokensSent(server));
    }

    private static int MaxTokensSent(SimulatorServer server)
    {
        using var body = JsonDocument.Parse(ClinicalServer.ChatBodies(server)[^1]);
        return body.RootElement.GetProperty("max_tokens").GetInt32();
    }
}
