using System.Net;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Simulator;

public sealed class SimulatorStatsTests
{
    [Fact]
    public async Task SlotsCapConcurrentGenerations()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 4, LatencyMs = 300 });
        using SimulatorHttp http = new(server.BaseUrl);

        HttpReply[] replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => http.ChatAsync($"doc {i}")));

        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(4, server.Stats.Snapshot().MaxConcurrency);
        Assert.Equal(0, server.Stats.CurrentConcurrency);
    }

    [Fact]
    public async Task MaxInFlightCountsRequestsQueuedForASlotToo()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 2, LatencyMs = 300 });
        using SimulatorHttp http = new(server.BaseUrl);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => http.ChatAsync($"doc {i}")));

        var stats = server.Stats.Snapshot();
        Assert.Equal(2, stats.MaxConcurrency);
        Assert.Equal(6, stats.MaxInFlight);
        Assert.Equal(0, server.Stats.CurrentInFlight);
    }

    [Fact]
    public async Task OneSlotSerialisesChatAndEmbeddings()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 1, LatencyMs = 100 });
        using SimulatorHttp http = new(server.BaseUrl);

        await Task.WhenAll(
            http.ChatAsync("a"),
            http.ChatAsync("b"),
            http.PostAsync("v1/embeddings", """{"model":"text-embedding-nomic-embed-text-v1.5","input":"c"}"""));

        Assert.Equal(1, server.Stats.Snapshot().MaxConcurrency);
    }

    [Fact]
    public async Task StatsCountEachKindOfRequestAndReset()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        await http.GetAsync("v1/models");
        await http.GetAsync("api/v0/models");
        await http.ChatAsync("a");
        await http.ChatAsync("b", extra: ""","stream":true""");
        await http.ChatAsync("c", model: "unknown-model");
        await http.GetAsync("api/health");
        SimulatorStatsSnapshot stats = server.Stats.Snapshot();
        HttpReply overHttp = await http.GetAsync("simulator/stats");

        Assert.Equal(2, stats.Models);
        Assert.Equal(2, stats.Chat);
        Assert.Equal(1, stats.ChatStream);
        Assert.Equal(1, stats.Other);
        Assert.Equal(2, stats.Errors); // unknown model + unknown route
        Assert.Equal(3, stats.Generations);
        Assert.Equal(3, stats.ByPath["POST /v1/chat/completions"]);
        Assert.Equal(1, stats.ByPath["GET /api/health"]);
        Assert.Equal(2, overHttp.Json.GetProperty("chat").GetInt64());
        Assert.Equal(1, overHttp.Json.GetProperty("chatStream").GetInt64());
        Assert.Equal(3, overHttp.Json.GetProperty("byPath").GetProperty("POST /v1/chat/completions").GetInt64());
        Assert.False(overHttp.Json.GetProperty("byPath").TryGetProperty("GET /simulator/stats", out _));

        HttpReply reset = await http.PostAsync("simulator/reset", "");
        Assert.Equal(0, reset.Json.GetProperty("chat").GetInt64());
        Assert.Equal(0, server.Stats.Snapshot().Generations);
        Assert.Empty(server.Stats.Snapshot().ByPath);
    }

    [Fact]
    public async Task RequestLogKeepsRecentBodiesWithinCapacity()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions { RequestLogCapacity = 3 });
        using SimulatorHttp http = new(server.BaseUrl);

        for (int i = 0; i < 5; i++)
        {
            await http.ChatAsync($"document {i}");
        }

        await http.GetAsync("simulator/stats");

        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("document 4", server.Requests[^1].Body, StringComparison.Ordinal);
        Assert.Contains("document 2", server.Requests[0].Body, StringComparison.Ordinal);
        server.ClearRequests();
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ModelsCanBeLoadedOverHttp()
    {
        await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using SimulatorHttp http = new(server.BaseUrl);

        await http.PostAsync("simulator/load?model=meditron-7b", "");
        Assert.True(server.Models.Find("meditron-7b")!.Loaded);
        await http.PostAsync("simulator/unload", "");
        Assert.DoesNotContain(server.Models.All, m => m.Loaded);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("simulator/load?model=nope", "")).Status);
    }
}
