using System.Text;
using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary>Runs before every API route: records the request, checks the key, and applies the faults that
/// concern the whole server (hang, "up but not serving the API").</summary>
internal static class ApiMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, SimulatorState state)
    {
        string path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(ControlRoutes.Prefix + "/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        CancellationToken ct = context.RequestAborted;
        string body;
        try
        {
            using StreamReader reader = new(context.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(ct);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return; // The client went away mid-upload; nobody is waiting for an answer.
        }

        Record(context, state, path, body);

        if (!Authorized(context, state, out bool keyPresent))
        {
            await state.ErrorWriter.WriteAsync(context, state.Errors.Unauthorized(keyPresent), ct);
            return;
        }

        if (state.Faults.HangMs is > 0 and int hang)
        {
            try
            {
                await Task.Delay(hang, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (state.Faults.RedirectTo is { } target)
        {
            // A reverse proxy or a moved server: 307 keeps the method and body, so a client that follows it re-sends everything.
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = target.TrimEnd('/') + path + context.Request.QueryString;
            return;
        }

        if (state.Faults.UnknownRouteEverywhere)
        {
            state.Stats.CountOther();
            await state.ErrorWriter.WriteAsync(context, new ErrorCatalog(SimulatorKind.LMStudio).UnknownRoute(context.Request.Method, path), ct);
            return;
        }

        await next(context);
    }

    private static void Record(HttpContext context, SimulatorState state, string path, string body)
    {
        RequestBody.Set(context, body);
        state.Stats.CountPath(context.Request.Method, path);
        int limit = state.Options.MaxLoggedBodyChars;
        bool truncated = body.Length > limit;
        state.Requests.Add(new RecordedRequest(
            DateTimeOffset.UtcNow,
            context.Request.Method,
            path,
            context.Request.QueryString.Value ?? string.Empty,
            truncated ? body[..limit] : body,
            truncated,
            context.Request.Headers.Authorization.FirstOrDefault()));
    }

    private static bool Authorized(HttpContext context, SimulatorState state, out bool keyPresent)
    {
        string? header = context.Request.Headers.Authorization.FirstOrDefault();
        string? key = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        keyPresent = !string.IsNullOrEmpty(key);
        if (state.Options.ApiKey is { } required)
        {
            return string.Equals(key, required, StringComparison.Ordinal);
        }

        return state.Kind != SimulatorKind.OpenAI || keyPresent;
    }
}
