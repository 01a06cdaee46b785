using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// Numbers read out in speech-to-text transcripts: digit words ("five five five oh one four two") become
/// telephone numbers when seven or more follow each other (ten or eleven: a full number; five after "zip": a ZIP).
/// </summary>
internal static class SpokenNumbers
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "oh",
    ];

    /// <summary>0–90 for a number word (100 for "hundred", 0 for "oh"); -1 for any other word.</summary>
    public static int Value(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 9)
        {
            return -1;
        }
        int value = WordValues.Get(word, -1);
        if (value != AsciiWordValues.NotAscii)
        {
            return value;
        }
        for (int i = 0; i < Words.Length; i++)
        {
            if (word.Equals(Words[i], StringComparison.OrdinalIgnoreCase))
            {
                return ValueAt(i);
            }
        }
        return -1;
    }

    private static int ValueAt(int index) => index switch { < 20 => index, 28 => 100, 29 => 0, _ => (index - 18) * 10 };

    /// <summary>Every word of <see cref="Words"/> with its value: one lookup per word of a text instead of 30 comparisons.</summary>
    private static readonly AsciiWordValues WordValues = BuildWordValues();

    private static AsciiWordValues BuildWordValues()
    {
        var values = new int[Words.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ValueAt(i);
        }
        return new AsciiWordValues(Words, values);
    }

    private static bool IsAfterWord(TextTokens tokens, int first, string word, int window)
    {
        for (int k = first - 1; k >= 0 && first - k <= window; k--)
        {
            if (tokens.WordIs(k, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"gina dot ruggiero at bayline dot net": an e-mail address read out.</summary>
    private static bool TrySpokenEmail(FindingSink sink, TextTokens tokens, int i)
    {
        // "tbrightwater58 at gmail dot com": letters and digits glued into one local part start the address.
        int start = i;
        while (start > 0 && tokens.Touches(start) && (tokens.IsWord(start - 1) || tokens.IsNumber(start - 1)))
        {
            start--;
        }
        int k = i;
        int at = -1;
        while (k + 2 < tokens.Count && (tokens.IsWord(k) || k == i && tokens.IsNumber(k)) && !tokens[k + 1].NewLineBefore && (tokens.WordIs(k + 1, "dot") || tokens.WordIs(k + 1, "at") && at < 0)
            && tokens.IsWord(k + 2))
        {
            if (tokens.WordIs(k + 1, "at"))
            {
                at = k + 1;
            }
            k += 2;
        }
        if (at < 0 || k == at + 1 || !(tokens.WordIs(k, "com") || tokens.WordIs(k, "org") || tokens.WordIs(k, "net") || tokens.WordIs(k, "edu") || tokens.WordIs(k, "gov")))
        {
            return false;
        }
        sink.Add(PhiType.Email, tokens[start].Start, tokens[k].End - tokens[start].Start, 0.8, "spoken-email");
        return true;
    }

    /// <summary>"the account number … it's seven seven oh …", "member id is w two eight …": the label a few words before.</summary>
    private static PhiType? LabelBefore(TextTokens tokens, int first)
    {
        for (int k = first - 1; k >= 0 && first - k <= 10; k--)
        {
            if (!tokens.IsWord(k))
            {
                continue;
            }
            if (LabelType(tokens.Span(k)) is PhiType type)
            {
                return type;
            }
            var word = tokens.Span(k);
            // "license number is …", "account number …": the word before "number" names it; alone it is a phone number.
            if (word.Equals("number", StringComparison.OrdinalIgnoreCase))
            {
                // "your reference number is …", "the claim number …": a number of its own kind, not a telephone.
                return !tokens.IsWord(k - 1) ? null : IdWords.Contains(tokens.Span(k - 1)) ? PhiType.Other : LabelType(tokens.Span(k - 1));
            }
            if (word.Equals("phone", StringComparison.OrdinalIgnoreCase) || word.Equals("call", StringComparison.OrdinalIgnoreCase)
                || word.Equals("cell", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The identifier type a spoken label word names, or null: one lookup, no string per word asked.</summary>
    private static PhiType? LabelType(ReadOnlySpan<char> word)
    {
        int listed = LabelTypes.Get(word, -1);
        return listed == AsciiWordValues.NotAscii ? LabelTypeExact(word) : listed < 0 ? null : (PhiType)listed;
    }

    private static readonly string[] LabelTypeWords =
    [
        "account", "acct", "member", "policy", "insurance", "medicaid", "medicare", "subscriber", "mrn", "record", "social", "ssn",
        "license", "licence", "npi", "dea", "permit",
    ];

    private static readonly AsciiWordValues LabelTypes = new(
        LabelTypeWords, Array.ConvertAll(LabelTypeWords, w => (int)LabelTypeExact(w)!.Value));

    /// <summary>The exact (allocating) comparison, for a word with a non-ASCII character and to build <see cref="LabelTypes"/>.</summary>
    private static PhiType? LabelTypeExact(ReadOnlySpan<char> word) => word.Length > 12 ? null : word.ToString().ToLowerInvariant() switch
    {
        "account" or "acct" => PhiType.AccountNumber,
        "member" or "policy" or "insurance" or "medicaid" or "medicare" or "subscriber" => PhiType.HealthPlanId,
        "mrn" or "record" => PhiType.Mrn,
        "social" or "ssn" => PhiType.Ssn,
        "license" or "licence" or "npi" or "dea" or "permit" => PhiType.LicenseNumber,
        _ => null,
    };

    /// <summary>
    /// "page me back at four four seven one", "the one ending in four four one two", "extension two oh four": a short
    /// spoken number is a telephone extension or the end of a number when such a cue comes first (small words between).
    /// </summary>
    private static bool AfterShortNumberCue(TextTokens tokens, int first) =>
        CueBefore(tokens, first, static (t, k) => ShortNumberCues.Contains(t.Span(k)) || t.WordIs(k, "code") && t.WordIs(k - 1, "area")); // "the area code is two one four".

    /// <summary>A word meeting <paramref name="isCue"/> within four words before <paramref name="first"/> on its line, only <see cref="ShortNumberFillers"/> between.</summary>
    private static bool CueBefore(TextTokens tokens, int first, Func<TextTokens, int, bool> isCue)
    {
        for (int k = first - 1; k >= 0 && first - k <= 4 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (!tokens.IsWord(k))
            {
                return false;
            }
            if (isCue(tokens, k))
            {
                return true;
            }
            if (!ShortNumberFillers.Contains(tokens.Span(k)))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Single letters spelled out right before <paramref name="first"/> on its line ("p a", "w c", "m r n"): their count, up to three; "a" and "i" only beside another letter.</summary>
    private static int SpelledLettersBefore(TextTokens tokens, int first)
    {
        int count = 0;
        for (int k = first - 1; k >= 0 && count < 3 && !tokens[k + 1].NewLineBefore && tokens.IsWord(k) && tokens[k].Length == 1 && !tokens.Touches(k + 1); k--)
        {
            count++;
        }
        // "i d" is the word ID said aloud: the label, not part of the number.
        bool id = tokens.WordIs(first - 1, "d") && tokens.WordIs(first - 2, "i");
        return count >= 2 && !id ? count : 0;
    }

    /// <summary>"i d", "id", "badge", "reference", "confirmation" (with "number", "is", "#" between) right before a spoken number.</summary>
    private static bool AfterSpokenId(TextTokens tokens, int first) =>
        CueBefore(tokens, first, static (t, k) => t.WordIs(k, "d") && t.WordIs(k - 1, "i") || IdWords.Contains(t.Span(k)));

    private static readonly AsciiWordSet IdWords = new(["id", "badge", "reference", "confirmation", "claim", "case", "ticket", "tracking", "authorization", "order"]);

    /// <summary>
    /// "the key is b x k four t nine", "confirmation r two d nine k": letters and digit words spoken in turn, a code read out.
    /// At least five items, two letters other than "a"/"i" and two digits, and a letter after a digit (letters only before the
    /// digits are the spelled prefix the digit rule already reads); the run starts at <paramref name="i"/>, after no item.
    /// </summary>
    private static bool TrySpelledMixed(FindingSink sink, TextTokens tokens, ref int i)
    {
        if (i > 0 && !tokens[i].NewLineBefore && IsSpelledItem(tokens, i - 1))
        {
            return false;
        }
        int end = i, letters = 0, digits = 0;
        bool letterAfterDigit = false;
        for (int k = i; k < tokens.Count && (k == i || !tokens[k].NewLineBefore) && IsSpelledItem(tokens, k); k++)
        {
            end = k;
            if (tokens[k].Length == 1 && Value(tokens.Span(k)) < 0)
            {
                letters += tokens.Span(k) is "a" or "A" or "i" or "I" ? 0 : 1;
                letterAfterDigit |= digits > 0;
            }
            else
            {
                digits++;
            }
        }
        if (end - i + 1 < 5 || letters < 2 || digits < 2 || !letterAfterDigit || IsSpinalLevels(tokens, i, end))
        {
            return false;
        }
        sink.Add(LabelBefore(tokens, i) ?? PhiType.Other, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.72, "spoken-identifier");
        i = end;
        return true;
    }

    /// <summary>"l three l four l five", "c five c six": vertebral levels, every letter a spine region's (c, t, l, s) and followed by its number.</summary>
    private static bool IsSpinalLevels(TextTokens tokens, int start, int end)
    {
        for (int k = start; k <= end; k++)
        {
            bool letter = tokens[k].Length == 1 && Value(tokens.Span(k)) < 0;
            if (letter && ((tokens.Span(k)[0] | 0x20) is not ('c' or 't' or 'l' or 's') || k == end || Value(tokens.Span(k + 1)) < 0))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A single letter or a digit word (0–9, "oh").</summary>
    private static bool IsSpelledItem(TextTokens tokens, int k) =>
        tokens.IsWord(k) && (tokens[k].Length == 1 && char.IsAsciiLetter(tokens.Span(k)[0]) || Value(tokens.Span(k)) is >= 0 and <= 9);

    /// <summary>A street word ("road", "lane", "avenue" …) among the eight words before <paramref name="first"/> on its line.</summary>
    private static bool IsAfterStreetWord(TextTokens tokens, int first)
    {
        for (int k = first - 1; k >= 0 && first - k <= 8 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens.IsWord(k) && StreetWords.Contains(tokens.Span(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Street types as they are spoken (in full), and the unit words that may follow them.</summary>
    private static readonly AsciiWordSet StreetWords = new(
    [
        "street", "road", "avenue", "lane", "drive", "boulevard", "court", "terrace", "circle", "trail", "parkway", "highway", "route",
        "pike", "loop", "square", "crescent", "alley", "plaza", "apartment", "unit", "suite",
    ]);

    /// <summary>"call nine one one": the emergency number is nobody's phone.</summary>
    private static bool IsEmergencyNumber(TextTokens tokens, int first, int last) =>
        last == first + 2 && Value(tokens.Span(first)) == 9 && Value(tokens.Span(first + 1)) == 1 && Value(tokens.Span(last)) == 1;

    private static readonly AsciiWordSet ShortNumberCues = new(["extension", "ext", "pager", "page", "beeper", "beep", "ending", "ends", "x", "call", "reach"]);

    private static readonly AsciiWordSet ShortNumberFillers = new(["at", "me", "back", "is", "in", "him", "her", "us", "them", "number", "on"]);

    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            // "gina dot ruggiero at …", "pdevries at harbornet dot org".
            if ((tokens.IsWord(i) || tokens.IsNumber(i) && tokens.Touches(i)) && (tokens.WordIs(i + 1, "dot") || tokens.WordIs(i + 1, "at") && tokens.WordIs(i + 3, "dot")) && TrySpokenEmail(sink, tokens, i))
            {
                continue;
            }
            if (tokens.IsWord(i) && tokens[i].Length == 1 && TrySpelledMixed(sink, tokens, ref i))
            {
                continue;
            }
            if (!tokens.IsWord(i) || Value(tokens.Span(i)) is < 0 or > 9)
            {
                continue;
            }
            // A run of single digit words ("oh" and "double" allowed), on one line.
            int end = i;
            int digits = 1;
            while (tokens.IsWord(end + 1) && !tokens[end + 1].NewLineBefore && (Value(tokens.Span(end + 1)) is >= 0 and <= 9 || tokens.WordIs(end + 1, "hundred")))
            {
                end++;
                digits += tokens.WordIs(end, "hundred") ? 2 : 1;
            }
            bool zip = digits == 5 && IsAfterWord(tokens, i, "zip", 6);
            int letters = SpelledLettersBefore(tokens, i);
            if (letters >= 2 && digits >= 4)
            {
                // "p a two six one one eight four", "w c two six oh four …": letters spelled out before the digits make a
                // reference, claim or member number, not a telephone.
                var labelled = LabelBefore(tokens, i - letters) ?? PhiType.Other;
                sink.Add(labelled, tokens[i - letters].Start, tokens[end].End - tokens[i - letters].Start, 0.75, "spoken-identifier");
            }
            else if (digits is >= 4 and < 7 && AfterSpokenId(tokens, i))
            {
                // "interpreter i d two two four one seven", "badge number four four one two".
                sink.Add(PhiType.Other, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.72, "spoken-identifier");
            }
            else if (digits >= 7 || zip)
            {
                var label = zip ? null : LabelBefore(tokens, i);
                var type = zip ? PhiType.Zip : label ?? PhoneRules.TypeFor(tokens.Text, tokens[i].Start, tokens[end].End);
                // "s five three one …": a licence or member number read out may start with a letter.
                int start = label is not null && tokens.IsWord(i - 1) && tokens[i - 1].Length == 1 && !tokens[i].NewLineBefore
                    && tokens.Span(i - 1) is not ("a" or "A" or "i" or "I") ? i - 1 : i;
                sink.Add(type, tokens[start].Start, tokens[end].End - tokens[start].Start, 0.75, "spoken-number");
            }
            else if (digits is >= 3 and <= 5 && AfterShortNumberCue(tokens, i) && !IsEmergencyNumber(tokens, i, end))
            {
                // "member number ending four four zero nine": the end of the labelled number, not of a telephone's.
                var label = tokens.WordIs(i - 1, "ending") || tokens.WordIs(i - 2, "ending") || tokens.WordIs(i - 1, "ends") || tokens.WordIs(i - 2, "ends") ? LabelBefore(tokens, i) : null;
                sink.Add(label ?? PhiType.Phone, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.72, "spoken-number");
            }
            else if (digits == 5 && (end + 1 >= tokens.Count || tokens[end + 1].NewLineBefore) && IsAfterStreetWord(tokens, i))
            {
                // "fifty two old mill road hastings six eight nine oh one": five digits closing an address line are its ZIP.
                sink.Add(PhiType.Zip, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.72, "spoken-zip");
            }
            i = end;
        }
    }
}
