namespace MedDocs.Core.Phi;

/// <summary>
/// "Meter S/N UU40322718. QC passed": the serial number of a point-of-care instrument (glucose meter, blood-gas or coagulation
/// analyser) on a log that records quality control identifies the ward's instrument, not a device tied to the
/// patient, so it is no <see cref="PhiType.DeviceId"/>. The instrument is named just before the serial label, and the text
/// mentions QC; a patient's own meter ("downloaded from her meter SN …") has no QC and stays a device.
/// </summary>
internal static class FacilityInstruments
{
    /// <summary>The label starting at <paramref name="labelStart"/> follows an instrument word, on a QC log.</summary>
    public static bool IsLabelAfterInstrument(string text, int labelStart)
    {
        int end = labelStart;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }
        int start = end;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }
        return start < end && InstrumentWords.Contains(text.AsSpan(start, end - start)) && IsInstrumentLog(text);
    }

    /// <summary>One of the tokens from <paramref name="first"/> to <paramref name="last"/> names an instrument, on a QC log.</summary>
    public static bool IsNamedAmong(TextTokens tokens, int first, int last)
    {
        for (int k = Math.Max(0, first); k <= last; k++)
        {
            if (tokens.IsWord(k) && InstrumentWords.Contains(tokens.Span(k)))
            {
                return IsInstrumentLog(tokens.Text);
            }
        }
        return false;
    }

    /// <summary>Quality control is run on the ward's instruments, not on a patient's own; operator IDs alone appear on both logs.</summary>
    private static bool IsInstrumentLog(string text) =>
        WholeWord(text, "QC", StringComparison.Ordinal) || WholeWord(text, "quality control", StringComparison.OrdinalIgnoreCase);

    private static bool WholeWord(string text, string word, StringComparison comparison)
    {
        for (int at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            if ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsAsciiLetter(text[at + word.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly AsciiWordSet InstrumentWords = new(
        ["meter", "glucometer", "analyzer", "analyser", "instrument", "reader", "i-stat", "istat", "poc", "poct", "coagucheck", "hemocue"]);
}
