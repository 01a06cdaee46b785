using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary>Ollama's native listing routes plus its OpenAI-compatible <c>/v1/models</c>.</summary>
internal static class OllamaRoutes
{
    public const string Version = "0.12.3";
    private static readonly DateTimeOffset ModifiedAt = new(2025, 9, 20, 10, 15, 30, TimeSpan.Zero);

    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        routes.MapMethods("/", ["GET", "HEAD"], async context =>
        {
            state.Stats.CountOther();
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Ollama is running", context.RequestAborted);
        });
        routes.MapGet("/api/version", context =>
        {
            state.Stats.CountOther();
            return JsonWriter.WriteAsync(context, new JsonObject { ["version"] = Version }, context.RequestAborted);
        });
        routes.MapGet("/api/tags", context => ListAsync(context, state, new JsonObject
        {
            ["models"] = new JsonArray([.. state.Models.All.Select(Tag)]),
        }));
        routes.MapGet("/api/ps", context => ListAsync(context, state, new JsonObject
        {
            ["models"] = new JsonArray([.. state.Models.All.Where(m => m.Loaded && !state.Faults.NoModelLoaded).Select(Running)]),
        }));
        routes.MapGet("/v1/models", context => ListAsync(context, state, new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. state.Models.All.Select(m => new JsonObject
            {
                ["id"] = m.Id,
                ["object"] = "model",
                ["created"] = ModifiedAt.ToUnixTimeSeconds(),
                ["owned_by"] = m.Publisher,
            })]),
        }));
    }

    private static Task ListAsync(HttpContext context, SimulatorState state, JsonObject body)
    {
        state.Stats.CountModels();
        return JsonWriter.WriteAsync(context, body, context.RequestAborted);
    }

    private static JsonObject Tag(SimulatedModel model) => new()
    {
        ["name"] = model.Id,
        ["model"] = model.Id,
        ["modified_at"] = ModifiedAt.ToString("o"),
        ["size"] = model.SizeBytes,
        ["digest"] = Digest(model.Id),
        ["details"] = Details(model),
    };

    private static JsonObject Running(SimulatedModel model) => new()
    {
        ["name"] = model.Id,
        ["model"] = model.Id,
        ["size"] = model.SizeBytes,
        ["digest"] = Digest(model.Id),
        ["details"] = Details(model),
        ["expires_at"] = DateTimeOffset.UtcNow.AddMinutes(5).ToString("o"),
        ["size_vram"] = model.SizeBytes,
        ["context_length"] = model.EffectiveContextLength,
    };

    private static JsonObject Details(SimulatedModel model) => new()
    {
        ["parent_model"] = "",
        ["format"] = model.WireFormat,
        ["family"] = model.Arch,
        ["families"] = new JsonArray(model.Arch),
        ["parameter_size"] = model.ParamsString,
        ["quantization_level"] = model.Quantization,
    };

    private static string Digest(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
