using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// Dates the numeric patterns leave out because they carry no year — Safe Harbor counts every element of a
/// date except the year: month/day ("9/12", "12/3", "9/12-9/14"), a month word with a day in any case
/// ("june 10", "Dec 5th", "the fifth of April", "june tenth"), "on the 5th", and holidays ("Christmas").
/// A fraction is told from a date by its neighbours: "BP 120/80", "PEEP 5/5", "GCS 3/15", "strength 5/5",
/// "1/2 tab", "5/325 mg", "2/6 murmur" are measurements. Years alone are <see cref="PhiType.Year"/>, reported on request.
/// </summary>
internal static class ShortDateRules
{
    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Number)
            {
                if (tokens.IsSymbol(i + 1, '/') && DateRanges.TryAt(sink, tokens, i, out int rangeEnd))
                {
                    i = rangeEnd;
                    continue;
                }
                if (TryMonthSlashDay(sink, tokens, i))
                {
                    i += 2;
                    continue;
                }
                TryOrdinalDay(sink, tokens, i);
                TryDayBeforeMonth(sink, tokens, i);
                if (sink.IncludeYears)
                {
                    TryYear(sink, tokens, i);
                }
            }
            else if (kind == TokenKind.Word)
            {
                var word = tokens.Span(i);
                if (word.Length > 7 && (word[0] | 0x20) is 'm' or 'e' or 'l' && TryMonthAfterHyphen(sink, tokens, i))
                {
                    continue;
                }
                if (!DateWordStarts.MayBe(word))
                {
                    continue;
                }
                if (MonthOf(word) > 0)
                {
                    if (!TryMonthThenDay(sink, tokens, i))
                    {
                        TryMonthAlone(sink, tokens, i);
                    }
                }
                else if (OrdinalValue(word) > 0 || TensValue(word) > 0 && tokens.IsWord(i + 1) && OrdinalValue(tokens.Span(i + 1)) is > 0 and < 10)
                {
                    TrySpokenOrdinal(sink, tokens, i);
                }
                else if (BirthCues.Contains(word))
                {
                    TrySpokenBirthDate(sink, tokens, i);
                }
                else
                {
                    TryHoliday(sink, tokens, i);
                }
            }
        }
        SpokenDates.Collect(sink);
    }

    /// <summary>"9/12", "12/03" (no year after it: full dates belong to the numeric pattern).</summary>
    private static bool TryMonthSlashDay(FindingSink sink, TextTokens tokens, int i)
    {
        if (!ReadsAsMonthDay(tokens, i))
        {
            return false;
        }
        sink.Add(PhiType.Date, tokens[i].Start, tokens[i + 2].End - tokens[i].Start, 0.8, "date-month-day");
        return true;
    }

    /// <summary>
    /// True when tokens <paramref name="i"/>, '/', <paramref name="i"/> + 2 read as a month/day date; false for what only
    /// looks like one: a measurement or score ("PEEP 5/5", "1/2 tab", "4/5 RLE", "pain 6/10"), part of a longer number
    /// ("1/2/3", "5/5mg"), or no valid month and day. The learned tagger's month/day dates pass this check too.
    /// </summary>
    internal static bool ReadsAsMonthDay(TextTokens tokens, int i)
    {
        if (!tokens.IsSymbol(i + 1, '/') || !tokens.Touches(i + 1) || !tokens.IsNumber(i + 2) || !tokens.Touches(i + 2)
            || tokens[i].Length > 2 || tokens[i + 2].Length > 2)
        {
            return false;
        }
        int month = IdentifierChecks.ParseDigits(tokens.Span(i));
        int day = IdentifierChecks.ParseDigits(tokens.Span(i + 2));
        if (month is < 1 or > 12 || day is < 1 or > 31 || (month == 2 && day > 29) || (day == 31 && month is 4 or 6 or 9 or 11))
        {
            return false;
        }
        // "9/12-9/14": the second date of a range.
        bool rangeEnd = tokens.Touches(i) && tokens.IsSymbol(i - 1, '-') && tokens.IsNumber(i - 2) && tokens.IsSymbol(i - 3, '/') && tokens.Touches(i - 1);
        // Part of something longer: "1/2/3", "x1/2", "+1/4", "5/5mg", "9/12/2024" (the numeric rule's), "1.5/2".
        if (!rangeEnd && tokens.Touches(i) && tokens[i - 1].Kind != TokenKind.Symbol
            || !rangeEnd && tokens.Touches(i) && tokens.Span(i - 1) is "/" or "." or "+" or "-" or "#" or ":" or "=" or "x" or "*" or "^" or "~")
        {
            return false;
        }
        int after = i + 3;
        if (after < tokens.Count && tokens.Touches(after))
        {
            var next = tokens.Span(after);
            if (tokens[after].Kind != TokenKind.Symbol || next is "/" or "%" or "'" or "\"" or "^"
                || (next is "." or "," or ":" && tokens.IsNumber(after + 1) && tokens.Touches(after + 1)))
            {
                return false;
            }
        }
        if (!rangeEnd && IsMeasurementContext(tokens, i, after))
        {
            return false;
        }
        // "sepsis 2/2 PNA": "2/2" is shorthand for "secondary to" when a word follows.
        if (month == 2 && day == 2 && tokens.IsWord(after) && !tokens[after].NewLineBefore)
        {
            return false;
        }
        // "c/o 6/10 sharp cp", "relief to 2/10": a score out of ten after pain words.
        if (day == 10 && month <= 10 && IsPainScore(tokens, i, after))
        {
            return false;
        }
        // "4/5 RLE", "BiPAP overnight 10/5", "pain 6/10 -> 3/10", "5/5 BUE, 4/5".
        return !MeasurementFractions.IsMeasurement(tokens, i, month, day);
    }

    /// <summary>A cue word shortly before ("PEEP 5/5", "BP: 110/5", "strength 5/5") or a unit after ("1/2 tab", "2/6 murmur").</summary>
    internal static bool IsMeasurementContext(TextTokens tokens, int first, int after)
    {
        // Words before: skip separators and one number of a series ("PEEP 10 / PS 5/5", "5/5 and 4/5").
        int j = first - 1;
        bool parenthesis = false, connector = false;
        for (int guard = 0; guard < 6 && j >= 0 && !tokens[j + 1].NewLineBefore; guard++)
        {
            if (tokens[j].Kind == TokenKind.Symbol && tokens.Span(j) is ":" or "=" or "-" or "(" or ">" or "~" or "<" or "≤" or "≥")
            {
                parenthesis |= tokens.Span(j) is "(";
                j--;
                continue;
            }
            // "PS weaned to 10/5", "PEEP 8 -> 5/5": connectors and one number between the cue and the value.
            if (tokens.IsWord(j) && ContextWords.FractionConnectors.Contains(tokens.Span(j)) && !ContextWords.FractionCues.Contains(tokens.Span(j))
                || tokens.IsNumber(j) && guard < 2)
            {
                connector |= tokens.IsWord(j);
                j--;
                continue;
            }
            break;
        }
        if (tokens.IsWord(j) && !tokens[j + 1].NewLineBefore && ContextWords.FractionCues.Contains(tokens.Span(j))
            && !(ResultWords.Contains(tokens.Span(j)) && !IsCount(tokens, first))
            && !(TimeCues.Contains(tokens.Span(j)) && (parenthesis || !IsPartOfWhole(tokens, first)))
            && !(RegionCues.Contains(tokens.Span(j)) && tokens.IsWord(j - 1) && ImagingWords.Contains(tokens.Span(j - 1)))
            && !(connector && StateCues.Contains(tokens.Span(j))))
        {
            return true;
        }
        // "I:E 1/2".
        if (tokens.WordIs(j, "e") && tokens.IsSymbol(j - 1, ':') && tokens.WordIs(j - 2, "i"))
        {
            return true;
        }
        // "5/5 strength", "1/2 tab", "5/325mg": a unit right after (same line).
        if (tokens.IsWord(after) && !tokens[after].NewLineBefore && ContextWords.FractionUnits.Contains(tokens.Span(after)))
        {
            return true;
        }
        // "5/5 motor strength", "3/6 harsh SEM": one more word for the unit, when that word is not a verb or link
        // ("TEE 5/8 showed TV veg" is a date).
        if (tokens.IsWord(after) && tokens.IsWord(after + 1) && !tokens[after + 1].NewLineBefore && ContextWords.FractionUnits.Contains(tokens.Span(after + 1))
            && !ContextWords.FractionUnits.Contains(tokens.Span(after))
            && !IsVerbOrLink(tokens.Span(after)))
        {
            return true;
        }
        // Another fraction right before or after in the same series ("PEEP 5/5/40", "3/5 4/5"): handled by the neighbours' cues.
        return false;
    }

    /// <summary>
    /// "day 3/7", "cycle 2/6": a day or cycle of a course, the part at most the whole; "within 2-3 days (1/27 booked)" and
    /// "day 14/3" are dates.
    /// </summary>
    private static readonly AsciiWordSet TimeCues = new(["day", "days", "week", "wk", "cycle", "cycles"]);

    private static bool IsPartOfWhole(TextTokens tokens, int first) =>
        IdentifierChecks.ParseDigits(tokens.Span(first)) <= IdentifierChecks.ParseDigits(tokens.Span(first + 2));

    /// <summary>"A&amp;O 3/4", "oriented 3/3" grade orientation; after a connector ("awake on 11/16", "alert at 6/2") the fraction is a date.</summary>
    private static readonly AsciiWordSet StateCues = new(["awake", "alert", "oriented", "asleep", "sleeping", "calm", "confused", "lethargic"]);

    /// <summary>"CT ABD 12/1", "US abd 3/4": a body region after an imaging study names the study, and the fraction is its date.</summary>
    private static readonly AsciiWordSet RegionCues = new(["abd", "arm", "arms", "leg", "legs", "hand", "foot", "feet", "upper", "lower", "extremity", "extremities"]);

    private static readonly AsciiWordSet ImagingWords = new(
        ["ct", "cta", "mri", "mr", "mra", "us", "u/s", "uss", "xr", "x-ray", "xray", "cxr", "kub", "pet", "film", "films", "imaging", "scan", "doppler", "duplex", "angio", "angiogram"]);

    /// <summary>"neg", "positive" … count results ("cultures neg 2/2", "pos 1/4 bottles"), but "MRSA swab neg 5/28" is a date.</summary>
    private static readonly AsciiWordSet ResultWords = new(["neg", "pos", "positive", "negative"]);

    /// <summary>A count out of a few: numerator at most the denominator, the denominator at most 6 (bottles, sets, cores).</summary>
    private static bool IsCount(TextTokens tokens, int first)
    {
        int part = IdentifierChecks.ParseDigits(tokens.Span(first));
        int whole = IdentifierChecks.ParseDigits(tokens.Span(first + 2));
        return part <= whole && whole <= 6;
    }

    /// <summary>A past participle or a linking word between a fraction and a unit-like word ("5/8 showed TV", "6/2 done w/ PT").</summary>
    private static bool IsVerbOrLink(ReadOnlySpan<char> word) =>
        word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !StateAdjectives.Contains(word) || LinkWords.Contains(word);

    /// <summary>Participles that describe the measured thing ("4/5 decreased strength", "2/6 diminished pulses").</summary>
    private static readonly AsciiWordSet StateAdjectives = new(
        ["decreased", "increased", "reduced", "limited", "improved", "diminished", "preserved", "impaired", "elevated", "sustained", "sided", "guarded", "labored"]);

    private static readonly AsciiWordSet LinkWords = new(
        ["shows", "showing", "show", "reveals", "revealing", "done", "w", "for", "at", "by", "per", "is", "was", "no", "neg", "pos", "then", "now", "via", "from", "c/w"]);

    internal static bool IsPainScore(TextTokens tokens, int first, int after)
    {
        for (int k = first - 1; k >= 0 && first - k <= 4 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens.IsWord(k) && PainWords.Contains(tokens.Span(k)))
            {
                return true;
            }
        }
        // "c/o": the tokens c, /, o.
        if (tokens.WordIs(first - 1, "o") && tokens.IsSymbol(first - 2, '/') && tokens.WordIs(first - 3, "c"))
        {
            return true;
        }
        return tokens.IsWord(after) && !tokens[after].NewLineBefore && PainWords.Contains(tokens.Span(after))
            || tokens.IsWord(after + 1) && !tokens[after + 1].NewLineBefore && PainWords.Contains(tokens.Span(after + 1));
    }

    private static readonly AsciiWordSet PainWords = new(
    [
        "pain", "cp", "ha", "headache", "relief", "rates", "rated", "rating", "score", "scale", "discomfort", "ache", "aching", "sore",
        "soreness", "incisional", "sharp", "dull", "burning", "pressure", "tenderness", "cramping", "abd", "chest", "back", "nausea",
        "anxiety", "dyspnea", "sob", "reports", "states", "denies", "c/o", "complains", "complaining", "level", "severity", "intensity",
    ]);

    /// <summary>"on the 5th", "since the 21st", "the 3rd of June".</summary>
    private static void TryOrdinalDay(FindingSink sink, TextTokens tokens, int i)
    {
        if (!tokens.IsWord(i + 1) || !tokens.Touches(i + 1) || tokens[i].Length > 2 || !IsOrdinalSuffix(tokens.Span(i + 1)))
        {
            return;
        }
        int day = IdentifierChecks.ParseDigits(tokens.Span(i));
        if (day is < 1 or > 31)
        {
            return;
        }
        bool ofMonth = tokens.WordIs(i + 2, "of") && tokens.IsWord(i + 3) && MonthOf(tokens.Span(i + 3)) > 0;
        if (!ofMonth && !(tokens.WordIs(i - 1, "the") && (IsDatePreposition(tokens, i - 2) || IsDayName(tokens, i - 2) || EndsPhrase(tokens, i + 2)) && !IsOrdinalNoun(tokens, i + 2)))
        {
            return;
        }
        int end = ofMonth ? i + 3 : i + 1;
        sink.Add(PhiType.Date, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.75, "date-ordinal-day");
    }

    /// <summary>"5 june", "5th of april", "10-jun" in lower case (the day-first pattern wants capitals or a year).</summary>
    private static void TryDayBeforeMonth(FindingSink sink, TextTokens tokens, int i)
    {
        if (tokens[i].Length > 2)
        {
            return;
        }
        int day = IdentifierChecks.ParseDigits(tokens.Span(i));
        if (day is < 1 or > 31)
        {
            return;
        }
        int next = i + 1;
        if (tokens.IsWord(next) && tokens.Touches(next) && IsOrdinalSuffix(tokens.Span(next)))
        {
            next++;
        }
        bool of = tokens.WordIs(next, "of");
        if (of)
        {
            next++;
        }
        if (!tokens.IsWord(next) || tokens[next].NewLineBefore)
        {
            return;
        }
        var monthWord = tokens.Span(next);
        int month = MonthOf(monthWord);
        // "5 may", "3 march" read as verbs too: only with "of" or a full stop after.
        if (month == 0 || (!of && IsVerbMonth(monthWord)) || (tokens.Touches(next) && !tokens.IsSymbol(next - 1, '-')))
        {
            return;
        }
        int end = ExtendWithYear(tokens, next);
        sink.Add(PhiType.Date, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.8, "date-day-month");
    }

    /// <summary>"june 10", "Dec. 5th", "april tenth", "sept 2019", "jan twenty first".</summary>
    private static bool TryMonthThenDay(FindingSink sink, TextTokens tokens, int m)
    {
        var monthWord = tokens.Span(m);
        int next = m + 1;
        if (tokens.IsSymbol(next, '.') && tokens.Touches(next))
        {
            next++;
        }
        if (next >= tokens.Count || tokens[next].NewLineBefore)
        {
            return false;
        }
        int end;
        if (tokens.IsNumber(next))
        {
            var digits = tokens.Span(next);
            int value = IdentifierChecks.ParseDigits(digits);
            if (digits.Length == 4 && value is >= 1900 and <= 2099)
            {
                end = next;
            }
            else if (digits.Length <= 2 && value is >= 1 and <= 31)
            {
                // "may 5 mg", "dec 2/10": a quantity, not a day.
                int after = next + 1;
                if (tokens.IsWord(after) && tokens.Touches(after) && IsOrdinalSuffix(tokens.Span(after)))
                {
                    after++;
                }
                if (after < tokens.Count && tokens.Touches(after) && tokens.Span(after) is "/" or ":" or "." && tokens.IsNumber(after + 1))
                {
                    return false;
                }
                if (tokens.IsWord(after) && !tokens[after].NewLineBefore && ContextWords.FractionUnits.Contains(tokens.Span(after))
                    && tokens.Span(after) is not ("to" or "and" or "in" or "on" or "with"))
                {
                    return false;
                }
                // "may 5 of them", "march 2 laps": a lower-case "may"/"march" needs the day to end the phrase.
                // "meet again dec 5 when …", "until dec 5 so …": a scheduling word before lets any word follow.
                if (IsVerbMonth(monthWord) && !WordShape.IsCapitalised(monthWord) && tokens.IsWord(after) && !tokens[after].NewLineBefore
                    && !DayFollowers.Contains(tokens.Span(after)) && !(tokens.IsWord(m - 1) && !tokens[m].NewLineBefore && ScheduleWords.Contains(tokens.Span(m - 1))))
                {
                    return false;
                }
                end = ExtendWithYear(tokens, after - 1);
            }
            else
            {
                return false;
            }
        }
        else if (tokens.IsWord(next) && OrdinalValue(tokens.Span(next)) > 0)
        {
            end = next;
            if (tokens.IsWord(next + 1) && OrdinalValue(tokens.Span(next + 1)) is > 0 and < 10 && TensValue(tokens.Span(next)) > 0)
            {
                end = next + 1;
            }
        }
        else if (tokens.WordIs(next, "the") && tokens.IsWord(next + 1) && OrdinalValue(tokens.Span(next + 1)) > 0)
        {
            end = next + 1;
        }
        else
        {
            return false;
        }
        sink.Add(PhiType.Date, tokens[m].Start, tokens[end].End - tokens[m].Start, 0.82, "date-month-day-word");
        return true;
    }

    /// <summary>
    /// A month on its own is a date element ("in April", "mid december", "since june"): full names other than
    /// "may"/"march" in any case, those two and abbreviations only capitalised after a date preposition.
    /// </summary>
    private static void TryMonthAlone(FindingSink sink, TextTokens tokens, int m)
    {
        var word = tokens.Span(m);
        bool full = word.Length > 3 && !word.Equals("sept", StringComparison.OrdinalIgnoreCase);
        bool verb = IsVerbMonth(word);
        bool cued = tokens.IsWord(m - 1) && MonthCues.Contains(tokens.Span(m - 1));
        // "daughter June", "Dr. August": a name, not a month.
        if (tokens.IsWord(m - 1) && (ContextWords.Relations.Contains(tokens.Span(m - 1)) || ContextWords.Titles.Contains(tokens.Span(m - 1))))
        {
            return;
        }
        // "in march", "next may": after a date cue even the verb-like months count; "you may" never does. Months that are
        // neither a verb nor a given name ("february", "october") count in any case and place ("it's february something").
        if (verb || !full ? cued : cued || WordShape.IsTitleCase(word) && !tokens[m].NewLineBefore && tokens.IsWord(m - 1) || IsPlainMonth(word))
        {
            sink.Add(PhiType.Date, tokens[m].Start, tokens[m].Length, 0.7, "date-month");
        }
    }

    /// <summary>"mid-January", "early-March", "late-Sept": a part of a month written as one word; the month is the date element.</summary>
    private static bool TryMonthAfterHyphen(FindingSink sink, TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        int dash = word.IndexOf('-');
        if (dash is < 3 or > 5 || !PartOfMonth.Contains(word[..dash]) || MonthOf(word[(dash + 1)..]) == 0 || word.Length - dash - 1 < 3)
        {
            return false;
        }
        sink.Add(PhiType.Date, tokens[i].Start + dash + 1, word.Length - dash - 1, 0.7, "date-month");
        return true;
    }

    private static readonly AsciiWordSet PartOfMonth = new(["mid", "early", "late"]);

    /// <summary>Full month names that are no verb, given name or common word: a date element wherever they stand.</summary>
    private static bool IsPlainMonth(ReadOnlySpan<char> word) => PlainMonths.Contains(word);

    private static readonly AsciiWordSet PlainMonths = new(["january", "february", "july", "september", "october", "november", "december"]);

    private static readonly AsciiWordSet MonthCues = new(
    [
        "in", "since", "until", "till", "last", "this", "next", "early", "late", "mid", "of", "by", "before", "after", "during",
        "from", "through", "thru", "around", "beginning", "end", "middle", "on", "to", "past", "coming", "every", "each",
    ]);


    internal static readonly AsciiWordSet BirthCues = new(["birth", "dob", "birthday", "born", "d.o.b"]);

    /// <summary>
    /// "date of birth / patient: six fourteen forty nine", "dob is may twenty first eighty seven", "born 8 19 1979": the
    /// first run of three or more number words, month words, ordinals or short numbers within a few words of the cue.
    /// </summary>
    private static void TrySpokenBirthDate(FindingSink sink, TextTokens tokens, int cue)
    {
        for (int k = cue + 1; k < tokens.Count && k - cue <= 12; k++)
        {
            if (!IsDatePart(tokens, k))
            {
                continue;
            }
            int end = k;
            while (end + 1 < tokens.Count && IsDatePart(tokens, end + 1) && !tokens[end + 1].NewLineBefore)
            {
                end++;
            }
            if (end - k >= 2)
            {
                sink.Add(PhiType.Date, tokens[k].Start, tokens[end].End - tokens[k].Start, 0.75, "date-spoken-birth");
                return;
            }
            // "date of birth / speaker 2: skylar dunmore ten twelve …": a speaker's number is not the date; look on.
            if (!tokens.IsSymbol(end + 1, ':'))
            {
                return;
            }
            k = end;
        }
    }

    private static bool IsDatePart(TextTokens tokens, int k)
    {
        if (tokens.IsNumber(k))
        {
            return tokens[k].Length <= 4;
        }
        if (!tokens.IsWord(k))
        {
            return false;
        }
        var word = tokens.Span(k);
        return SpokenNumbers.Value(word) is >= 0 and < 100 || OrdinalValue(word) > 0 || MonthOf(word) > 0 && word.Length > 3
            || word.Equals("thousand", StringComparison.OrdinalIgnoreCase) && tokens.IsWord(k - 1) && SpokenNumbers.Value(tokens.Span(k - 1)) == 2; // "two thousand two"
    }

    /// <summary>"the fifth of April", "on the twenty first", "fifth of june".</summary>
    private static void TrySpokenOrdinal(FindingSink sink, TextTokens tokens, int i)
    {
        int last = i;
        if (TensValue(tokens.Span(i)) > 0 && tokens.IsWord(i + 1) && OrdinalValue(tokens.Span(i + 1)) is > 0 and < 10)
        {
            last = i + 1;
        }
        if (tokens.WordIs(last + 1, "of") && tokens.IsWord(last + 2) && MonthOf(tokens.Span(last + 2)) > 0)
        {
            sink.Add(PhiType.Date, tokens[i].Start, tokens[last + 2].End - tokens[i].Start, 0.8, "date-spoken");
            return;
        }
        // "first"/"second" are too common as plain ordinals to count without a preposition or weekday.
        bool plain = OrdinalValue(tokens.Span(last)) <= 2 && last == i && TensValue(tokens.Span(i)) == 0;
        if (tokens.WordIs(i - 1, "the") && (IsDatePreposition(tokens, i - 2) || IsDayName(tokens, i - 2) || (!plain && (EndsPhrase(tokens, last + 1) || IsItIs(tokens, i - 2)))
                || SpokenDates.AnswersWhen(tokens, i - 1))
            && !IsOrdinalNoun(tokens, last + 1))
        {
            sink.Add(PhiType.Date, tokens[i].Start, tokens[last].End - tokens[i].Start, 0.7, "date-spoken");
        }
    }

    private static void TryHoliday(FindingSink sink, TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        if (Holidays.Contains(word))
        {
            sink.Add(PhiType.Date, tokens[i].Start, tokens[i].Length, 0.7, "date-holiday");
            return;
        }
        if (HolidayFirstWords.Contains(word) && (tokens.WordIs(i + 1, "day") || tokens.WordIs(i + 1, "eve")))
        {
            sink.Add(PhiType.Date, tokens[i].Start, tokens[i + 1].End - tokens[i].Start, 0.7, "date-holiday");
        }
    }

    /// <summary>Years alone (opt-in <see cref="PhiType.Year"/>): "in 2019", "since 1998", "born 1931", "the 1990s", "'98".</summary>
    private static void TryYear(FindingSink sink, TextTokens tokens, int i)
    {
        var digits = tokens.Span(i);
        int value = IdentifierChecks.ParseDigits(digits);
        bool fourDigits = digits.Length == 4 && value is >= 1900 and <= 2099;
        bool apostrophe = digits.Length == 2 && tokens.Touches(i) && tokens.Span(i - 1) is "'" or "’" && !tokens.Touches(i - 1);
        if (!fourDigits && !apostrophe)
        {
            return;
        }
        if (tokens.Touches(i) && !apostrophe && tokens[i - 1].Kind != TokenKind.Symbol
            || tokens.Touches(i) && tokens.Span(i - 1) is "/" or "-" or "." or ":" or "#" or "$")
        {
            return;
        }
        int after = i + 1;
        if (after < tokens.Count && tokens.Touches(after) && (tokens.IsNumber(after)
            || tokens[after].Kind == TokenKind.Symbol && tokens.Span(after) is "/" or "-" or ":" or "." && tokens.IsNumber(after + 1)))
        {
            return;
        }
        bool decade = tokens.IsWord(after) && tokens.Touches(after) && tokens.Span(after) is "s" or "'s";
        int cue = apostrophe ? i - 2 : i - 1;
        bool cued = tokens.IsWord(cue) && YearCues.Contains(tokens.Span(cue));
        if (!decade && !cued)
        {
            return;
        }
        if (tokens.IsWord(after) && !decade && ContextWords.FractionUnits.Contains(tokens.Span(after)))
        {
            return;
        }
        int start = apostrophe ? tokens[i - 1].Start : tokens[i].Start;
        sink.Add(PhiType.Year, start, tokens[i].End - start, 0.7, "year");
    }

    private static readonly AsciiWordSet YearCues = new(
    [
        "in", "since", "from", "of", "until", "till", "by", "during", "circa", "year", "yr", "early", "late", "mid", "summer",
        "winter", "spring", "fall", "autumn", "around", "before", "after", "back", "born", "dx", "diagnosed", "dxd", "the",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cabg", "mi",
        "surgery", "ago", "through", "thru", "between", "and", "to", "approx", "about",
    ]);

    /// <summary>Words before a lower-case "dec 5", "may 12" that make it a date whatever follows ("again dec 5 when", "by may 12 if").</summary>
    private static readonly AsciiWordSet ScheduleWords = new(
        ["on", "since", "by", "until", "till", "before", "after", "thru", "through", "starting", "around", "due", "again", "next", "last", "early", "mid", "late"]);

    /// <summary>Words that may follow a day without making "may 5" a verb phrase.</summary>
    private static readonly AsciiWordSet DayFollowers = new(["at", "and", "or", "to", "through", "thru", "until", "till", "in", "around", "st", "nd", "rd", "th"]);

    internal static readonly AsciiWordSet Holidays = new(["christmas", "xmas", "thanksgiving", "easter", "halloween", "hanukkah", "chanukah", "kwanzaa"]);

    internal static readonly AsciiWordSet HolidayFirstWords = new(
        ["labor", "memorial", "independence", "veterans", "columbus", "presidents", "valentine's", "valentines", "mother's", "father's", "mothers", "fathers", "christmas", "thanksgiving"]);

    private static readonly AsciiWordSet DatePrepositions = new(
        ["on", "since", "by", "until", "till", "from", "before", "after", "of", "thru", "through", "starting", "over", "around", "till", "due", "for"]);

    private static readonly AsciiWordSet DayNames = new(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "maybe", "or", "have", "got"]);

    /// <summary>"saturday the twelfth", "tuesday the 4th" (and "maybe the 3rd", "I have the sixteenth").</summary>
    private static bool IsDayName(TextTokens tokens, int index) => tokens.IsWord(index) && DayNames.Contains(tokens.Span(index));

    /// <summary>Nothing, a symbol, or a small word that cannot be the noun of an ordinal ("the 19th at 9", "the fourteenth.").</summary>
    private static bool EndsPhrase(TextTokens tokens, int index) =>
        index >= tokens.Count || tokens[index].NewLineBefore || tokens[index].Kind != TokenKind.Word || PhraseEnders.Contains(tokens.Span(index));

    private static readonly AsciiWordSet PhraseEnders = new(
        ["at", "and", "or", "in", "with", "then", "is", "was", "would", "should", "works", "work", "please", "for", "to", "from", "if", "when", "so", "but", "okay", "ok", "right", "because", "around", "between", "instead", "i", "we", "maybe", "probably"]);

    /// <summary>"it's the sixth", "today's the 12th": naming the day (not "first"/"second", which rank things).</summary>
    private static bool IsItIs(TextTokens tokens, int index) =>
        tokens.IsWord(index) && (tokens.WordIs(index, "it's") || tokens.WordIs(index, "its") || tokens.WordIs(index, "today's") || tokens.WordIs(index, "it’s")
            || tokens.WordIs(index, "is") && (tokens.WordIs(index - 1, "it") || tokens.WordIs(index - 1, "today")));

    private static bool IsDatePreposition(TextTokens tokens, int index) => tokens.IsWord(index) && DatePrepositions.Contains(tokens.Span(index));

    private static bool IsOrdinalNoun(TextTokens tokens, int index) =>
        tokens.IsWord(index) && !tokens[index].NewLineBefore && ContextWords.OrdinalNouns.Contains(tokens.Span(index));

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool IsVerbMonth(ReadOnlySpan<char> month) =>
        month.Equals("may", StringComparison.OrdinalIgnoreCase) || month.Equals("march", StringComparison.OrdinalIgnoreCase)
        || month.Equals("mar", StringComparison.OrdinalIgnoreCase) || month.Equals("dec", StringComparison.OrdinalIgnoreCase)
        || month.Equals("jan", StringComparison.OrdinalIgnoreCase) || month.Equals("aug", StringComparison.OrdinalIgnoreCase);

    /// <summary>", 2019" or " 2019" after a month and day.</summary>
    private static int ExtendWithYear(TextTokens tokens, int last)
    {
        int next = last + 1;
        if (tokens.IsSymbol(next, ','))
        {
            next++;
        }
        if (tokens.IsNumber(next) && !tokens[next].NewLineBefore && tokens[next].Length == 4 && IdentifierChecks.ParseDigits(tokens.Span(next)) is >= 1900 and <= 2099)
        {
            return next;
        }
        return last;
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>1–12 for a month name or its usual abbreviation ("jan", "sept"), any case; 0 otherwise.</summary>
    internal static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 9 || !char.IsAsciiLetter(word[0]))
        {
            return 0;
        }
        int month = MonthWords.Get(word, 0);
        if (month != AsciiWordValues.NotAscii)
        {
            return month;
        }
        for (int m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (word.Length == 3 && name.AsSpan(0, 3).Equals(word, StringComparison.OrdinalIgnoreCase))
                || (m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                return m + 1;
            }
        }
        return 0;
    }

    /// <summary>The month names, their three-letter abbreviations and "sept": one lookup per word instead of 36 comparisons.</summary>
    private static readonly AsciiWordValues MonthWords = BuildMonthWords();

    private static AsciiWordValues BuildMonthWords()
    {
        var words = new string[MonthNames.Length * 2 + 1];
        var values = new int[words.Length];
        for (int m = 0; m < MonthNames.Length; m++)
        {
            words[m] = MonthNames[m];
            words[MonthNames.Length + m] = MonthNames[m][..3];
            values[m] = values[MonthNames.Length + m] = m + 1;
        }
        words[^1] = "sept";
        values[^1] = 9;
        return new AsciiWordValues(words, values);
    }

    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>The ordinal words and "thirtieth": one lookup per word instead of 21 comparisons.</summary>
    private static readonly AsciiWordValues OrdinalWords = BuildOrdinalWords();

    private static AsciiWordValues BuildOrdinalWords()
    {
        var words = new string[Ordinals.Length + 1];
        var values = new int[words.Length];
        for (int i = 0; i < Ordinals.Length; i++)
        {
            words[i] = Ordinals[i];
            values[i] = i + 1;
        }
        words[^1] = "thirtieth";
        values[^1] = 30;
        return new AsciiWordValues(words, values);
    }

    /// <summary>1–31 for an ordinal word ("fifth", "twenty-first", "thirtieth"); 0 otherwise.</summary>
    internal static int OrdinalValue(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !char.IsAsciiLetter(word[0]))
        {
            return 0;
        }
        int listed = OrdinalWords.Get(word, 0);
        if (listed > 0)
        {
            return listed;
        }
        if (listed == AsciiWordValues.NotAscii)
        {
            for (int i = 0; i < Ordinals.Length; i++)
            {
                if (word.Equals(Ordinals[i], StringComparison.OrdinalIgnoreCase))
                {
                    return i + 1;
                }
            }
            if (word.Equals("thirtieth", StringComparison.OrdinalIgnoreCase))
            {
                return 30;
            }
        }
        int dash = word.IndexOf('-');
        if (dash > 0)
        {
            int tens = TensValue(word[..dash]);
            int unit = OrdinalValue(word[(dash + 1)..]);
            return tens > 0 && unit is > 0 and < 10 && tens + unit <= 31 ? tens + unit : 0;
        }
        return 0;
    }

    internal static int TensValue(ReadOnlySpan<char> word) =>
        word.Equals("twenty", StringComparison.OrdinalIgnoreCase) ? 20 : word.Equals("thirty", StringComparison.OrdinalIgnoreCase) ? 30 : 0;

    /// <summary>
    /// Every word <see cref="Collect"/> acts on: months, ordinals (also "twenty-first" … "thirty-ninth"), tens, birth cues
    /// and holidays. Most words of a note share no first two letters and length with any, and skip the five lookups.
    /// </summary>
    internal static readonly AsciiWordStartFilter DateWordStarts = new(
    [
        .. MonthNames, .. MonthNames.Select(m => m[..3]), "sept", .. Ordinals, "thirtieth", "twenty", "thirty",
        .. Ordinals.Take(9).SelectMany(unit => new[] { "twenty-" + unit, "thirty-" + unit }),
        .. BirthCues.Words, .. Holidays.Words, .. HolidayFirstWords.Words,
    ]);
}
