namespace MedDocs.Core.Cache;

/// <summary>An embedding vector found in the cache, and the model that made it.</summary>
public sealed record CachedVector(float[] Vector, string Model);
