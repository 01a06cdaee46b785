using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Picks the embedding model on a server: the configured name matched against the server's list (ids differ:
/// "text-embedding-nomic-embed-text-v1.5" in LM Studio, "nomic-embed-text:latest" in Ollama), else the server's first
/// embedding model. Says clearly, with the download command, when the server has none.
/// </summary>
public static class EmbeddingModels
{
    /// <summary>What to ask for when the server's list could not be read (it may be down; the request will say).</summary>
    public static string DefaultFor(ProviderKind kind) => kind switch
    {
        ProviderKind.Ollama => "nomic-embed-text",
        ProviderKind.OpenAI => "text-embedding-3-small",
        _ => "text-embedding-nomic-embed-text-v1.5",
    };

    /// <summary>
    /// The server's id of the embedding model to use. A model the user named is used as named (matched to the
    /// server's spelling when listed): MedDocs never refuses it for its name or a type the server did not report —
    /// if the server cannot embed with it, its own error says so. Without a name, the server's embedding model is
    /// chosen; throws <see cref="LlmException"/> (ModelNotFound) when it offers none.
    /// </summary>
    public static string Resolve(ResolvedProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var target = provider.Target ?? throw new InvalidOperationException("The builtin engine has no server models.");
        var configured = target.EmbeddingModel;
        if (provider.Models is not { Count: > 0 } models)
        {
            return configured ?? DefaultFor(target.Kind);
        }
        if (configured is not null)
        {
            return ModelMatcher.Find(models, configured)?.Id ?? configured;
        }
        return ProviderResolver.PickEmbedding(models) ?? throw Missing(target, models);
    }

    private static LlmException Missing(ServerTarget target, IReadOnlyList<ModelInfo> models) =>
        new(LlmErrorKind.ModelNotFound, target.Endpoint,
            $"{target.Label} at {target.Where} has no embedding model (models: {string.Join(", ", models.Select(m => $"{m.Id} ({m.Type})").Take(10))}).",
            ServerAdvice.GetEmbeddingModel(target) + " Or use the builtin provider.");
}
