using System.ClientModel;
using System.Text.Json;
using MedDocs.Core.Providers;
using MedDocs.Simulator;
using OpenAI;
using OpenAI.Chat;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;
using ChatMessage = MedDocs.Core.Providers.ChatMessage;

namespace MedDocs.Core.Tests.Providers;

/// <summary>What LlmClient puts on the wire, read back from the simulator's raw request log.</summary>
public sealed class LlmClientRequestTests
{
    [Theory]
    [InlineData(SimulatorKind.LMStudio)]
    [InlineData(SimulatorKind.Ollama)]
    public async Task LocalServersGetJsonSchemaAndMaxTokens(SimulatorKind kind)
    {
        await using var server = await StartAsync(kind);
        var client = ClientFor(server);
        var request = Ask("Synthetic lab report: sodium 139 mmol/L.") with
        {
            Schema = new JsonSchemaFormat("category_answer", CategorySchema),
            MaxTokens = 321,
            Temperature = 0.3,
        };

        var result = await client.CompleteAsync(request, CancellationToken.None);

        var body = LastChatBody(server);
        Assert.Equal(321, body.GetProperty("max_tokens").GetInt32());
        Assert.False(body.TryGetProperty("max_completion_tokens", out _));
        Assert.Equal(0.3, body.GetProperty("temperature").GetDouble(), 6);
        Assert.Equal(ChatModelOf(kind), body.GetProperty("model").GetString());
        var format = body.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("category_answer", format.GetProperty("json_schema").GetProperty("name").GetString());
        Assert.Equal("object", format.GetProperty("json_schema").GetProperty("schema").GetProperty("type").GetString());
        // The simulator honours the schema, so the answer parses into one of the enum values.
        using var answer = JsonDocument.Parse(result.Content);
        Assert.Contains(answer.RootElement.GetProperty("category").GetString(), Categories);
        Assert.Equal(ChatFinish.Stop, result.Finish);
        Assert.True(result.PromptTokens > 0);
    }

    [Fact]
    public async Task OpenAiGetsMaxCompletionTokens()
    {
        await using var server = await StartAsync(SimulatorKind.OpenAI);
        var client = ClientFor(server);

        await client.CompleteAsync(Ask("Synthetic invoice") with { MaxTokens = 77, Temperature = 0 }, CancellationToken.None);

        var body = LastChatBody(server);
        Assert.Equal(77, body.GetProperty("max_completion_tokens").GetInt32());
        Assert.False(body.TryGetProperty("max_tokens", out _));
        Assert.Equal(0, body.GetProperty("temperature").GetDouble());
        Assert.Equal("Bearer " + OpenAiKey, server.Requests.Last(r => r.Path == "/v1/chat/completions").Authorization);
    }

    [Fact]
    public async Task ClientDefaultsFillWhatTheRequestLeavesOpen()
    {
        await using var server = await StartAsync();
        var client = new LlmClient(TargetFor(server), FastOptions() with { MaxTokens = 999, Temperature = 0.7 });

        await client.CompleteAsync(Ask("Synthetic discharge summary"), CancellationToken.None);

        var body = LastChatBody(server);
        Assert.Equal(999, body.GetProperty("max_tokens").GetInt32());
        Assert.Equal(0.7, body.GetProperty("temperature").GetDouble(), 6);
        Assert.False(body.TryGetProperty("response_format", out _));
        Assert.False(body.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task ImagesTravelAsDataUrlParts()
    {
        await using var server = await StartAsync();
        var images = 0;
        server.Responder = r =>
        {
            images = r.ImageCount;
            return "page text";
        };
        var client = ClientFor(server);
        var request = new ChatRequest([ChatMessage.User("Transcribe", [new ChatImage("image/png", [0x89, 0x50, 0x4E, 0x47])])]) { Model = "qwen2.5-vl-3b-instruct" };

        var result = await client.CompleteAsync(request, CancellationToken.None);

        Assert.Equal("page text", result.Content);
        Assert.Equal(1, images);
        Assert.Contains("data:image/png;base64,iVBORw==", server.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty", ChatFinish.Unknown, "")]
    [InlineData("null", ChatFinish.Unknown, null)]
    [InlineData("eos", ChatFinish.Stop, "eos")]
    [InlineData("max_tokens", ChatFinish.Length, "max_tokens")]
    public async Task OddFinishReasonsAreNormalisedNotThrown(string fault, ChatFinish expected, string? raw)
    {
        await using var server = await StartAsync();
        switch (fault)
        {
            case "empty": server.Faults.EmptyFinishReasonNext = 1; break;
            case "null": server.Faults.NullFinishReasonNext = 1; break;
            default: server.Faults.FinishReasonOverride = fault; break;
        }
        var client = ClientFor(server);

        var result = await client.CompleteAsync(Ask("Synthetic lab report"), CancellationToken.None);

        Assert.Equal(expected, result.Finish);
        Assert.Equal(raw, result.RawFinishReason);
        Assert.False(string.IsNullOrEmpty(result.Content));
    }

    /// <summary>Why LlmClient reads raw bodies: the SDK's typed API throws on a finish_reason local servers send.</summary>
    [Fact]
    public async Task TheSdkTypedApiThrowsOnAnUnknownFinishReason()
    {
        await using var server = await StartAsync();
        server.Faults.FinishReasonOverride = "eos";
        var chat = new ChatClient("qwen2.5-7b-instruct", new ApiKeyCredential("lm-studio"), new OpenAIClientOptions { Endpoint = server.V1 });

        await Assert.ThrowsAnyAsync<ArgumentOutOfRangeException>(() => chat.CompleteChatAsync([new UserChatMessage("Synthetic lab report")]));

        var ours = await ClientFor(server).CompleteAsync(Ask("Synthetic lab report"), CancellationToken.None);
        Assert.Equal(ChatFinish.Stop, ours.Finish);
    }

    [Fact]
    public async Task NoChatModelAnywhereIsAClearError()
    {
        await using var server = await StartAsync();
        var client = new LlmClient(TargetFor(server) with { ChatModel = null }, FastOptions());

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask("x"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("lms load", error.Remedy.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, Received(server, ChatPath));
    }
}
