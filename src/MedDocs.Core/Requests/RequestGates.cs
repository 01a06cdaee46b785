using System.Collections.Concurrent;

namespace MedDocs.Core.Requests;

/// <summary>
/// The process-wide table of request gates, one per server endpoint (<see cref="EndpointKey"/>): every model client
/// in the process — each cmdlet in a runspace, each CLI command, every nesting level of an operation — takes its
/// slots from the same gate, so a server never has more requests in flight than the gate's size.
/// When two operations give one endpoint different sizes, the one set up last wins: the gate resizes (requests
/// already in flight finish; new ones wait until fewer than the new size are in flight). A client that states no
/// size (a health check) uses the gate as it is, or <see cref="DefaultSize"/> for a new one.
/// </summary>
public static class RequestGates
{
    /// <summary>LM Studio's default parallel slots (also the ServerSlots setting's default).</summary>
    public const int DefaultSize = 4;

    private static readonly ConcurrentDictionary<string, RequestGate> Gates = new(StringComparer.Ordinal);

    /// <summary>The gate for <paramref name="endpoint"/>, resized to <paramref name="size"/> when one is given.</summary>
    public static RequestGate For(Uri endpoint, int? size)
    {
        var key = EndpointKey.Of(endpoint);
        var gate = Gates.GetOrAdd(key, static (k, s) => new RequestGate(k, s ?? DefaultSize), size);
        if (size is int wanted && gate.Size != wanted)
        {
            gate.Resize(wanted);
        }
        return gate;
    }
}
