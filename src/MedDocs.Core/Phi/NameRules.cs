using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// Person names: after an honorific ("Dr. Maria Lopez"), after a cue ("Patient:", "Attending:", "/s/",
/// "Electronically signed by", "Sincerely,"), a common given name followed by a surname ("John Smith"),
/// and — once names are known — later mentions of the same words ("Lopez" alone).
/// </summary>
internal static class NameRules
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        AddNames(sink, PhiPatterns.HonorificName(), minimumWords: 1, 0.85, "name-honorific");
        // A cue alone is weak evidence ("Re: Chest Pain"): ask for two words that are not clinical vocabulary.
        CollectAfterPhrases(sink);
        string text = sink.Text;
        for (var m = PhiPatterns.NameAfterColon().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            if (NameLabels.EndsWithLabel(text, m.Index) && TryTrim(text, name.Index, name.Length, 2, out int start, out int length))
            {
                sink.Add(PhiType.Name, start, length, 0.82, "name-cue");
            }
        }
        CollectGivenNameSurnames(sink);
    }

    /// <summary>First words of the cues of <see cref="PhiPatterns.NameAfterPhrase"/> ("co" for "co-signed by").</summary>
    private static readonly AsciiWordSet CueFirstWords = new(
    [
        "electronically", "signed", "dictated", "transcribed", "reviewed", "seen", "co", "cosigned", "referred", "accompanied",
        "performed", "verified", "requested", "spoke", "dear", "sincerely", "regards", "respectfully",
    ]);

    /// <summary>
    /// Names after cue phrases. In ASCII texts the anchored pattern runs only at cue words and "/s/" (the
    /// unanchored search tried nearly every letter); elsewhere the unanchored pattern runs as before.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectAfterPhrases(FindingSink sink)
    {
        if (!sink.IsAscii)
        {
            AddNames(sink, PhiPatterns.NameAfterPhrase(), minimumWords: 2, 0.82, "name-cue");
            return;
        }
        string text = sink.Text;
        var starts = CueFirstWords.FindWordStarts(text);
        int signature = -1;
        while ((signature = text.IndexOf("/s/", signature + 1, StringComparison.Ordinal)) >= 0)
        {
            starts.Add(signature);
        }
        starts.Sort();
        var regex = PhiPatterns.NameAfterPhraseAt();
        int lastEnd = 0;
        foreach (int start in starts)
        {
            if (start < lastEnd)
            {
                continue;
            }
            var m = regex.Match(text, start);
            if (!m.Success)
            {
                continue;
            }
            lastEnd = m.Index + m.Length;
            var name = m.Groups["name"];
            if (TryTrim(text, name.Index, name.Length, 2, out int trimmedStart, out int trimmedLength))
            {
                sink.Add(PhiType.Name, trimmedStart, trimmedLength, 0.82, "name-cue");
            }
        }
    }

    /// <summary>
    /// "John Smith": a capitalised word that starts a word (as \b would), is followed by a blank and is one of
    /// the common given names; the surname part is matched by an anchored pattern right after it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectGivenNameSurnames(FindingSink sink)
    {
        string text = sink.Text;
        var afterGivenName = PhiPatterns.AfterGivenName();
        int cursor = 0;
        while (cursor < text.Length)
        {
            int offset = text.AsSpan(cursor).IndexOfAnyInRange('A', 'Z');
            if (offset < 0)
            {
                return;
            }
            int start = cursor + offset;
            int end = start + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }
            cursor = end;
            // Every given name is ASCII letters followed by a blank; other starts inside the run are not word starts.
            if (end >= text.Length || text[end] is not (' ' or '\t') || (start > 0 && RuleText.IsWordCharacter(text[start - 1]))
                || !CommonGivenNames.Contains(text.AsSpan(start, end - start)))
            {
                continue;
            }
            foreach (var m in afterGivenName.EnumerateMatches(text, end))
            {
                int length = m.Index + m.Length - start;
                if (TryTrim(text, start, length, 2, out int trimmedStart, out int trimmedLength))
                {
                    sink.Add(PhiType.Name, trimmedStart, trimmedLength, 0.72, "name-given-list");
                }
                cursor = start + length;
                break;
            }
        }
    }

    /// <summary>
    /// Finds later mentions of words already known to be parts of names. Runs after the other rules
    /// because it needs their findings.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void CollectRepeats(FindingSink sink, IReadOnlyList<PhiFinding> known)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        ulong lengths = 0;
        foreach (var finding in known)
        {
            if (finding.Type != PhiType.Name)
            {
                continue;
            }
            foreach (var word in finding.Text.Split([' ', '\t', ',', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 3 && word.Length < 64 && char.IsUpper(word[0]) && !word.EndsWith('.') && !IsSuffix(word) && !NameStopWords.Contains(word))
                {
                    words.Add(word);
                    words.Add(word.ToUpperInvariant());
                    lengths |= 1UL << word.Length;
                }
            }
        }
        if (words.Count == 0)
        {
            return;
        }
        string text = sink.Text;
        foreach (var m in PhiPatterns.CapitalisedWord().EnumerateMatches(text))
        {
            // The length mask avoids allocating a string for most capitalised words.
            if (m.Length < 64 && (lengths & (1UL << m.Length)) != 0 && words.Contains(text.Substring(m.Index, m.Length)))
            {
                sink.Add(PhiType.Name, m.Index, m.Length, 0.65, "name-repeat");
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddNames(FindingSink sink, Regex regex, int minimumWords, double confidence, string rule)
    {
        string text = sink.Text;
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            if (TryTrim(text, name.Index, name.Length, minimumWords, out int start, out int length))
            {
                sink.Add(PhiType.Name, start, length, confidence, rule);
            }
        }
    }

    /// <summary>
    /// Cuts a candidate at its first stop word, drops trailing initials, and checks it still has enough
    /// real name words.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static bool TryTrim(string text, int start, int length, int minimumWords, out int trimmedStart, out int trimmedLength)
    {
        trimmedStart = start;
        trimmedLength = 0;
        int end = start + length;
        int words = 0;
        int lastTokenEnd = -1;
        int lastWordEnd = -1;
        int i = start;
        while (i < end)
        {
            while (i < end && text[i] is ' ' or '\t' or ',')
            {
                i++;
            }
            if (i >= end)
            {
                break;
            }
            int tokenStart = i;
            while (i < end && text[i] is not (' ' or '\t' or ','))
            {
                i++;
            }
            var token = text.AsSpan(tokenStart, i - tokenStart);
            bool isInitial = token.Length == 2 && token[1] == '.';
            bool isSuffix = IsSuffix(token.TrimEnd('.').ToString());
            if (!isInitial && !isSuffix && NameStopWords.Contains(token.TrimEnd('.').ToString()))
            {
                break;
            }
            if (lastTokenEnd < 0)
            {
                trimmedStart = tokenStart;
            }
            lastTokenEnd = i;
            if (!isInitial && !isSuffix)
            {
                words++;
                lastWordEnd = i;
            }
        }
        if (words < minimumWords || lastWordEnd < 0)
        {
            return false;
        }
        // Keep a suffix (Jr., III) that follows the last word; drop trailing initials.
        int keptEnd = lastWordEnd;
        if (lastTokenEnd > lastWordEnd)
        {
            var tail = text.AsSpan(lastWordEnd, lastTokenEnd - lastWordEnd).Trim(" \t,");
            if (IsSuffix(tail.TrimEnd('.').ToString()))
            {
                keptEnd = lastTokenEnd;
                // "Jr." may have been matched as a name word without its period.
                if (keptEnd < text.Length && text[keptEnd] == '.' && text[keptEnd - 1] != '.')
                {
                    keptEnd++;
                }
            }
        }
        trimmedLength = keptEnd - trimmedStart;
        return true;
    }

    private static bool IsSuffix(string word) => word is "Jr" or "Sr" or "II" or "III" or "IV" or "JR" or "SR";
}
