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
        routes.MapPost("/api/show", context => ShowAsync(context, state));
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

    /// <summary>
    /// POST /api/show {"model": name} (docs.ollama.com/api, "Show model details"): capabilities say what the model
    /// is for ("completion", "vision", "embedding", "tools"), model_info carries "&lt;arch&gt;.context_length".
    /// </summary>
    private static async Task ShowAsync(HttpContext context, SimulatorState state)
    {
        state.Stats.CountModels();
        string? name = null;
        try
        {
            using System.Text.Json.JsonDocument body = System.Text.Json.JsonDocument.Parse(RequestBody.Get(context));
            name = body.RootElement.TryGetProperty("model", out System.Text.Json.JsonElement m) ? m.GetString()
                : body.RootElement.TryGetProperty("name", out System.Text.Json.JsonElement n) ? n.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            // Falls through to the not-found answer below, as Ollama does for a body without a model.
        }

        SimulatedModel? model = name is null ? null : state.Models.Find(name);
        if (model is null)
        {
            await state.ErrorWriter.WriteAsync(context, new SimulatedError(404, $"model '{name}' not found", PlainString: true), context.RequestAborted);
            return;
        }

        JsonArray capabilities = model.Type switch
        {
            SimulatedModelType.Embeddings => new JsonArray("embedding"),
            SimulatedModelType.Vlm => new JsonArray("completion", "vision"),
            _ => model.TrainedForToolUse ? new JsonArray("completion", "tools") : new JsonArray("completion"),
        };
        await JsonWriter.WriteAsync(context, new JsonObject
        {
            ["modelfile"] = $"FROM {model.Id}",
            ["parameters"] = model.NumCtxParameter is int numCtx ? $"num_ctx {numCtx}\nstop \"<|eot_id|>\"" : "stop \"<|eot_id|>\"",
            ["template"] = "{{ .Prompt }}",
            ["details"] = Details(model),
            ["model_info"] = new JsonObject
            {
                ["general.architecture"] = model.Arch,
                ["general.parameter_count"] = 3_212_749_888,
                [$"{model.Arch}.context_length"] = model.MaxContextLength,
            },
            ["capabilities"] = capabilities,
            ["modified_at"] = ModifiedAt.ToString("o"),
        }, context.RequestAborted);
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
