using System.Net;
using System.Text.Json;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Simulator;

public sealed class SimulatorFaultTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task FailNextRequestsFailsExactlyThatMany(int status)
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.FailNextRequests = 2;
        server.Faults.FailStatus = status;

        HttpReply first = await http.ChatAsync("a");
        HttpReply second = await http.ChatAsync("b");
        HttpReply third = await http.ChatAsync("c");

        Assert.Equal((HttpStatusCode)status, first.Status);
        Assert.Equal((HttpStatusCode)status, second.Status);
        Assert.Equal(JsonValueKind.Object, first.Json.GetProperty("error").ValueKind);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(2, server.Stats.Snapshot().Errors);
    }

    [Fact]
    public async Task FailuresCanCarryRetryAfter()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.FailNextRequests = 1;
        server.Faults.FailStatus = 429;
        server.Faults.RetryAfterSeconds = 3;

        HttpReply reply = await http.ChatAsync("a");

        Assert.Equal(TimeSpan.FromSeconds(3), reply.Headers.RetryAfter);
    }

    [Fact]
    public async Task FailEveryNthFailsThePeriodicRequests()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.FailEveryNth = 3;

        List<HttpStatusCode> statuses = [];
        for (int i = 0; i < 6; i++)
        {
            statuses.Add((await http.ChatAsync($"doc {i}")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError], statuses);
    }

    [Fact]
    public async Task DropConnectionAbortsWithoutAResponse()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.DropConnection = 1;

        await Assert.ThrowsAsync<HttpRequestException>(() => http.ChatAsync("dropped"));
        HttpReply next = await http.ChatAsync("fine");

        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Fact]
    public async Task MalformedJsonIsA200ThatDoesNotParse()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.MalformedJsonNext = 1;

        HttpReply broken = await http.ChatAsync("a");
        HttpReply fine = await http.ChatAsync("a");

        Assert.Equal(HttpStatusCode.OK, broken.Status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(broken.Text));
        Assert.Equal(JsonValueKind.Object, fine.Json.ValueKind);
    }

    [Fact]
    public async Task MalformedStreamChunkIsFollowedByDone()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.MalformedJsonNext = 1;

        HttpReply reply = await http.ChatAsync("a", extra: ""","stream":true""");

        string[] events = reply.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("data: [DONE]", events[^1]);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(events[^2]["data: ".Length..]));
    }

    [Fact]
    public async Task InvalidContentViolatesTheSchemaOnce()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        JsonElement schema = JsonDocument.Parse(SampleSchemas.Categorization).RootElement;
        string format = SampleSchemas.ResponseFormat(SampleSchemas.Categorization);
        server.Faults.InvalidContentNext = 1;

        HttpReply invalid = await http.ChatAsync("Lab report", extra: format);
        HttpReply valid = await http.ChatAsync("Lab report", extra: format);

        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.NotEmpty(TestSchemaValidator.Errors(schema, invalid.Content));
        Assert.Equal("Recipe", JsonDocument.Parse(invalid.Content).RootElement.GetProperty("category").GetString());
        Assert.Empty(TestSchemaValidator.Errors(schema, valid.Content));
    }

    [Fact]
    public async Task InvalidContentWithoutEnumIsProse()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.InvalidContentNext = 1;

        HttpReply reply = await http.ChatAsync("Lab report", extra: SampleSchemas.ResponseFormat("""{"type":"array","items":{"type":"string"}}"""));

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(reply.Content));
    }

    [Fact]
    public async Task PlainStringErrorSwitchesTheErrorShapeOnce()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.FailNextRequests = 2;
        server.Faults.PlainStringErrorNext = 1;

        HttpReply plain = await http.ChatAsync("a");
        HttpReply structured = await http.ChatAsync("a");

        Assert.Equal(JsonValueKind.String, plain.Json.GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.Object, structured.Json.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task FinishReasonFaults()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.EmptyFinishReasonNext = 1;
        server.Faults.NullFinishReasonNext = 1;

        JsonElement empty = (await http.ChatAsync("a")).Json.GetProperty("choices")[0].GetProperty("finish_reason");
        JsonElement missing = (await http.ChatAsync("a")).Json.GetProperty("choices")[0].GetProperty("finish_reason");
        server.Faults.FinishReasonOverride = "eos";
        JsonElement odd = (await http.ChatAsync("a")).Json.GetProperty("choices")[0].GetProperty("finish_reason");
        server.Faults.FinishReasonOverride = null;
        JsonElement normal = (await http.ChatAsync("a")).Json.GetProperty("choices")[0].GetProperty("finish_reason");

        Assert.Equal("", empty.GetString());
        Assert.Equal(JsonValueKind.Null, missing.ValueKind);
        Assert.Equal("eos", odd.GetString());
        Assert.Equal("stop", normal.GetString());
    }

    [Fact]
    public async Task NoModelLoadedRefusesGenerationAndListsEverythingUnloaded()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.NoModelLoaded = true;

        HttpReply chat = await http.ChatAsync("a");
        HttpReply embeddings = await http.PostAsync("v1/embeddings", """{"input":"a"}""");
        JsonElement listing = (await http.GetAsync("api/v0/models")).Json.GetProperty("data");

        Assert.Equal(HttpStatusCode.BadRequest, chat.Status);
        Assert.StartsWith("No models loaded. Please load a model", chat.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, embeddings.Status);
        Assert.All(listing.EnumerateArray(), m => Assert.Equal("not-loaded", m.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task UnknownRouteEverywhereMakesEvenModelsAnError()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        using SimulatorHttp http = new(server.BaseUrl);
        server.Faults.UnknownRouteEverywhere = true;

        HttpReply reply = await http.GetAsync("v1/models");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Unexpected endpoint or method. (GET /v1/models)", reply.ErrorMessage);
    }

    [Fact]
    public async Task HangOutlastsAClientTimeout()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl, timeout: TimeSpan.FromMilliseconds(300));
        server.Faults.HangMs = 20_000;

        await Assert.ThrowsAsync<TaskCanceledException>(() => http.GetAsync("v1/models"));
    }

    [Fact]
    public async Task FaultsCanBeSetOverHttp()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply set = await http.PostAsync("simulator/faults", """{"failNextRequests":1,"FailStatus":503,"FinishReasonOverride":"eos","NoModelLoaded":false}""");
        HttpReply unknown = await http.PostAsync("simulator/faults", """{"FailNext":1}""");
        HttpReply badValue = await http.PostAsync("simulator/faults", """{"FailStatus":200}""");

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal(1, server.Faults.FailNextRequests);
        Assert.Equal(503, server.Faults.FailStatus);
        Assert.Equal("eos", server.Faults.FinishReasonOverride);
        Assert.Equal(503, set.Json.GetProperty("FailStatus").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("FailNext", unknown.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badValue.Status);
        Assert.Equal(503, server.Faults.FailStatus);

        await http.PostAsync("simulator/faults", """{"reset":true}""");
        Assert.Equal(0, server.Faults.FailNextRequests);
        Assert.Null(server.Faults.FinishReasonOverride);
    }
}
