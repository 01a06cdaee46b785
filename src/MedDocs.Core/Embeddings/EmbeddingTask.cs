namespace MedDocs.Core.Embeddings;

/// <summary>
/// What a text is embedded for. Models trained with task prefixes (nomic-embed-text) place documents and queries
/// in the same space only when each carries its prefix; other models ignore the task.
/// </summary>
public enum EmbeddingTask
{
    /// <summary>A passage to be searched (the default for documents): "search_document: ".</summary>
    Document,

    /// <summary>A search query compared against documents: "search_query: ".</summary>
    Query,

    /// <summary>Input to a classifier: "classification: ".</summary>
    Classification,

    /// <summary>Input to clustering or de-duplication: "clustering: ".</summary>
    Clustering,
}
