using System.Net;
using System.Text.Json;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Simulator;

public sealed class SimulatorChatTests
{
    private const string TinyPng = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Fact]
    public async Task CompletionHasTheOpenAiShape()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.ChatAsync("Summarise the discharge letter.");

        JsonElement json = reply.Json;
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.StartsWith("chatcmpl-", json.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("chat.completion", json.GetProperty("object").GetString());
        Assert.True(json.GetProperty("created").GetInt64() > 1_700_000_000);
        Assert.Equal("qwen2.5-7b-instruct", json.GetProperty("model").GetString());
        JsonElement choice = json.GetProperty("choices")[0];
        Assert.Equal(0, choice.GetProperty("index").GetInt32());
        Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reply.Content));
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        JsonElement usage = json.GetProperty("usage");
        Assert.Equal(8, usage.GetProperty("prompt_tokens").GetInt32()); // 31 chars → ceil(31/4)
        Assert.Equal(usage.GetProperty("prompt_tokens").GetInt32() + usage.GetProperty("completion_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32());
    }

    [Fact]
    public async Task SchemaAnswerValidatesAgainstTheSchema()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        JsonElement schema = JsonDocument.Parse(SampleSchemas.Categorization).RootElement;

        HttpReply reply = await http.ChatAsync("CBC panel for Jane Roe, hemoglobin 13.2 g/dL", extra: SampleSchemas.ResponseFormat(SampleSchemas.Categorization));

        Assert.Empty(TestSchemaValidator.Errors(schema, reply.Content));
        JsonElement answer = JsonDocument.Parse(reply.Content).RootElement;
        Assert.Equal(JsonValueKind.Object, answer.GetProperty("patient").ValueKind);
        Assert.Single(answer.GetProperty("keywords").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, answer.GetProperty("findings")[0].ValueKind); // $ref resolved
    }

    [Fact]
    public async Task SchemaAnswersAreRepeatablePerDocumentAndVaryAcrossDocuments()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        string format = SampleSchemas.ResponseFormat(SampleSchemas.Categorization);

        string first = (await http.ChatAsync("Radiology report 1", extra: format)).Content;
        string again = (await http.ChatAsync("Radiology report 1", extra: format)).Content;
        HashSet<string> categories = [];
        for (int i = 0; i < 24; i++)
        {
            string content = (await http.ChatAsync($"Synthetic document number {i}", extra: format)).Content;
            categories.Add(JsonDocument.Parse(content).RootElement.GetProperty("category").GetString()!);
        }

        Assert.Equal(first, again);
        Assert.True(categories.Count >= 3, $"expected varied categories, got {string.Join(",", categories)}");
    }

    [Fact]
    public async Task StreamSendsChunksThenFinishThenDone()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        string whole = (await http.ChatAsync("Stream me a reply")).Content;

        HttpReply reply = await http.ChatAsync("Stream me a reply", extra: ""","stream":true,"stream_options":{"include_usage":true}""");

        Assert.Equal("text/event-stream", reply.ContentType);
        string[] events = reply.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        Assert.Equal("data: [DONE]", events[^1]);
        JsonElement[] chunks = [.. events[..^1].Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement)];
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        string streamed = string.Concat(chunks
            .Where(c => c.GetProperty("choices").GetArrayLength() > 0)
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta"))
            .Select(d => d.TryGetProperty("content", out JsonElement t) ? t.GetString() : ""));
        Assert.Equal(whole, streamed);
        Assert.True(chunks.Length > 3, "content should arrive in several pieces");
        Assert.Equal("stop", chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.True(chunks[^1].GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
        Assert.Equal(1, server.Stats.Snapshot().ChatStream);
    }

    [Fact]
    public async Task MissingModelUsesTheFirstLoadedLlm()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.PostAsync("v1/chat/completions", """{"messages":[{"role":"user","content":"hello"}]}""");

        Assert.Equal("qwen2.5-7b-instruct", reply.Json.GetProperty("model").GetString());
    }

    [Fact]
    public async Task UnknownModelIsRefusedLikeLmStudio()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.ChatAsync("hello", model: "gpt-4o");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith("Invalid model identifier \"gpt-4o\"", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("model_not_found", reply.Json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task EmbeddingModelCannotChat()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.ChatAsync("hello", model: "text-embedding-nomic-embed-text-v1.5");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task NotLoadedModelIsLoadedJustInTime()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.ChatAsync("hello", model: "meditron-7b");
        HttpReply listing = await http.GetAsync("api/v0/models/meditron-7b");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("loaded", listing.Json.GetProperty("state").GetString());
        Assert.True(server.Models.Find("meditron-7b")!.Loaded);
    }

    [Fact]
    public async Task WithoutJitLoadingANotLoadedModelIsAnError()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.JitLoading = false;

        HttpReply reply = await http.ChatAsync("hello", model: "meditron-7b");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("meditron-7b", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.False(server.Models.Find("meditron-7b")!.Loaded);
    }

    [Fact]
    public async Task ImageToATextOnlyModelIsRefused()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.PostAsync("v1/chat/completions", ImageRequest("qwen2.5-7b-instruct"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Model does not support images. Please use a model that does.", reply.ErrorMessage);
    }

    [Fact]
    public async Task ImageToAVisionModelReachesTheResponder()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        SimulatedChatRequest? seen = null;
        server.Responder = request =>
        {
            seen = request;
            return "Scanned referral letter.";
        };

        HttpReply reply = await http.PostAsync("v1/chat/completions", ImageRequest("qwen2.5-vl-3b-instruct"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Scanned referral letter.", reply.Content);
        Assert.Equal(1, seen!.ImageCount);
        Assert.Equal("Transcribe this page.", seen.LastUserText);
    }

    [Fact]
    public async Task ResponderSeesTheParsedRequest()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        SimulatedChatRequest? seen = null;
        server.Responder = request =>
        {
            seen = request;
            return "{}";
        };

        await http.PostAsync("v1/chat/completions", $$"""
            {"model":"qwen2.5-7b-instruct","temperature":0.2,"max_tokens":300,
             "messages":[{"role":"system","content":"You classify documents."},{"role":"user","content":"Pathology report"}]
             {{SampleSchemas.ResponseFormat(SampleSchemas.Categorization)}}}
            """);

        Assert.NotNull(seen);
        Assert.Equal(["system", "user"], seen.Messages.Select(m => m.Role));
        Assert.Equal(0.2, seen.Temperature);
        Assert.Equal(300, seen.MaxTokens);
        Assert.Equal("json_schema", seen.ResponseFormatType);
        Assert.Equal("result", seen.SchemaName);
        Assert.Equal(JsonValueKind.Object, seen.Schema!.Value.GetProperty("properties").ValueKind);
        Assert.Contains("\"max_tokens\":300", seen.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxTokensTruncatesAndReportsLength()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Responder = _ => new string('a', 500);

        HttpReply reply = await http.ChatAsync("long please", extra: ""","max_tokens":10""");

        Assert.Equal(40, reply.Content.Length);
        Assert.Equal("length", reply.Json.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Contains("\"max_tokens\":10", server.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromptBeyondTheLoadedContextOverflowsLikeLmStudio()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply reply = await http.ChatAsync(new string('x', 4 * 5000), model: "meditron-7b");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith("Trying to keep the first 5000 tokens when context the overflows.", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("context length of only 4096 tokens", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LmStudioRefusesJsonObjectModeButOllamaAcceptsIt()
    {
        await using SimulatorServer lmStudio = await SimulatorServer.StartAsync(new SimulatorOptions());
        await using SimulatorServer ollama = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        using SimulatorHttp lmHttp = new(lmStudio.BaseUrl);
        using SimulatorHttp ollamaHttp = new(ollama.BaseUrl);
        const string JsonMode = ""","response_format":{"type":"json_object"}""";

        HttpReply refused = await lmHttp.ChatAsync("hello", extra: JsonMode);
        HttpReply accepted = await ollamaHttp.ChatAsync("hello", model: "llama3.2:3b", extra: JsonMode);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("'response_format.type' must be 'json_schema' or 'text'", refused.ErrorMessage);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(accepted.Content).RootElement.ValueKind);
    }

    [Fact]
    public async Task ThrowingResponderBecomesAServerError()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Responder = _ => throw new InvalidOperationException("script bug");

        HttpReply reply = await http.ChatAsync("hello");

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Contains("script bug", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OllamaAndOpenAiNameUnknownModelsTheirWay()
    {
        await using SimulatorServer ollama = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        await using SimulatorServer openAi = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.OpenAI });
        using SimulatorHttp ollamaHttp = new(ollama.BaseUrl);
        using SimulatorHttp openAiHttp = new(openAi.BaseUrl, apiKey: "sk-test");

        HttpReply fromOllama = await ollamaHttp.ChatAsync("hi", model: "mistral:7b");
        HttpReply fromOpenAi = await openAiHttp.ChatAsync("hi", model: "gpt-9");

        Assert.Equal(HttpStatusCode.NotFound, fromOllama.Status);
        Assert.Equal("model \"mistral:7b\" not found, try pulling it first", fromOllama.ErrorMessage);
        Assert.Equal(HttpStatusCode.NotFound, fromOpenAi.Status);
        Assert.Equal("model_not_found", fromOpenAi.Json.GetProperty("error").GetProperty("code").GetString());
    }

    private static string ImageRequest(string model) => $$$"""
        {"model":"{{{model}}}","messages":[{"role":"user","content":[
          {"type":"text","text":"Transcribe this page."},
          {"type":"image_url","image_url":{"url":"{{{TinyPng}}}"}}]}]}
        """;
}
