using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MedDocs.Simulator;

/// <summary>Whatever no route matched (including a known path with the wrong method), answered as the real server does.</summary>
internal static class UnknownRoute
{
    public static void Map(IEndpointRouteBuilder routes, SimulatorState state) =>
        routes.MapFallback("{*path}", context => WriteAsync(context, state, state.Errors));

    public static Task WriteAsync(HttpContext context, SimulatorState state, ErrorCatalog errors)
    {
        state.Stats.CountOther();
        return state.ErrorWriter.WriteAsync(context, errors.UnknownRoute(context.Request.Method, context.Request.Path.Value ?? "/"), context.RequestAborted);
    }
}
