using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// The operation behind Test-LMStudio and `meddocs health`: probes the configured server (LM Studio
/// for auto and builtin, since that is what auto would try first). A host the endpoint policy refuses is not
/// contacted: the status says why.
/// </summary>
public static class HealthCheck
{
    public static ServerTarget TargetFor(MedDocsSettings settings)
    {
        var kind = settings.Provider is ProviderKind.Auto or ProviderKind.Builtin ? ProviderKind.LMStudio : settings.Provider;
        return ProviderResolver.TargetFor(settings, kind);
    }

    public static Task<ServerStatus> RunAsync(MedDocsSettings settings, ProbeOptions options, CancellationToken cancellationToken) =>
        RunAsync(settings, options, null, cancellationToken);

    /// <param name="observer">Told of every connection before it opens (tests prove refused hosts see none).</param>
    public static async Task<ServerStatus> RunAsync(MedDocsSettings settings, ProbeOptions options, ConnectObserver? observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec), observer);
        return await new ServerProbe(http).ProbeAsync(TargetFor(settings), options, cancellationToken).ConfigureAwait(false);
    }
}
