using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary>
/// llama.cpp's llama-server (tools/server/README.md): GET /health ({"status":"ok"}, 503 while loading), GET /props
/// (default_generation_settings.n_ctx = the per-slot context, total_slots = --parallel, modalities), GET /v1/models
/// and /models (the one served model, "owned_by":"llamacpp", with "meta": n_ctx_train and friends).
/// </summary>
internal static class LlamaCppRoutes
{
    private const long Created = 1_735_142_223;

    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        routes.MapGet("/health", context => HealthAsync(context, state));
        routes.MapGet("/v1/health", context => HealthAsync(context, state));
        routes.MapGet("/props", context =>
        {
            state.Stats.CountOther();
            return JsonWriter.WriteAsync(context, Props(state), context.RequestAborted);
        });
        routes.MapGet("/v1/models", context => ListAsync(context, state));
        routes.MapGet("/models", context => ListAsync(context, state));
    }

    private static Task HealthAsync(HttpContext context, SimulatorState state)
    {
        state.Stats.CountOther();
        return state.Faults.NoModelLoaded
            ? state.ErrorWriter.WriteAsync(context, state.Errors.NoModelsLoaded(), context.RequestAborted)
            : JsonWriter.WriteAsync(context, new JsonObject { ["status"] = "ok" }, context.RequestAborted);
    }

    private static Task ListAsync(HttpContext context, SimulatorState state)
    {
        state.Stats.CountModels();
        return JsonWriter.WriteAsync(context, new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. state.Models.All.Take(1).Select(m => Model(m, state.Faults.NoModelLoaded))]),
        }, context.RequestAborted);
    }

    private static JsonObject Model(SimulatedModel model, bool loading) => new()
    {
        ["id"] = model.Id,
        ["object"] = "model",
        ["created"] = Created,
        ["owned_by"] = "llamacpp",
        // "meta" is null while the model is still loading.
        ["meta"] = loading ? null : new JsonObject
        {
            ["vocab_type"] = 2,
            ["n_vocab"] = 151_936,
            ["n_ctx_train"] = model.MaxContextLength,
            ["n_embd"] = model.Type == SimulatedModelType.Embeddings ? model.EmbeddingDimensions : 1536,
            ["n_params"] = 1_543_714_304,
            ["size"] = model.SizeBytes,
        },
    };

    private static JsonObject Props(SimulatorState state)
    {
        IReadOnlyList<SimulatedModel> all = state.Models.All;
        SimulatedModel? model = all.Count > 0 ? all[0] : null;
        return new JsonObject
        {
            ["default_generation_settings"] = new JsonObject
            {
                ["id"] = 0,
                ["id_task"] = -1,
                ["n_ctx"] = model is null ? 0 : state.RequestContext(model),
                ["speculative"] = false,
                ["is_processing"] = false,
                ["params"] = new JsonObject { ["n_predict"] = -1, ["temperature"] = 0.8, ["max_tokens"] = -1 },
            },
            ["total_slots"] = state.Options.Slots,
            ["model_path"] = model?.Id,
            ["modalities"] = new JsonObject { ["vision"] = model?.Type == SimulatedModelType.Vlm, ["audio"] = false },
            ["build_info"] = "b6000-simulated",
        };
    }
}
