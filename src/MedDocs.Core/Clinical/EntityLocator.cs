namespace MedDocs.Core.Clinical;

/// <summary>
/// Finds where a mention the model quoted occurs in the source text: case-insensitive, tolerant of whitespace
/// (a line break in the transcript matches a space in the mention) and of typographic quotes and dashes,
/// preferring whole-word matches, and taking the first occurrence not yet given to an earlier mention, so two
/// entities quoting "aspirin" get the two places it is said. Not thread-safe: one locator per text.
/// </summary>
public sealed class EntityLocator
{
    private readonly string _folded;
    private readonly int[] _origin;
    private readonly int _sourceLength;
    private readonly HashSet<int> _used = [];

    public EntityLocator(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sourceLength = source.Length;
        (_folded, _origin) = Fold(source);
    }

    /// <summary>The span of the mention in the source (offset, length), or null when it does not occur.</summary>
    public (int Start, int Length)? Locate(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var (needle, _) = Fold(mention.Trim());
        if (needle.Length == 0)
        {
            return null;
        }
        int? firstWhole = null;
        int? firstAny = null;
        int? unusedAny = null;
        for (var at = _folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var whole = IsWholeWord(at, needle);
            firstAny ??= at;
            if (whole)
            {
                firstWhole ??= at;
            }
            if (!_used.Contains(at))
            {
                if (whole)
                {
                    return Claim(at, needle.Length);
                }
                unusedAny ??= at;
            }
        }
        // No unused whole-word match: a part-word match (quoted "fever" in "fevers"), else the place already
        // given (the same mention named twice) — it is in the text either way.
        var fallback = unusedAny ?? firstWhole ?? firstAny;
        return fallback is int start ? Claim(start, needle.Length) : null;
    }

    private (int, int) Claim(int foldedStart, int foldedLength)
    {
        _used.Add(foldedStart);
        var start = _origin[foldedStart];
        var end = _origin[foldedStart + foldedLength - 1] + 1;
        return (start, Math.Min(end, _sourceLength) - start);
    }

    private bool IsWholeWord(int at, string needle)
    {
        var end = at + needle.Length;
        var startOk = !char.IsLetterOrDigit(needle[0]) || at == 0 || !char.IsLetterOrDigit(_folded[at - 1]);
        var endOk = !char.IsLetterOrDigit(needle[^1]) || end >= _folded.Length || !char.IsLetterOrDigit(_folded[end]);
        return startOk && endOk;
    }

    /// <summary>Lower case, whitespace runs as one space, curly quotes and dashes as ASCII; with each folded character's source offset.</summary>
    private static (string Folded, int[] Origin) Fold(string text)
    {
        var folded = new char[text.Length];
        var origin = new int[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (length > 0 && folded[length - 1] == ' ')
                {
                    continue;
                }
                c = ' ';
            }
            folded[length] = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            };
            origin[length] = i;
            length++;
        }
        return (new string(folded, 0, length), origin);
    }
}
