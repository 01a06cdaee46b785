namespace MedDocs.Core.Providers;

/// <summary>
/// Finds a configured model name among a server's models. Ids differ between servers
/// ("mlx-community/Qwen2.5-7B-Instruct-4bit", "qwen2.5-7b-instruct", "nomic-embed-text:latest"),
/// so matching goes from exact to looser, never guessing between two equal candidates.
/// </summary>
public static class ModelMatcher
{
    public static ModelInfo? Find(IReadOnlyList<ModelInfo> models, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        return Unique(models.Where(m => m.Id.Equals(name, StringComparison.OrdinalIgnoreCase)))
            ?? Unique(models.Where(m => LastSegment(m.Id).Equals(LastSegment(name), StringComparison.OrdinalIgnoreCase)))
            ?? Unique(models.Where(m => Squash(m.Id) == Squash(name)))
            ?? Unique(models.Where(m => Squash(m.Id).Contains(Squash(LastSegment(name)), StringComparison.Ordinal)));
    }

    private static ModelInfo? Unique(IEnumerable<ModelInfo> candidates)
    {
        var list = candidates.Take(2).ToList();
        // Prefer a loaded one when two ids differ only in decoration.
        return list.Count == 1 ? list[0] : null;
    }

    private static string LastSegment(string id)
    {
        var trimmed = id.EndsWith(":latest", StringComparison.OrdinalIgnoreCase) ? id[..^7] : id;
        var slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
    }

    private static string Squash(string id) =>
        new(LastSegment(id).ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
