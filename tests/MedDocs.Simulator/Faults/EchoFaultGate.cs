using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary>
/// Answers a generation with an error that quotes what the client sent, as some servers do: pydantic v2's validation
/// errors carry the offending "input" (FastAPI returns them as 422 {"detail": […]}, docs.pydantic.dev "Validation
/// Errors"), handlers that format the bad value into their message, plain-text tracebacks, and auth layers that
/// print the header they refused.
/// </summary>
internal static class EchoFaultGate
{
    /// <summary>True when the request may proceed; otherwise the echoing error has been written.</summary>
    public static async Task<bool> PassAsync(HttpContext context, SimulatorState state, string echoed, CancellationToken ct)
    {
        if (!state.Faults.TakeEchoError())
        {
            return true;
        }

        state.Stats.CountError();
        string authorization = context.Request.Headers.Authorization.FirstOrDefault() ?? "(none)";
        switch (state.Faults.EchoErrorStyle)
        {
            case EchoStyle.FastApi422:
                await JsonWriter.WriteAsync(context, new JsonObject
                {
                    ["detail"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "string_too_long",
                        ["loc"] = new JsonArray("body", "messages", 1, "content"),
                        ["msg"] = "String should have at most 4096 characters",
                        ["input"] = echoed,
                    }),
                }, ct, StatusCodes.Status422UnprocessableEntity);
                break;
            case EchoStyle.Json400:
                await JsonWriter.WriteAsync(context, new JsonObject
                {
                    ["error"] = new JsonObject { ["message"] = $"Could not process the prompt: {echoed}", ["type"] = "invalid_request_error" },
                }, ct, StatusCodes.Status400BadRequest);
                break;
            case EchoStyle.PlainText500:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync($"Internal Server Error\nTraceback (most recent call last):\n  ValueError: cannot tokenize {echoed}", ct);
                break;
            default:
                await JsonWriter.WriteAsync(context, new JsonObject
                {
                    ["error"] = new JsonObject { ["message"] = $"Invalid Authorization header: {authorization}", ["type"] = "authentication_error" },
                }, ct, StatusCodes.Status401Unauthorized);
                break;
        }

        return false;
    }
}
