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

    /// <summary>The server's id of the embedding model to use; throws <see cref="LlmException"/> (ModelNotFound) when there is none.</summary>
    public static string Resolve(ResolvedProvider provider)
    {
        var target = provider.Target ?? throw new InvalidOperationException("The builtin engine has no server models.");
        var configured = target.EmbeddingModel;
        if (provider.Models is not { Count: > 0 } models)
        {
            return configured ?? DefaultFor(target.Kind);
        }
        if (configured is null)
        {
            throw Missing(target, models, "has no embedding model");
        }
        var found = ModelMatcher.Find(models, configured);
        if (found is null)
        {
            throw Missing(target, models, $"has no model matching '{configured}'");
        }
        if (found.Type is ModelTypes.Llm or ModelTypes.Vlm)
        {
            throw Missing(target, models, $"lists '{found.Id}' as a {found.Type} model, not an embedding model");
        }
        return found.Id;
    }

    private static LlmException Missing(ServerTarget target, IReadOnlyList<ModelInfo> models, string problem)
    {
        var embedding = models.Where(m => m.IsEmbedding).Select(m => m.Id).ToList();
        var listed = embedding.Count > 0
            ? $"Its embedding models: {string.Join(", ", embedding)}."
            : $"It lists no embedding model (models: {string.Join(", ", models.Select(m => m.Id).Take(10))}).";
        var get = target.Kind == ProviderKind.Ollama ? "`ollama pull nomic-embed-text`" : "`lms get nomic-embed-text-v1.5`";
        return new LlmException(LlmErrorKind.ModelNotFound, target.Endpoint,
            $"{target.Label} at {target.Endpoint} {problem}. {listed}",
            $"Download one with {get}, or set -Model / MEDDOCS_EMBEDDING_MODEL to a listed embedding model, or use -Provider Builtin.");
    }
}
