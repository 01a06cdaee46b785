namespace MedDocs.Core.Cache;

/// <summary>
/// Which operation a cached answer belongs to, and whether that answer holds PHI. The data-at-rest policy
/// is this table: PHI-bearing answers (PHI findings, SOAP notes, medical entities) are read from and written
/// to the cache only when the user opts in (CachePhi); categories and embeddings are cached by default.
/// </summary>
/// <param name="Operation">The name stored with each entry (for statistics and `cache clear --operation`).</param>
/// <param name="PhiBearing">True when the model's answer quotes or summarises patient data.</param>
public sealed record CacheScope(string Operation, bool PhiBearing)
{
    public static CacheScope Categorize { get; } = new("categorize", PhiBearing: false);

    /// <summary>The LLM half of PHI detection: its answers are the identifiers themselves.</summary>
    public static CacheScope Phi { get; } = new("phi", PhiBearing: true);

    /// <summary>SOAP and structured notes, including map-reduce parts and merges.</summary>
    public static CacheScope SoapNote { get; } = new("soap", PhiBearing: true);

    public static CacheScope Entities { get; } = new("entities", PhiBearing: true);

    /// <summary>Vectors, one entry per input text (a document or one of its chunks).</summary>
    public static CacheScope Embeddings { get; } = new("embed", PhiBearing: false);

    public static IReadOnlyList<CacheScope> All { get; } = [Categorize, Phi, SoapNote, Entities, Embeddings];

    /// <summary>The scope with this operation name (case-insensitive), or null.</summary>
    public static CacheScope? Find(string operation) =>
        All.FirstOrDefault(s => string.Equals(s.Operation, operation, StringComparison.OrdinalIgnoreCase));
}
