using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary>The request body, read once by the recording middleware and shared with the handlers.</summary>
internal static class RequestBody
{
    private const string ItemKey = "MedDocs.Simulator.Body";

    public static void Set(HttpContext context, string body) => context.Items[ItemKey] = body;

    public static string Get(HttpContext context) => context.Items.TryGetValue(ItemKey, out object? body) ? (string?)body ?? "" : "";
}
