namespace MedDocs.Core.Cache;

/// <summary>The cache file cannot be used in this run (made by a newer MedDocs, or damaged and locked by another program); the message says what to do.</summary>
internal sealed class CacheFileException : Exception
{
    public CacheFileException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
