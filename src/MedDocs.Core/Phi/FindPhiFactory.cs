using MedDocs.Core.Configuration;
using MedDocs.Core.Operations;

namespace MedDocs.Core.Phi;

/// <summary>Builds Find-Phi's operation: the provider (none probed for -Engine Rules or Tagger), the engines, the loader and the cache.</summary>
public static class FindPhiFactory
{
    /// <exception cref="SettingsException">The settings name no usable server.</exception>
    /// <exception cref="Providers.LlmException">The chosen server does not answer.</exception>
    /// <exception cref="MedDocsException">Llm or Hybrid was asked for but no server is in use.</exception>
    public static async Task<PhiDocumentOperation> CreateAsync(MedDocsSettings settings, FindPhiRequest request, OperationEvents events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var options = request;
        var provider = await OperationSetup.ResolveProviderAsync(settings, options.Engine?.NeedsServer() != false, events, cancellationToken).ConfigureAwait(false);
        // Only the model's answers are cached, and only with the opt-in (CachePhi): an offline run opens no cache.
        var cache = OperationSetup.OpenCache(settings, FindPhiOperation.ChooseEngine(options.Engine, provider).NeedsServer(), events);
        try
        {
            return new PhiDocumentOperation(FindPhiOperation.Create(settings, provider, options, cache), OperationSetup.Loader(settings, events), cache);
        }
        catch
        {
            cache?.Dispose();
            throw;
        }
    }
}
