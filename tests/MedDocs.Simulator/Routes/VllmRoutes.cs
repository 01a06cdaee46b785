using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary>
/// vLLM's OpenAI server: GET /v1/models lists the served models with "max_model_len" (its ModelCard) and
/// "owned_by":"vllm"; GET /health answers 200 with an empty body.
/// </summary>
internal static class VllmRoutes
{
    private const long Created = 1_735_142_223;

    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        routes.MapGet("/health", context =>
        {
            state.Stats.CountOther();
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        });
        routes.MapGet("/v1/models", context =>
        {
            state.Stats.CountModels();
            return JsonWriter.WriteAsync(context, new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray([.. state.Models.All.Select(m => new JsonObject
                {
                    ["id"] = m.Id,
                    ["object"] = "model",
                    ["created"] = Created,
                    ["owned_by"] = "vllm",
                    ["root"] = m.Id,
                    ["parent"] = null,
                    ["max_model_len"] = state.RequestContext(m),
                })]),
            }, context.RequestAborted);
        });
    }
}
