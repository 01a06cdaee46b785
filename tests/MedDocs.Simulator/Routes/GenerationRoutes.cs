using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary>The OpenAI-compatible generation routes every kind serves.</summary>
internal static class GenerationRoutes
{
    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        routes.MapPost("/v1/chat/completions", context => ChatEndpoint.HandleAsync(context, state));
        routes.MapPost("/v1/embeddings", context => EmbeddingsEndpoint.HandleAsync(context, state));
    }
}
