using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary>Applies drop/fail faults to a generation request before the server reads it, as an overloaded
/// server or a proxy in front of it would.</summary>
internal static class TransportFaultGate
{
    /// <summary>True when the request may proceed; otherwise the response has been failed or the connection aborted.</summary>
    public static async Task<bool> PassAsync(HttpContext context, SimulatorState state, CancellationToken ct)
    {
        switch (state.Faults.NextTransportFault())
        {
            case TransportFault.Drop:
                state.Stats.CountError();
                context.Abort();
                return false;
            case TransportFault.Fail:
                if (state.Faults.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await state.ErrorWriter.WriteAsync(context, ErrorCatalog.InjectedFailure(state.Faults.FailStatus), ct);
                return false;
            default:
                return true;
        }
    }
}
