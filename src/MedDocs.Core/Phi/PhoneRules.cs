namespace MedDocs.Core.Phi;

/// <summary>
/// Telephone and fax numbers: North-American formats anywhere, international "+" numbers, and any national
/// format after a telephone label. A "fax" label just before (or "(fax)" just after) makes it a <see cref="PhiType.Fax"/>.
/// </summary>
internal static class PhoneRules
{
    private const int LabelWindow = 32;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        if (sink.MustRun(sink.Digits.PhoneTail))
        {
            foreach (var (index, length) in NorthAmericanMatches(sink))
            {
                if (text[index] != '+' && RuleText.PrecededBy(text, index, "+-./"))
                {
                    continue;
                }
                sink.Add(TypeFor(text, index, index + length), index, length, 0.9, "phone-us");
            }
        }

        foreach (var m in PhiPatterns.InternationalPhone().EnumerateMatches(text))
        {
            if (m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1]))
            {
                continue;
            }
            int digits = IdentifierChecks.CountDigits(text.AsSpan(m.Index, m.Length));
            if (digits is >= 8 and <= 15)
            {
                sink.Add(TypeFor(text, m.Index, m.Index + m.Length), m.Index, m.Length, 0.85, "phone-international");
            }
        }

        foreach (var m in LabelledPhoneMatches(sink))
        {
            var value = m.Groups["v"];
            int digits = IdentifierChecks.CountDigits(value.ValueSpan);
            if (digits is < 7 or > 15)
            {
                continue;
            }
            var type = m.Groups["fax"].Success ? PhiType.Fax : TypeFor(text, value.Index, value.Index + value.Length);
            sink.Add(type, value.Index, value.Length, 0.88, "phone-labelled");
        }
    }

    /// <summary>
    /// The matches of <see cref="PhiPatterns.NorthAmericanPhone"/>, left to right. ASCII texts: every match holds an exchange
    /// and a line number, whole digit runs of 3 and 4 joined by one of " .-", with the exchange at most 9 characters after the
    /// match's start ("+1 (555) "); so the search starts 10 characters before the next such pair at or after the last match's
    /// end, rather than trying every digit of the text (most are doses, values and dates).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static List<(int Index, int Length)> NorthAmericanMatches(FindingSink sink)
    {
        string text = sink.Text;
        var regex = PhiPatterns.NorthAmericanPhone();
        var matches = new List<(int Index, int Length)>();
        if (!sink.IsAscii)
        {
            foreach (var m in regex.EnumerateMatches(text))
            {
                matches.Add((m.Index, m.Length));
            }
            return matches;
        }
        var runs = sink.DigitRunList.Walk();
        int lastEnd = 0, previousStart = -1, previousEnd = -1;
        for (int start = runs.Next(0); start >= 0; start = runs.Next(previousEnd))
        {
            int end = runs.End(start);
            bool tail = end - start == 4 && previousEnd - previousStart == 3 && start == previousEnd + 1 && text[previousEnd] is ' ' or '.' or '-';
            int exchange = previousStart;
            (previousStart, previousEnd) = (start, end);
            if (!tail || exchange < lastEnd)
            {
                continue;
            }
            var m = regex.Match(text, Math.Max(lastEnd, exchange - MaximumPhoneLead));
            if (!m.Success)
            {
                break;
            }
            // Pairs whose exchange lies before the match's end are passed over: the next match starts at or after it.
            matches.Add((m.Index, m.Length));
            lastEnd = m.Index + m.Length;
        }
        return matches;
    }

    /// <summary>"+1 (555) ": the most characters a North-American match holds before its exchange (<see cref="NorthAmericanMatches"/>), plus one.</summary>
    private const int MaximumPhoneLead = 10;

    /// <summary>First words of the telephone labels of <see cref="PhiPatterns.LabelledPhone"/>.</summary>
    private static readonly AsciiWordSet LabelFirstWords = new(
    [
        "fax", "phone", "tel", "telephone", "cell", "cellphone", "mobile", "pager", "contact", "call", "answering", "reach", "messages", "ph",
    ]);

    private static readonly WordStarts LabelStarts = new(LabelFirstWords);

    /// <summary>
    /// Labelled numbers, left to right without overlaps. ASCII texts: the anchored pattern at label words only
    /// (the same matches as the unanchored search, which tried every word start); other texts: unanchored.
    /// </summary>
    private static IEnumerable<System.Text.RegularExpressions.Match> LabelledPhoneMatches(FindingSink sink)
    {
        string text = sink.Text;
        if (!sink.IsAscii)
        {
            for (var m = PhiPatterns.LabelledPhone().Match(text); m.Success; m = m.NextMatch())
            {
                yield return m;
            }
            yield break;
        }
        var regex = PhiPatterns.LabelledPhoneAt();
        int lastEnd = 0;
        foreach (int start in LabelStarts.Find(text, sink.LetterRuns))
        {
            if (start < lastEnd)
            {
                continue;
            }
            var m = regex.Match(text, start);
            if (m.Success)
            {
                lastEnd = m.Index + m.Length;
                yield return m;
            }
        }
    }

    /// <summary>Fax when the nearest telephone label before the number (same line) is "fax", or "(fax)" follows it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static PhiType TypeFor(string text, int start, int end)
    {
        int windowStart = Math.Max(0, start - LabelWindow);
        var before = text.AsSpan(windowStart, start - windowStart);
        int newline = before.LastIndexOf('\n');
        if (newline >= 0)
        {
            before = before[(newline + 1)..];
        }
        int fax = before.LastIndexOf("fax", StringComparison.OrdinalIgnoreCase);
        if (fax < 0)
        {
            // "Ph 757-555-0125  Fx 757-555-0126", "FX: …": the abbreviation as a word of its own.
            fax = LastIndexOfFx(before);
        }
        if (fax >= 0)
        {
            var afterFax = before[fax..];
            // Another label or number between "fax" and this number means the label belongs to something else; after the
            // verb ("faxed to the referring office (555) …") a place is where the fax goes.
            bool verb = afterFax.StartsWith("faxed", StringComparison.OrdinalIgnoreCase) || afterFax.StartsWith("faxing", StringComparison.OrdinalIgnoreCase);
            if (!afterFax.ContainsAnyInRange('0', '9') && IndexOfOtherLabel(afterFax, verb ? TelephoneLabels : OtherLabels) < 0)
            {
                return PhiType.Fax;
            }
        }
        if (IsAfterLetterheadF(before) || IsFaxHeaderSender(text, start, newline >= 0 ? windowStart + newline + 1 : -1))
        {
            return PhiType.Fax;
        }
        var after = text.AsSpan(end, Math.Min(12, text.Length - end)).TrimStart(" \t-(");
        if (after.StartsWith("fax", StringComparison.OrdinalIgnoreCase))
        {
            // "(fax)", "-Fax", " fax." after the number; "Fax 555…" starts the next number's label instead.
            var rest = after[3..];
            if (rest.IsEmpty || rest[0] is ')' or ',' or ';' or '.' or '\r' or '\n' or '\\')
            {
                return PhiType.Fax;
            }
        }
        return PhiType.Phone;
    }

    /// <summary>
    /// "P (312) 555-0101  F (312) 555-0102", "T: 555-0110 F: 555-0111": a capital F standing alone just before the number, on a
    /// letterhead line that already gave another number.
    /// </summary>
    private static bool IsAfterLetterheadF(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(" \t:.");
        return trimmed.Length >= 2 && trimmed[^1] == 'F' && !char.IsLetterOrDigit(trimmed[^2]) && trimmed[..^1].ContainsAnyInRange('0', '9')
            && trimmed.Length - before.Length >= -3;
    }

    /// <summary>The last "fx" in <paramref name="span"/> with no letter on either side, or -1.</summary>
    private static int LastIndexOfFx(ReadOnlySpan<char> span)
    {
        for (int at = span.Length; (at = span[..at].LastIndexOf("fx", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            if ((at == 0 || !char.IsLetter(span[at - 1])) && (at + 2 == span.Length || !char.IsLetter(span[at + 2])))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// The sender's number on a fax header: "-- FAXED RESULT --  From: Valley Lab  (559) 555-0153   12/02 11:47   Page 1/1".
    /// The line holds a fax word, then "From:" (or "Sender:") with no digit and no other telephone label between it and the number.
    /// <paramref name="lineStart"/> is the line's start when it lies within the label window (else it is looked for).
    /// </summary>
    private static bool IsFaxHeaderSender(string text, int start, int lineStart)
    {
        if (lineStart < 0)
        {
            lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        }
        if (start - lineStart > 200)
        {
            return false;
        }
        var line = text.AsSpan(lineStart, start - lineStart);
        int from = line.LastIndexOf("from", StringComparison.OrdinalIgnoreCase);
        if (from < 0)
        {
            from = line.LastIndexOf("sender", StringComparison.OrdinalIgnoreCase);
        }
        if (from < 0 || line[from..].IndexOf(':') < 0 || line[from..].ContainsAnyInRange('0', '9') || IndexOfOtherLabel(line[from..], OtherLabels) >= 0)
        {
            return false;
        }
        return line[..from].Contains("fax", StringComparison.OrdinalIgnoreCase);
    }

    private static int IndexOfOtherLabel(ReadOnlySpan<char> span, string[] labels)
    {
        foreach (var label in labels)
        {
            int index = span.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                return index;
            }
        }
        return -1;
    }

    private static readonly string[] OtherLabels = ["phone", "tel", "cell", "mobile", "office", "home", "pager"];

    /// <summary>The labels of another telephone (not the places a fax is sent to).</summary>
    private static readonly string[] TelephoneLabels = ["phone", "tel", "cell", "mobile", "pager"];
}
