using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary>LM Studio's model listings: OpenAI's <c>/v1/models</c>, the REST <c>/api/v0/models</c> (0.3+) and <c>/api/v1/models</c> (0.4).</summary>
internal static class LmStudioRoutes
{
    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        // With JIT loading on (the default) LM Studio lists every downloaded model here, loaded or not.
        routes.MapGet("/v1/models", context => ListAsync(context, state, OpenAiModelList(state)));
        routes.MapGet("/api/v0/models", context => ListAsync(context, state, new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. state.Models.All.Select(m => V0Model(m, state.Faults.NoModelLoaded))]),
        }));
        routes.MapGet("/api/v0/models/{**id}", context => SingleV0Async(context, state));
        if (state.Options.LmStudioApiVersion >= LmStudioApiVersion.V1)
        {
            routes.MapGet("/api/v1/models", context => ListAsync(context, state, new JsonObject
            {
                ["models"] = new JsonArray([.. state.Models.All.Select(m => V1Model(m, state.Faults.NoModelLoaded))]),
            }));
        }
    }

    private static JsonObject OpenAiModelList(SimulatorState state) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray([.. state.Models.All.Select(m => new JsonObject
        {
            ["id"] = m.Id,
            ["object"] = "model",
            ["owned_by"] = m.Publisher,
        })]),
    };

    private static Task ListAsync(HttpContext context, SimulatorState state, JsonObject body)
    {
        state.Stats.CountModels();
        return JsonWriter.WriteAsync(context, body, context.RequestAborted);
    }

    private static Task SingleV0Async(HttpContext context, SimulatorState state)
    {
        state.Stats.CountModels();
        string id = context.Request.RouteValues["id"] as string ?? string.Empty;
        SimulatedModel? model = state.Models.Find(id);
        return model is null
            ? state.ErrorWriter.WriteAsync(context, new SimulatedError(404, $"Model \"{id}\" not found", PlainString: true), context.RequestAborted)
            : JsonWriter.WriteAsync(context, V0Model(model, state.Faults.NoModelLoaded), context.RequestAborted);
    }

    private static JsonObject V0Model(SimulatedModel model, bool forceUnloaded)
    {
        bool loaded = model.Loaded && !forceUnloaded;
        JsonObject json = new()
        {
            ["id"] = model.Id,
            ["object"] = "model",
            ["type"] = model.WireType,
            ["publisher"] = model.Publisher,
            ["arch"] = model.Arch,
            ["compatibility_type"] = model.WireFormat,
            ["quantization"] = model.Quantization,
            ["state"] = loaded ? "loaded" : "not-loaded",
            ["max_context_length"] = model.MaxContextLength,
        };
        if (loaded)
        {
            json["loaded_context_length"] = model.EffectiveContextLength;
        }

        if (model.TrainedForToolUse)
        {
            json["capabilities"] = new JsonArray("tool_use");
        }

        return json;
    }

    private static JsonObject V1Model(SimulatedModel model, bool forceUnloaded)
    {
        bool loaded = model.Loaded && !forceUnloaded;
        bool embedding = model.Type == SimulatedModelType.Embeddings;
        JsonObject json = new()
        {
            // 0.4 folds "vlm" into "llm" and says vision through capabilities.
            ["type"] = embedding ? "embedding" : "llm",
            ["publisher"] = model.Publisher,
            ["key"] = model.Id,
            ["display_name"] = model.DisplayName ?? model.Id,
            ["architecture"] = model.Arch,
            ["quantization"] = new JsonObject { ["name"] = model.Quantization, ["bits_per_weight"] = QuantizationBits.Of(model.Quantization) },
            ["size_bytes"] = model.SizeBytes,
            ["params_string"] = model.ParamsString,
            ["loaded_instances"] = loaded
                ? new JsonArray(new JsonObject { ["id"] = model.Id, ["config"] = new JsonObject { ["context_length"] = model.EffectiveContextLength } })
                : new JsonArray(),
            ["max_context_length"] = model.MaxContextLength,
            ["format"] = model.WireFormat,
        };
        if (!embedding)
        {
            json["capabilities"] = new JsonObject
            {
                ["vision"] = model.Type == SimulatedModelType.Vlm,
                ["trained_for_tool_use"] = model.TrainedForToolUse,
            };
        }

        json["description"] = null;
        return json;
    }
}
