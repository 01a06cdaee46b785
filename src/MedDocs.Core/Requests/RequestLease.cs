namespace MedDocs.Core.Requests;

/// <summary>One slot of a <see cref="RequestGate"/>, held while a request is on the wire; disposing gives it back (once).</summary>
public sealed class RequestLease : IDisposable
{
    private RequestGate? _gate;

    internal RequestLease(RequestGate gate) => _gate = gate;

    public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Exit();
}
