using System.Collections.Concurrent;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Tests.Security;

/// <summary>Records every TCP connection MedDocs is about to open (a <see cref="ConnectObserver"/>).</summary>
internal sealed class ConnectionCounter
{
    private readonly ConcurrentQueue<string> _attempts = new();

    public ConnectObserver Observer => (host, port) => _attempts.Enqueue($"{host}:{port}");

    public IReadOnlyCollection<string> Attempts => _attempts.ToArray();

    public int Count => _attempts.Count;
}
