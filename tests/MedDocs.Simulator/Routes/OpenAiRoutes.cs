using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary>OpenAI's model listing; OpenAI serves nothing else of interest here.</summary>
internal static class OpenAiRoutes
{
    private const long Created = 1_721_172_741;

    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        routes.MapGet("/v1/models", context =>
        {
            state.Stats.CountModels();
            return JsonWriter.WriteAsync(context, new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray([.. state.Models.All.Select(Model)]),
            }, context.RequestAborted);
        });
        routes.MapGet("/v1/models/{**id}", context =>
        {
            state.Stats.CountModels();
            string id = context.Request.RouteValues["id"] as string ?? string.Empty;
            return state.Models.Find(id) is { } model
                ? JsonWriter.WriteAsync(context, Model(model), context.RequestAborted)
                : state.ErrorWriter.WriteAsync(context, state.Errors.ModelNotFound(id, []), context.RequestAborted);
        });
    }

    private static JsonObject Model(SimulatedModel model) => new()
    {
        ["id"] = model.Id,
        ["object"] = "model",
        ["created"] = Created,
        ["owned_by"] = model.Publisher,
    };
}
