using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Operations;

/// <summary>
/// The setup every factory shares, written once: which server (with the rules-only short cut that never probes),
/// the document loader (the settings' limits and PDF password, warnings to the host), and the result cache.
/// </summary>
public static class OperationSetup
{
    /// <summary>The provider of a run that sends nothing to a model: no probe (it would cost the probe timeout when no server runs).</summary>
    public static ResolvedProvider RulesOnly { get; } = new(ProviderKind.Builtin, null, "Engine Rules: no server is contacted.");

    /// <summary>
    /// The provider to use: <see cref="RulesOnly"/> when the request needs no server, else auto selection and model
    /// matching, said once (a fall-back to builtin as a notice, the choice as verbose detail).
    /// </summary>
    /// <exception cref="SettingsException">The settings name no usable server (e.g. openai-compatible without an endpoint).</exception>
    /// <exception cref="LlmException">The chosen server does not answer, or policy refuses it.</exception>
    public static async Task<ResolvedProvider> ResolveProviderAsync(MedDocsSettings settings, bool contactsServer, OperationEvents events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(events);
        if (!contactsServer)
        {
            return RulesOnly;
        }
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec));
        var resolved = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
        if (resolved.FellBackToBuiltin)
        {
            events.Notice(resolved.Note);
        }
        else
        {
            events.Verbose(resolved.Note);
        }
        return resolved;
    }

    /// <summary>The loader for one run: the settings' limits and PDF password, one decoding budget, each document's warnings to the host.</summary>
    public static DocumentLoader Loader(MedDocsSettings settings, OperationEvents events)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(events);
        var pdf = settings.PdfPassword is { } password ? new MedDocs.Pdf.PdfOpenOptions { Password = password } : null;
        return new DocumentLoader(settings.DocumentLimits, pdf, warning => events.Warning(warning.Message));
    }

    /// <summary>
    /// The result cache when <paramref name="wanted"/> and the settings allow it; a cache that cannot be opened is a
    /// warning and the run goes on without it (the cache only saves requests).
    /// </summary>
    public static ResultCache? OpenCache(MedDocsSettings settings, bool wanted, OperationEvents events)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(events);
        if (!wanted)
        {
            return null;
        }
        try
        {
            var cache = ResultCache.OpenFor(settings, SettingsRequest.ProcessEnvironment());
            foreach (var warning in cache?.TakeWarnings() ?? [])
            {
                events.Warning(warning);
            }
            return cache;
        }
        catch (MedDocsException ex)
        {
            events.Warning(ex.Message);
            return null;
        }
    }
}
