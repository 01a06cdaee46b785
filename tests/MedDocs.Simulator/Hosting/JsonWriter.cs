using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary>Writes JSON bodies the way the servers do (compact, UTF-8, application/json).</summary>
internal static class JsonWriter
{
    public static Task WriteAsync(HttpContext context, JsonNode body, CancellationToken ct, int status = 0)
    {
        if (status != 0)
        {
            context.Response.StatusCode = status;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(SimulatorJson.Options), ct);
    }
}
