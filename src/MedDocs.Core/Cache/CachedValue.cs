namespace MedDocs.Core.Cache;

/// <summary>A stored answer: the validated JSON (UTF-8) or a vector's bytes, and the model that produced it.</summary>
internal sealed record CachedValue(byte[] Value, string Model);

/// <summary>One answer to store under its key.</summary>
internal sealed record CacheWrite(byte[] Key, string Model, byte[] Value);
