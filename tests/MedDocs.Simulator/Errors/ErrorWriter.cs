using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary>Writes an error answer, counting it and applying the plain-string fault.</summary>
internal sealed class ErrorWriter(SimulatorFaults faults, SimulatorStats stats)
{
    public async Task WriteAsync(HttpContext context, SimulatedError error, CancellationToken ct)
    {
        stats.CountError();
        context.Response.StatusCode = error.Status;
        if (error.PlainTextBody)
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(error.Message, ct);
            return;
        }

        bool plain = faults.TakePlainStringError();
        await JsonWriter.WriteAsync(context, error.ToJson(plain), ct);
    }
}
