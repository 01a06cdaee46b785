namespace MedDocs.Core.Categorization;

/// <summary>
/// Splits a file name (directory and extension dropped) into lower-case tokens at '_', '-', '.', spaces,
/// letter/digit changes and camelCase humps: "ERVisitNotes_2024-03.pdf" → er, visit, notes, 2024, 03.
/// </summary>
internal static class FileNameTokenizer
{
    public static List<string> Tokenize(string? fileName)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return tokens;
        }

        var name = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length || !char.IsLetterOrDigit(name[i]) || (start >= 0 && IsHump(name, i));
            if (boundary && start >= 0)
            {
                tokens.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }

            if (i < name.Length && char.IsLetterOrDigit(name[i]) && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>A new token starts at a lower→upper change, an "ABc" acronym end, or a letter/digit change.</summary>
    private static bool IsHump(string s, int i)
    {
        var previous = s[i - 1];
        var current = s[i];
        if (!char.IsLetterOrDigit(previous))
        {
            return false;
        }

        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }

        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }

        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < s.Length && char.IsLower(s[i + 1]);
    }
}
