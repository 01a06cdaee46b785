namespace MedDocs.Core.Categorization;

/// <summary>
/// Reads and writes category lists as people type them: "Name: one-line description" entries separated by ';'
/// (settings, .env) or one entry per value (-Category, --category). A name alone takes the default category's
/// description when it names one ("Bill"), else none.
/// </summary>
public static class CategoryList
{
    public const int MaxNameLength = 64;

    /// <summary>Parses "A: desc; B: desc"; false when an entry is empty, a name repeats or is too long.</summary>
    public static bool TryParse(string text, out IReadOnlyList<CategoryDefinition> categories) =>
        TryParse(text.Split(';'), out categories, out _);

    /// <summary>Parses one entry per string; <paramref name="problem"/> says what is wrong when false.</summary>
    public static bool TryParse(IEnumerable<string> entries, out IReadOnlyList<CategoryDefinition> categories, out string? problem)
    {
        var list = new List<CategoryDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        categories = list;
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var name = (colon < 0 ? entry : entry[..colon]).Trim();
            var description = colon < 0 ? null : entry[(colon + 1)..].Trim();
            if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
            {
                problem = $"category '{name}' needs a name of 1 to {MaxNameLength} characters on one line";
                return false;
            }
            if (!seen.Add(name))
            {
                problem = $"category '{name}' is given twice; names must be unique";
                return false;
            }
            list.Add(new CategoryDefinition(name, string.IsNullOrEmpty(description) ? DefaultDescription(name) : description));
        }
        problem = list.Count == 0 ? "at least one category is needed" : null;
        return list.Count > 0;
    }

    /// <summary>The list as "Name: description; …" (the form TryParse reads).</summary>
    public static string? Format(IReadOnlyList<CategoryDefinition>? categories) =>
        categories is null ? null : string.Join("; ", categories.Select(c => c.Description.Length == 0 ? c.Name : $"{c.Name}: {c.Description}"));

    private static string DefaultDescription(string name) =>
        DefaultCategories.All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))?.Description ?? string.Empty;
}
