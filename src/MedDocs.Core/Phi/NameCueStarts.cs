namespace MedDocs.Core.Phi;

/// <summary>
/// Necessary conditions for the anchored name patterns (<see cref="PhiPatterns.HonorificNameAt"/>,
/// <see cref="PhiPatterns.NameAfterPhraseAt"/>) to match at a start, checked before the pattern runs:
/// the title or cue phrase spelt out, then blanks (a colon) and a capital letter, which every name alternative and the
/// honorific begin with. Most cue words of a note ("seen in clinic", "reviewed with") fail here, and each pattern call
/// cost a match object and a runner. False means the pattern cannot match at that start; true means it may.
/// </summary>
internal static class NameCueStarts
{
    /// <summary>"Dr", "Mrs", "Doctor" … exactly as the pattern spells them, optional ".", blanks, a capital.</summary>
    public static bool MayBeTitleName(string text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }
        var title = text.AsSpan(start, end - start);
        if (!(title is "Dr" or "Mr" or "Mrs" or "Ms" or "Miss" or "Mx" or "Prof" or "Doctor"))
        {
            return false;
        }
        if (end < text.Length && text[end] == '.')
        {
            end++;
        }
        int afterBlanks = SkipBlanks(text, end);
        return afterBlanks > end && IsCapitalAt(text, afterBlanks);
    }

    /// <summary>A cue phrase of the pattern (any letter case) from its first word or "/s/", then what may precede a capital.</summary>
    public static bool MayBeCueName(string text, int start)
    {
        if (string.CompareOrdinal(text, start, "/s/", 0, 3) == 0)
        {
            return IsCapitalAt(text, SkipBlanks(text, start + 3));
        }
        int end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }
        var word = text.AsSpan(start, end - start);
        int next;
        if (word.Length >= 4 && Is(word[..4], "dear"))
        {
            // "dear" may run into the name ("DearJohn"; such starts come from texts with non-ASCII characters).
            next = start + 4;
        }
        else if (Is(word, "sincerely") || Is(word, "regards") || Is(word, "respectfully"))
        {
            // ",?[ \t]*\r?\n[ \t]*": the name on the next line.
            next = end < text.Length && text[end] == ',' ? end + 1 : end;
            next = SkipBlanks(text, next);
            if (next < text.Length && text[next] == '\r')
            {
                next++;
            }
            if (next >= text.Length || text[next] != '\n')
            {
                return false;
            }
            return IsCapitalAt(text, SkipBlanks(text, next + 1));
        }
        else if (Is(word, "spoke"))
        {
            next = AfterBlanksAndWord(text, end, "with");
        }
        else if (Is(word, "electronically"))
        {
            next = AfterBlanksAndWord(text, end, "signed");
            next = next < 0 ? -1 : AfterBlanksAndWord(text, next, "by");
        }
        else if (Is(word, "co"))
        {
            // "co-?signed": the run "co" ends at a hyphen ("cosigned" is a run of its own).
            next = end < text.Length && text[end] == '-' && end + 7 <= text.Length && Is(text.AsSpan(end + 1, 6), "signed") ? end + 7 : -1;
            next = next < 0 ? -1 : AfterBlanksAndWord(text, next, "by");
        }
        else
        {
            // "signed", "dictated", "seen", "cosigned" … then "by".
            next = AfterBlanksAndWord(text, end, "by");
        }
        if (next < 0)
        {
            return false;
        }
        // "[ \t]*:?[ \t]*", then an honorific or a name: a capital either way.
        next = SkipBlanks(text, next);
        if (next < text.Length && text[next] == ':')
        {
            next = SkipBlanks(text, next + 1);
        }
        return IsCapitalAt(text, next);
    }

    /// <summary>The offset after "[ \t]+" and <paramref name="word"/> (any letter case) from <paramref name="from"/>, or -1.</summary>
    private static int AfterBlanksAndWord(string text, int from, string word)
    {
        int next = SkipBlanks(text, from);
        if (next == from || next + word.Length > text.Length || !Is(text.AsSpan(next, word.Length), word))
        {
            return -1;
        }
        return next + word.Length;
    }

    private static bool Is(ReadOnlySpan<char> letters, string lower) => letters.Equals(lower, StringComparison.OrdinalIgnoreCase);

    private static int SkipBlanks(string text, int from)
    {
        while (from < text.Length && text[from] is ' ' or '\t')
        {
            from++;
        }
        return from;
    }

    /// <summary>An upper-case letter (\p{Lu}: the Unicode category, as the pattern asks).</summary>
    private static bool IsCapitalAt(string text, int at) => at < text.Length && char.IsUpper(text[at]);
}
