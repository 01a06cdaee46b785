using System.Net;
using System.Text.Json;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Simulator;

public sealed class SimulatorRouteTests
{
    [Fact]
    public async Task BaseUrlIsRootAndV1IsTheOpenAiBase()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());

        Assert.NotEqual(0, server.Port);
        Assert.Equal($"http://127.0.0.1:{server.Port}/", server.BaseUrl.ToString());
        Assert.Equal($"http://127.0.0.1:{server.Port}/v1", server.V1.ToString());
    }

    [Fact]
    public async Task LmStudioV1ModelsListsEveryDownloadedModelLoadedOrNot()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.GetAsync("v1/models");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("list", reply.Json.GetProperty("object").GetString());
        string[] ids = [.. reply.Json.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
        Assert.Equal(server.Models.All.Select(m => m.Id), ids);
        Assert.Contains("meditron-7b", ids); // not loaded, still listed (JIT loading)
        Assert.All(reply.Json.GetProperty("data").EnumerateArray(), m => Assert.Equal("model", m.GetProperty("object").GetString()));
    }

    [Fact]
    public async Task LmStudioApiV0ModelsReportsTypeStateAndLoadedContext()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        JsonElement data = (await http.GetAsync("api/v0/models")).Json.GetProperty("data");
        JsonElement qwen = data.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "qwen2.5-7b-instruct");
        JsonElement vlm = data.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "qwen2.5-vl-3b-instruct");
        JsonElement nomic = data.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "text-embedding-nomic-embed-text-v1.5");

        Assert.Equal("llm", qwen.GetProperty("type").GetString());
        Assert.Equal("loaded", qwen.GetProperty("state").GetString());
        Assert.Equal("gguf", qwen.GetProperty("compatibility_type").GetString());
        Assert.Equal("Q4_K_M", qwen.GetProperty("quantization").GetString());
        Assert.Equal(32768, qwen.GetProperty("loaded_context_length").GetInt32());
        Assert.Equal("vlm", vlm.GetProperty("type").GetString());
        Assert.Equal("mlx", vlm.GetProperty("compatibility_type").GetString());
        Assert.Equal("not-loaded", vlm.GetProperty("state").GetString());
        Assert.False(vlm.TryGetProperty("loaded_context_length", out _));
        Assert.Equal("embeddings", nomic.GetProperty("type").GetString());
    }

    [Fact]
    public async Task LmStudioApiV0SingleModelAndUnknownModel()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply found = await http.GetAsync("api/v0/models/meditron-7b");
        HttpReply missing = await http.GetAsync("api/v0/models/no-such-model");

        Assert.Equal(4096, found.Json.GetProperty("max_context_length").GetInt32());
        Assert.Equal("not-loaded", found.Json.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains("no-such-model", missing.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LmStudioApiV1ModelsUsesTheZeroFourShape()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        JsonElement models = (await http.GetAsync("api/v1/models")).Json.GetProperty("models");
        JsonElement vlm = models.EnumerateArray().Single(m => m.GetProperty("key").GetString() == "qwen2.5-vl-3b-instruct");
        JsonElement qwen = models.EnumerateArray().Single(m => m.GetProperty("key").GetString() == "qwen2.5-7b-instruct");
        JsonElement nomic = models.EnumerateArray().Single(m => m.GetProperty("key").GetString() == "text-embedding-nomic-embed-text-v1.5");

        Assert.Equal("llm", vlm.GetProperty("type").GetString());
        Assert.True(vlm.GetProperty("capabilities").GetProperty("vision").GetBoolean());
        Assert.Empty(vlm.GetProperty("loaded_instances").EnumerateArray());
        Assert.Equal("mlx", vlm.GetProperty("format").GetString());
        Assert.False(qwen.GetProperty("capabilities").GetProperty("vision").GetBoolean());
        Assert.Equal(4, qwen.GetProperty("quantization").GetProperty("bits_per_weight").GetInt32());
        Assert.Equal(32768, qwen.GetProperty("loaded_instances")[0].GetProperty("config").GetProperty("context_length").GetInt32());
        Assert.Equal("embedding", nomic.GetProperty("type").GetString());
        Assert.Equal(8, nomic.GetProperty("quantization").GetProperty("bits_per_weight").GetInt32());
    }

    [Fact]
    public async Task OlderLmStudioAnswersApiV1WithUnexpectedEndpoint()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { LmStudioApiVersion = LmStudioApiVersion.V0 });
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.GetAsync("api/v1/models");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Unexpected endpoint or method. (GET /api/v1/models)", reply.ErrorMessage);
    }

    [Theory]
    [InlineData("GET", "api/health", "Unexpected endpoint or method. (GET /api/health)")]
    [InlineData("POST", "v1/models", "Unexpected endpoint or method. (POST /v1/models)")]
    [InlineData("GET", "favicon.ico", "Unexpected endpoint or method. (GET /favicon.ico)")]
    public async Task LmStudioUnknownRouteAnswers200WithError(string method, string path, string expected)
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = method == "GET" ? await http.GetAsync(path) : await http.PostAsync(path, "{}");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonValueKind.String, reply.Json.GetProperty("error").ValueKind);
        Assert.Equal(expected, reply.ErrorMessage);
        Assert.Equal(1, server.Stats.Snapshot().Other);
    }

    [Fact]
    public async Task OllamaServesItsNativeListings()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply root = await http.GetAsync("");
        JsonElement tags = (await http.GetAsync("api/tags")).Json.GetProperty("models");
        JsonElement running = (await http.GetAsync("api/ps")).Json.GetProperty("models");
        HttpReply version = await http.GetAsync("api/version");
        HttpReply openAi = await http.GetAsync("v1/models");

        Assert.Equal("Ollama is running", root.Text);
        JsonElement llama = tags.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "llama3.2:3b");
        Assert.Equal("gguf", llama.GetProperty("details").GetProperty("format").GetString());
        Assert.Equal("Q4_K_M", llama.GetProperty("details").GetProperty("quantization_level").GetString());
        Assert.Equal(64, llama.GetProperty("digest").GetString()!.Length);
        Assert.Contains(tags.EnumerateArray(), m => m.GetProperty("name").GetString() == "nomic-embed-text:latest");
        Assert.Equal(["llama3.2:3b"], running.EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.True(running[0].GetProperty("size_vram").GetInt64() > 0);
        Assert.Equal(4096, running[0].GetProperty("context_length").GetInt32());
        Assert.Equal("0.12.3", version.Json.GetProperty("version").GetString());
        Assert.Equal(tags.GetArrayLength(), openAi.Json.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task OllamaUnknownRouteIsPlainText404()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.GetAsync("api/v0/models");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("404 page not found", reply.Text);
        Assert.Equal("text/plain", reply.ContentType);
    }

    [Fact]
    public async Task OpenAiRequiresABearerKey()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.OpenAI });
        using SimulatorHttp anonymous = new(server.BaseUrl);
        using SimulatorHttp keyed = new(server.BaseUrl, apiKey: "sk-test");

        HttpReply refused = await anonymous.GetAsync("v1/models");
        HttpReply listed = await keyed.GetAsync("v1/models");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("invalid_request_error", refused.Json.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, listed.Status);
        Assert.Contains(listed.Json.GetProperty("data").EnumerateArray(), m => m.GetProperty("id").GetString() == "gpt-4o-mini");
    }

    [Fact]
    public async Task OpenAiUnknownRouteIs404Json()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.OpenAI });
        using SimulatorHttp http = new(server.BaseUrl, apiKey: "sk-test");

        HttpReply reply = await http.GetAsync("api/tags");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("invalid_request_error", reply.Json.GetProperty("error").GetProperty("type").GetString());
        Assert.Contains("/api/tags", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredApiKeyMustMatch()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { ApiKey = "right" });
        using SimulatorHttp wrong = new(server.BaseUrl, apiKey: "wrong");
        using SimulatorHttp right = new(server.BaseUrl, apiKey: "right");

        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("v1/models")).Status);
        Assert.Equal(HttpStatusCode.OK, (await right.GetAsync("v1/models")).Status);
        Assert.Equal("Bearer right", server.Requests[^1].Authorization);
    }

    [Fact]
    public async Task ReplacedCatalogIsServed()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Models.Replace([new SimulatedModel("phi-3-mini", SimulatedModelType.Llm, "microsoft", "phi3", ModelFormat.Gguf, "Q4_K_M", 4096)]);

        JsonElement data = (await http.GetAsync("api/v0/models")).Json.GetProperty("data");

        Assert.Equal("phi-3-mini", Assert.Single(data.EnumerateArray()).GetProperty("id").GetString());
    }
}
