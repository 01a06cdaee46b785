using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using MedDocs.Simulator;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;

namespace MedDocs.Core.Tests.Simulator;

/// <summary>The OpenAI .NET SDK (what MedDocs.Core uses) must be able to talk to the simulator unchanged.</summary>
public sealed class SimulatorOpenAiSdkTests
{
    [Fact]
    public async Task StructuredOutputRoundTripsThroughTheSdk()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        ChatClient chat = new("qwen2.5-7b-instruct", new ApiKeyCredential("lm-studio"), Options(server));
        ChatCompletionOptions options = new()
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("result", BinaryData.FromString(SampleSchemas.Categorization), jsonSchemaIsStrict: true),
            MaxOutputTokenCount = 800,
        };

        ChatCompletion completion = (await chat.CompleteChatAsync([new UserChatMessage("Synthetic lab report")], options)).Value;

        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.Empty(TestSchemaValidator.Errors(JsonDocument.Parse(SampleSchemas.Categorization).RootElement, completion.Content[0].Text));
        Assert.True(completion.Usage.InputTokenCount > 0);
        Assert.Contains("\"max_completion_tokens\":800", server.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamingRoundTripsThroughTheSdk()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        ChatClient chat = new("qwen2.5-7b-instruct", new ApiKeyCredential("lm-studio"), Options(server));
        server.Responder = _ => "The patient is stable and was discharged home.";

        List<string> pieces = [];
        ChatFinishReason? finish = null;
        await foreach (StreamingChatCompletionUpdate update in chat.CompleteChatStreamingAsync([new UserChatMessage("Summarise")]))
        {
            pieces.AddRange(update.ContentUpdate.Select(p => p.Text));
            finish ??= update.FinishReason;
        }

        Assert.Equal("The patient is stable and was discharged home.", string.Concat(pieces));
        Assert.Equal(ChatFinishReason.Stop, finish);
    }

    [Fact]
    public async Task ImagePartsReachAVisionModel()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        ChatClient chat = new("qwen2.5-vl-3b-instruct", new ApiKeyCredential("lm-studio"), Options(server));
        int images = 0;
        server.Responder = request =>
        {
            images = request.ImageCount;
            return "page text";
        };

        UserChatMessage message = new(
            ChatMessageContentPart.CreateTextPart("Transcribe"),
            ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes([0x89, 0x50, 0x4E, 0x47]), "image/png"));
        ChatCompletion completion = (await chat.CompleteChatAsync([message])).Value;

        Assert.Equal("page text", completion.Content[0].Text);
        Assert.Equal(1, images);
    }

    [Theory]
    [InlineData(SimulatorKind.LMStudio, "text-embedding-nomic-embed-text-v1.5", 768)]
    [InlineData(SimulatorKind.Ollama, "nomic-embed-text:latest", 768)]
    [InlineData(SimulatorKind.OpenAI, "text-embedding-3-small", 1536)]
    public async Task EmbeddingsRoundTripThroughTheSdk(SimulatorKind kind, string model, int dimensions)
    {
        // The SDK asks for base64; LM Studio answers floats anyway and the SDK must cope with both.
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = kind });
        EmbeddingClient client = new(model, new ApiKeyCredential("key"), Options(server));

        OpenAIEmbeddingCollection result = (await client.GenerateEmbeddingsAsync(["asthma", "asthma", "eczema"])).Value;

        Assert.All(result, e => Assert.Equal(dimensions, e.ToFloats().Length));
        Assert.Equal(result[0].ToFloats().ToArray(), result[1].ToFloats().ToArray());
        Assert.Equal(DeterministicEmbedding.Create("eczema", dimensions), result[2].ToFloats().ToArray());
    }

    [Fact]
    public async Task ServerErrorsSurfaceAsClientResultExceptions()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        ChatClient chat = new("no-such-model", new ApiKeyCredential("lm-studio"), Options(server));

        ClientResultException error = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("hi")]));

        Assert.Equal(400, error.Status);
        Assert.Contains("Invalid model identifier", error.Message, StringComparison.Ordinal);
    }

    private static OpenAIClientOptions Options(SimulatorServer server) => new()
    {
        Endpoint = server.V1,
        RetryPolicy = new ClientRetryPolicy(maxRetries: 0), // faults must reach the test, not be retried away
    };
}
