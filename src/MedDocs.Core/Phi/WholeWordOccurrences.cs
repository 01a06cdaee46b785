namespace MedDocs.Core.Phi;

/// <summary>
/// Where each of several names occurs in a text as a whole word, in any letter case (ordinal): no letter or digit just
/// before or after. <see cref="PlaceRules.CollectRepeats"/> searched the text once per name; a long document has many
/// names, and one walk over the text that looks the names up by their first two letters then does the work of all the
/// searches. Few names keep the searches (each is vectorised).
/// </summary>
internal static class WholeWordOccurrences
{
    /// <summary>From this many names on, <see cref="Walk"/> beats a search per name with <see cref="Next"/> (about even at 8 names, 1.7 times faster at 16, 3 times at 32 on the corpus notes joined 40 to a text).</summary>
    public const int WalkFrom = 12;

    /// <summary>For each name (same order), the starts of its whole-word occurrences, ascending: the plain way, a search per name.</summary>
    internal static List<int>[] Search(string text, IReadOnlyList<string> names)
    {
        var starts = new List<int>[names.Count];
        for (int n = 0; n < names.Count; n++)
        {
            starts[n] = SearchOne(text, names[n]);
        }
        return starts;
    }

    private static List<int> SearchOne(string text, string name)
    {
        var starts = new List<int>();
        for (int at = Next(text, name, 0); at >= 0; at = Next(text, name, at + 1))
        {
            starts.Add(at);
        }
        return starts;
    }

    /// <summary>The first whole-word occurrence of <paramref name="name"/> at or after <paramref name="from"/>; -1 when there is none.</summary>
    public static int Next(string text, string name, int from)
    {
        if (name.Length == 0)
        {
            return -1;
        }
        for (int at = from - 1; (at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            if (IsWholeWord(text, at, at + name.Length))
            {
                return at;
            }
        }
        return -1;
    }

    private static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>
    /// One walk over the places a word can start (a character that no letter or digit precedes): there the names that
    /// start with its two first characters are compared as the search compares them. Names whose first two characters
    /// are not an ASCII letter and an ASCII character are searched as before. Where the text holds a non-ASCII character
    /// in the first two places, every name that might start there is compared (the comparison decides what case folding
    /// makes equal).
    /// </summary>
    internal static List<int>[] Walk(TextTokens tokens, string[] names)
    {
        string text = tokens.Text;
        var starts = new List<int>[names.Length];
        // Names by first letter (folded) and second character (a letter, folded, or one key for any other ASCII character or
        // none): each name is in one bucket, so it is compared at most once at each place.
        var buckets = new List<int>?[26 * AsciiWordStartFilter.SecondKeys];
        var any = new List<int>();
        for (int n = 0; n < names.Length; n++)
        {
            string name = names[n];
            if (name.Length > 0 && char.IsAsciiLetter(name[0]) && (name.Length == 1 || char.IsAscii(name[1])))
            {
                starts[n] = [];
                (buckets[AsciiWordStartFilter.Key(name)] ??= []).Add(n);
                any.Add(n);
            }
            else
            {
                starts[n] = SearchOne(text, name);
            }
        }
        // The places a whole word can start: where a word token starts, and inside a word after an apostrophe or a hyphen
        // ("o'Vale" holds "Vale" as a whole word); non-ASCII characters are looked at too. A place may come twice or out
        // of order from the second walk: the lists it adds to are put in order again.
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                At(text, tokens[t].Start, names, buckets, any, starts);
            }
        }
        bool unordered = false;
        for (int i = text.IndexOfAny(AsciiInnerMarks); i >= 0 && i + 1 < text.Length; i = text.IndexOfAny(AsciiInnerMarks, i + 1))
        {
            unordered |= At(text, i + 1, names, buckets, any, starts);
        }
        for (int i = NextNonAscii(text, 0); i >= 0; i = NextNonAscii(text, i + 1))
        {
            unordered |= At(text, i, names, buckets, any, starts);
            if (text[i] == '’' && i + 1 < text.Length)
            {
                unordered |= At(text, i + 1, names, buckets, any, starts);
            }
        }
        if (unordered)
        {
            foreach (var list in starts)
            {
                list.Sort();
                for (int k = list.Count - 1; k > 0; k--)
                {
                    if (list[k] == list[k - 1])
                    {
                        list.RemoveAt(k);
                    }
                }
            }
        }
        return starts;
    }

    /// <summary>A word may start after one of these inside a word (with the typographic apostrophe, found among the non-ASCII characters).</summary>
    private static readonly char[] AsciiInnerMarks = ['\'', '-'];

    private static int NextNonAscii(string text, int from)
    {
        int offset = text.AsSpan(from).IndexOfAnyExceptInRange((char)0, (char)127);
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary>Compares the names that may start at <paramref name="at"/> when no letter or digit precedes it; true when one was found.</summary>
    private static bool At(string text, int at, string[] names, List<int>?[] buckets, List<int> any, List<int>[] starts)
    {
        if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            return false;
        }
        char c = text[at];
        if (!char.IsAsciiLetter(c))
        {
            return !char.IsAscii(c) && Compare(text, at, names, any, starts);
        }
        if (at + 1 < text.Length && !char.IsAscii(text[at + 1]))
        {
            bool found = false;
            for (int second = 0; second < AsciiWordStartFilter.SecondKeys; second++)
            {
                found |= Compare(text, at, names, buckets[((c | 0x20) - 'a') * AsciiWordStartFilter.SecondKeys + second], starts);
            }
            return found;
        }
        return Compare(text, at, names, buckets[AsciiWordStartFilter.Key(text.AsSpan(at))], starts);
    }

    private static bool Compare(string text, int start, string[] names, List<int>? candidates, List<int>[] starts)
    {
        if (candidates is null)
        {
            return false;
        }
        bool found = false;
        foreach (int n in candidates)
        {
            string name = names[n];
            int end = start + name.Length;
            if (end <= text.Length && text.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                starts[n].Add(start);
                found = true;
            }
        }
        return found;
    }
}
