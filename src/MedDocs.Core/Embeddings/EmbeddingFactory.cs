using MedDocs.Core.Configuration;
using MedDocs.Core.Operations;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Builds the embedding operation: the provider (auto falls back to the builtin embedder), the server's embedding
/// model (checked against its list) or the builtin one, the cache for server vectors, and the loader.
/// </summary>
public static class EmbeddingFactory
{
    /// <exception cref="SettingsException">The settings name no usable server.</exception>
    /// <exception cref="LlmException">The chosen server does not answer or has no embedding model.</exception>
    /// <exception cref="MedDocsException">The builtin model is not installed.</exception>
    public static async Task<EmbeddingDocumentOperation> CreateAsync(MedDocsSettings settings, EmbeddingRequest request, OperationEvents events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(events);
        var provider = await OperationSetup.ResolveProviderAsync(settings, contactsServer: true, events, cancellationToken).ConfigureAwait(false);
        var options = new EmbeddingOptions
        {
            Chunk = request.Chunk,
            Task = request.Task,
            Dimensions = request.Dimensions,
            IncludeText = request.IncludeText,
            BuiltinModel = request.BuiltinModel ?? settings.EmbeddingModel,
            BatchSize = settings.EmbeddingBatchSize,
        };
        // The builtin embedder is local and fast: only server vectors are cached.
        var cache = OperationSetup.OpenCache(settings, request.UseCache && !provider.IsBuiltin, events);
        try
        {
            var embedder = EmbeddingOperation.Create(provider, LlmClientOptions.From(settings), options, cache, cancellationToken);
            if (embedder.IsLexical)
            {
                events.Verbose($"Embedding with the builtin {embedder.Model}: lexical (shared words and spellings), not semantic.");
            }
            else if (embedder.IsBuiltin)
            {
                events.Verbose($"Embedding with the builtin {embedder.Model} on this computer's CPU (384 dimensions, {embedder.ContextTokens}-token window; use chunking for longer texts).");
            }
            return new EmbeddingDocumentOperation(embedder, OperationSetup.Loader(settings, events), cache);
        }
        catch
        {
            cache?.Dispose();
            throw;
        }
    }
}
