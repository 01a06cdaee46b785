using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Simulator;

public sealed class SimulatorEmbeddingsTests
{
    private const string Nomic = "text-embedding-nomic-embed-text-v1.5";

    [Fact]
    public async Task EmbeddingsAreDeterministicUnitVectors()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":["blood pressure","blood pressure","fracture"]}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("list", reply.Json.GetProperty("object").GetString());
        Assert.Equal(Nomic, reply.Json.GetProperty("model").GetString());
        float[][] vectors = [.. reply.Json.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("embedding").EnumerateArray().Select(v => v.GetSingle()).ToArray())];
        Assert.Equal([0, 1, 2], reply.Json.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("index").GetInt32()));
        Assert.All(vectors, v => Assert.Equal(768, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3));
        Assert.Equal(vectors[0], vectors[1]);
        Assert.NotEqual(vectors[0], vectors[2]);
        Assert.True(reply.Json.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task StatsCountRequestsAndInputs()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        await http.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":"one"}""");
        await http.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":["two","three","four"]}""");

        SimulatorStatsSnapshot stats = server.Stats.Snapshot();
        Assert.Equal(2, stats.Embeddings);
        Assert.Equal(4, stats.EmbeddingInputs);
    }

    [Fact]
    public async Task ChatModelIsNotAnEmbeddingModel()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.PostAsync("v1/embeddings", """{"model":"qwen2.5-7b-instruct","input":"text"}""");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.EndsWith("Model is not embedding.", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenArraysAreRefusedLikeLmStudio()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":[[2485,1129,11921]]}""");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("'input' field must be a string or an array of strings", reply.ErrorMessage);
    }

    [Fact]
    public async Task BatchLimitRefusesLargerBatches()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.MaxEmbeddingBatch = 2;

        HttpReply small = await http.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":["a","b"]}""");
        HttpReply large = await http.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":["a","b","c"]}""");

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
    }

    [Fact]
    public async Task LmStudioIgnoresDimensionsButOpenAiHonoursDimensionsAndBase64()
    {
        await using SimulatorServer lmStudio = await SimulatorServer.StartAsync(new SimulatorOptions());
        await using SimulatorServer openAi = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.OpenAI });
        using SimulatorHttp lmHttp = new(lmStudio.BaseUrl);
        using SimulatorHttp openAiHttp = new(openAi.BaseUrl, apiKey: "sk-test");

        HttpReply fromLm = await lmHttp.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":"x","dimensions":256,"encoding_format":"base64"}""");
        HttpReply fromOpenAi = await openAiHttp.PostAsync("v1/embeddings", """{"model":"text-embedding-3-small","input":"x","dimensions":256,"encoding_format":"base64"}""");

        Assert.Equal(768, fromLm.Json.GetProperty("data")[0].GetProperty("embedding").GetArrayLength());
        byte[] bytes = Convert.FromBase64String(fromOpenAi.Json.GetProperty("data")[0].GetProperty("embedding").GetString()!);
        float[] vector = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        Assert.Equal(256, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(x => (double)x * x)), 3);
    }

    [Fact]
    public void SameTextGivesTheSameVectorInEveryProcess()
    {
        float[] a = DeterministicEmbedding.Create("hypertension", 8);
        float[] b = DeterministicEmbedding.Create("hypertension", 8);
        float[] c = DeterministicEmbedding.Create("Hypertension", 8);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task JsonVectorsMatchTheGeneratorExactly()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.PostAsync("v1/embeddings", $$"""{"model":"{{Nomic}}","input":"discharge summary"}""");

        float[] parsed = [.. reply.Json.GetProperty("data")[0].GetProperty("embedding").EnumerateArray().Select(v => v.GetSingle())];
        Assert.Equal(DeterministicEmbedding.Create("discharge summary", 768), parsed);
    }
}
