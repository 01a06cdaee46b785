namespace MedDocs.Core.Embeddings;

/// <summary>
/// Which embedding models need task prefixes, and the prefixes. Only the nomic-embed-text family does among the
/// models local servers ship (nomic's model card: "search_document: ", "search_query: ", "classification: ",
/// "clustering: "); without them its vectors are markedly worse. mxbai-embed-large uses a query instruction of its
/// own and bge/e5 models other conventions, so they are left untouched rather than guessed at.
/// </summary>
public static class TaskPrefixes
{
    /// <summary>True for nomic-embed-text ids as LM Studio and Ollama list them (text-embedding-nomic-embed-text-v1.5, nomic-embed-text:latest) and nomic-embed*-v1.5.</summary>
    public static bool AreRequiredBy(string? model)
    {
        if (string.IsNullOrEmpty(model))
        {
            return false;
        }
        return model.Contains("nomic-embed-text", StringComparison.OrdinalIgnoreCase) ||
               (model.Contains("nomic-embed", StringComparison.OrdinalIgnoreCase) && model.Contains("v1.5", StringComparison.OrdinalIgnoreCase));
    }

    public static string For(EmbeddingTask task) => task switch
    {
        EmbeddingTask.Document => "search_document: ",
        EmbeddingTask.Query => "search_query: ",
        EmbeddingTask.Classification => "classification: ",
        EmbeddingTask.Clustering => "clustering: ",
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown embedding task."),
    };

    /// <summary>The text as the model should see it: prefixed when the model needs it, else unchanged.</summary>
    public static string Apply(string text, EmbeddingTask task, string? model) =>
        AreRequiredBy(model) ? For(task) + text : text;
}
