namespace MedDocs.Core.Phi;

/// <summary>
/// One pass over the digit runs of an ASCII text (letters are skipped by a vectorised search), noting which
/// number shapes occur. <see cref="TextGates"/> uses it so digit patterns run only on texts that can match.
/// </summary>
internal readonly record struct NumberShapes(bool CardChain, bool Ipv4Chain, bool PhoneTail, bool NumericDate, bool VinRun, bool FiveDigitRun, bool SsnShape, bool MonthYear)
{
    /// <summary>DEA number: a run of 7 digits (or 8 starting with the '9' of [A-Z9]) right after a capital letter.</summary>
    public bool DeaRun { get; init; }

    /// <summary>Medicare Beneficiary Identifier: it ends in two capitals and a run of exactly two digits.</summary>
    public bool MbiTail { get; init; }

    /// <summary>NPI candidate (\b[12]\d{9}\b): a whole run of exactly ten digits; most notes have none, and the pattern tried every digit.</summary>
    public bool TenDigitRun { get; init; }

    // Fully optimised from the first call: a one-shot CLI run would otherwise scan with first-tier JIT code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static NumberShapes Of(string text) => Of(text, null);

    /// <summary>The shapes, and each digit run's start and end added to <paramref name="runs"/> (when given) for <see cref="DigitRunList"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static NumberShapes Of(string text, List<int>? runs)
    {
        bool card = false, ipv4 = false, phone = false, date = false, vin = false, five = false, ssn = false, monthYear = false;
        bool dea = false, mbi = false, ten = false;
        int twoBackLength = 0;
        int cardDigits = 0, dottedRuns = 0;
        int previousEnd = -1, previousLength = 0;
        char previousSeparator = '\0';
        bool previousJoined = false;
        int i = 0;
        while (i < text.Length)
        {
            int offset = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                break;
            }
            int start = i + offset;
            int end = start + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            int length = end - start;
            if (runs is not null)
            {
                runs.Add(start);
                runs.Add(end);
            }
            // Joined to the previous run by exactly one character?
            bool joined = previousEnd >= 0 && start - previousEnd == 1;
            char separator = joined ? text[previousEnd] : '\0';

            // Card: digits chained by single spaces or dashes (13+ digits).
            cardDigits = joined && separator is ' ' or '-' ? cardDigits + length : length;
            card |= cardDigits >= 13;

            // IPv4: four runs chained by dots.
            dottedRuns = joined && separator == '.' ? dottedRuns + 1 : 1;
            ipv4 |= dottedRuns >= 4;

            // North-American tail: 3+ digits, one of " .-", 4+ digits.
            phone |= joined && separator is ' ' or '.' or '-' && previousLength >= 3 && length >= 4;

            // Numeric date: run, separator, run of 1–2 digits, separator, run.
            date |= joined && separator is '/' or '-' or '.' && previousJoined && previousSeparator is '/' or '-' or '.' && previousLength <= 2;

            // ZIP: a whole run of five digits (the ZIP+4 tail is optional).
            five |= length == 5;

            // NPI: a whole run of ten digits.
            ten |= length == 10;

            // SSN: ddd-dd-dddd or ddd dd dddd (whole runs, one separator kind).
            ssn |= length == 4 && joined && separator is '-' or ' ' && previousJoined && previousSeparator == separator
                && previousLength == 2 && twoBackLength == 3;

            // Month/year: d{1,2}/dddd.
            monthYear |= length == 4 && joined && separator == '/' && previousLength <= 2;

            // DEA: [A-Z][A-Z9]\d{7}\b; MBI: …[A-Z]{2}\d{2}\b.
            dea |= length is 7 or 8 && start > 0 && char.IsAsciiLetterUpper(text[start - 1]);
            mbi |= length == 2 && start > 1 && char.IsAsciiLetterUpper(text[start - 1]) && char.IsAsciiLetterUpper(text[start - 2]);

            // VIN: 17 characters of [A-HJ-NPR-Z0-9] around a digit.
            if (!vin)
            {
                int left = start;
                while (left > 0 && IsVinCharacter(text[left - 1]))
                {
                    left--;
                }
                int right = end;
                while (right < text.Length && IsVinCharacter(text[right]))
                {
                    right++;
                }
                vin = right - left >= 17;
            }

            twoBackLength = previousLength;
            previousJoined = joined;
            previousSeparator = separator;
            previousEnd = end;
            previousLength = length;
            i = end;
        }
        return new NumberShapes(card, ipv4, phone, date, vin, five, ssn, monthYear) { DeaRun = dea, MbiTail = mbi, TenDigitRun = ten };
    }

    private static bool IsVinCharacter(char c) => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c is not ('I' or 'O' or 'Q'));
}
