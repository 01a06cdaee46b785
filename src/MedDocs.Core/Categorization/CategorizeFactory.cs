using MedDocs.Core.Configuration;
using MedDocs.Core.Operations;

namespace MedDocs.Core.Categorization;

/// <summary>Builds the categorize operation: the provider (none probed for -Engine Rules), the loader, and the cache when a model is asked.</summary>
public static class CategorizeFactory
{
    /// <exception cref="SettingsException">The settings name no usable server.</exception>
    /// <exception cref="Providers.LlmException">The chosen server does not answer, or Engine Llm without a server (NoServer).</exception>
    public static async Task<CategorizeOperation> CreateAsync(MedDocsSettings settings, CategorizeRequest request, OperationEvents events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var options = CategorizeOptions.From(settings) with { Engine = request.Engine };
        if (request.Categories is { Count: > 0 } categories)
        {
            options = options with { Categories = categories };
        }
        var rulesOnly = request.Engine == CategorizationEngine.Rules;
        var provider = await OperationSetup.ResolveProviderAsync(settings, !rulesOnly, events, cancellationToken).ConfigureAwait(false);
        // Rules-only runs send nothing, so there is nothing to cache.
        var cache = OperationSetup.OpenCache(settings, !provider.IsBuiltin && !rulesOnly, events);
        try
        {
            return new CategorizeOperation(options, provider, settings, OperationSetup.Loader(settings, events), cache);
        }
        catch
        {
            cache?.Dispose();
            throw;
        }
    }
}
