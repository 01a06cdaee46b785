using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary><c>/simulator/*</c>: stats, faults and model loading over HTTP, for a person driving a standalone server with curl.
/// These routes are never counted, faulted or logged.</summary>
internal static class ControlRoutes
{
    public const string Prefix = "/simulator";

    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        routes.MapGet($"{Prefix}/stats", context => JsonWriter.WriteAsync(context, StatsJson(state.Stats.Snapshot()), context.RequestAborted));
        routes.MapPost($"{Prefix}/reset", context =>
        {
            state.Stats.Reset();
            return JsonWriter.WriteAsync(context, StatsJson(state.Stats.Snapshot()), context.RequestAborted);
        });
        routes.MapGet($"{Prefix}/faults", context => JsonWriter.WriteAsync(context, FaultsJsonBinder.ToJson(state.Faults), context.RequestAborted));
        routes.MapPost($"{Prefix}/faults", context => SetFaultsAsync(context, state));
        routes.MapGet($"{Prefix}/requests", context => JsonWriter.WriteAsync(context, RequestsJson(state.Requests), context.RequestAborted));
        routes.MapPost($"{Prefix}/load", context => SetLoadedAsync(context, state, loaded: true));
        routes.MapPost($"{Prefix}/unload", context => SetLoadedAsync(context, state, loaded: false));
    }

    public static JsonObject StatsJson(SimulatorStatsSnapshot s)
    {
        JsonObject byPath = [];
        foreach ((string path, long count) in s.ByPath)
        {
            byPath[path] = count;
        }

        return new JsonObject
        {
            ["chat"] = s.Chat,
            ["chatStream"] = s.ChatStream,
            ["embeddings"] = s.Embeddings,
            ["embeddingInputs"] = s.EmbeddingInputs,
            ["models"] = s.Models,
            ["other"] = s.Other,
            ["errors"] = s.Errors,
            ["maxConcurrency"] = s.MaxConcurrency,
            ["maxInFlight"] = s.MaxInFlight,
            ["byPath"] = byPath,
        };
    }

    private static async Task SetFaultsAsync(HttpContext context, SimulatorState state)
    {
        CancellationToken ct = context.RequestAborted;
        using StreamReader reader = new(context.Request.Body);
        string text = await reader.ReadToEndAsync(ct);
        string? error;
        try
        {
            using JsonDocument document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            error = FaultsJsonBinder.Apply(state.Faults, document.RootElement);
        }
        catch (JsonException ex)
        {
            error = $"Fault body is not valid JSON: {ex.Message}";
        }

        if (error is not null)
        {
            await JsonWriter.WriteAsync(context, new JsonObject { ["error"] = error }, ct, StatusCodes.Status400BadRequest);
            return;
        }

        await JsonWriter.WriteAsync(context, FaultsJsonBinder.ToJson(state.Faults), ct);
    }

    private static Task SetLoadedAsync(HttpContext context, SimulatorState state, bool loaded)
    {
        string? id = context.Request.Query["model"];
        if (string.IsNullOrEmpty(id) && !loaded)
        {
            state.Models.UnloadAll();
        }
        else if (string.IsNullOrEmpty(id) || !state.Models.SetLoaded(id, loaded))
        {
            return JsonWriter.WriteAsync(
                context,
                new JsonObject { ["error"] = $"Unknown model '{id}'. Pass ?model=<id> with an id from the catalog." },
                context.RequestAborted,
                StatusCodes.Status404NotFound);
        }

        return JsonWriter.WriteAsync(
            context,
            new JsonObject { ["models"] = new JsonArray([.. state.Models.All.Select(m => new JsonObject { ["id"] = m.Id, ["loaded"] = m.Loaded })]) },
            context.RequestAborted);
    }

    private static JsonArray RequestsJson(RequestLog log) =>
    [
        .. log.Snapshot().Select(r => new JsonObject
        {
            ["receivedAt"] = r.ReceivedAt.ToString("o"),
            ["method"] = r.Method,
            ["path"] = r.Path,
            ["bodyLength"] = r.Body.Length,
            ["body"] = r.Body.Length > 2000 ? r.Body[..2000] + "…" : r.Body,
        }),
    ];
}
