using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// The operation behind Test-LMStudio and `meddocs health`: probes the configured server (LM Studio
/// for auto and builtin, since that is what auto would try first).
/// </summary>
public static class HealthCheck
{
    public static ServerTarget TargetFor(MedDocsSettings settings)
    {
        var kind = settings.Provider is ProviderKind.Auto or ProviderKind.Builtin ? ProviderKind.LMStudio : settings.Provider;
        return ProviderResolver.TargetFor(settings, kind);
    }

    public static async Task<ServerStatus> RunAsync(MedDocsSettings settings, ProbeOptions options, CancellationToken cancellationToken)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec));
        return await new ServerProbe(http).ProbeAsync(TargetFor(settings), options, cancellationToken).ConfigureAwait(false);
    }
}
