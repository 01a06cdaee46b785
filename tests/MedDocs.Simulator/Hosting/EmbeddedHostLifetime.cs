using Microsoft.Extensions.Hosting;

namespace MedDocs.Simulator;

/// <summary>Host lifetime for a server embedded in a test process: it must not take over Ctrl+C or SIGTERM.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
