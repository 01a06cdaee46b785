namespace MedDocs.Core.Phi;

/// <summary>
/// Labels that introduce a person before a colon ("Patient:", "Ordering Provider:", "cc:"). Checked by
/// looking back from the colon, which is much cheaper than searching the whole text for every label.
/// </summary>
internal static class NameLabels
{
    private const int LongestLabelWords = 3;

    private static readonly string[] LabelList =
    [
        "patient name", "patient's name", "patient", "pt", "pt name", "name", "full name", "guardian", "parent", "mother", "father",
        "spouse", "husband", "wife", "son", "daughter", "sister", "brother", "emergency contact", "contact", "next of kin", "nok",
        "attending", "attending physician", "attending provider", "referring", "referring physician", "referring provider",
        "referring doctor", "ordering", "ordering physician", "ordering provider", "primary care", "primary care physician",
        "primary care provider", "pcp", "physician", "provider", "surgeon", "assistant", "anesthesiologist", "radiologist",
        "pathologist", "resident", "nurse", "rn", "cc", "re", "to", "from", "attn", "attention", "witness", "interpreter",
        "caregiver", "prescriber", "employee", "client", "member", "member name", "insured", "insured name", "subscriber",
        "subscriber name", "policy holder", "policyholder", "guarantor", "beneficiary", "recipient", "signature", "signed",
        "requested by", "referred by", "dictated by", "transcribed by", "reviewed by", "seen by", "signed by", "author",
        "consultant", "therapist", "social worker", "case manager", "pharmacist", "dentist", "midwife", "doula", "relative",
        "friend", "roommate", "landlord", "employer", "supervisor", "teacher",
        // Who read, performed or entered a study or a result (report headers and tables).
        "reading", "reading physician", "reading radiologist", "interpreting", "interpreting physician", "interpreted by", "read by",
        "sonographer", "technologist", "tech", "operator", "performed by", "performing", "ref md", "referring md", "ordering md",
        "verified by", "entered by", "collected by", "scribe", "echocardiographer", "reader", "cosigner", "co-signer",
    ];

    /// <summary>The labels looked up from a span: one candidate per word before every "word:" built no string.</summary>
    private static readonly AsciiWordSet Labels = new(LabelList);

    /// <summary>Longer than every label (each is shorter than <see cref="AsciiWordSet"/>'s limit of 32).</summary>
    private const int LabelBuffer = 32;

    /// <summary>True when the 1–3 words just before <paramref name="colon"/> (same line) form a person label.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool EndsWithLabel(string text, int colon)
    {
        int end = colon;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }
        int start = end;
        for (int words = 1; words <= LongestLabelWords; words++)
        {
            // Step back over one word (letters and apostrophes), then the spaces before it.
            int wordEnd = start;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '\''))
            {
                start--;
            }
            if (start == wordEnd)
            {
                return false;
            }
            if (IsLabel(text.AsSpan(start, end - start)))
            {
                return start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            }
            while (start > 0 && text[start - 1] is ' ' or '\t')
            {
                start--;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="label"/>, its blanks collapsed to one space, is a label (any case). An ASCII candidate is
    /// looked up in the hashed set; one with other letters is compared with every label as the case-insensitive set did.
    /// </summary>
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        Span<char> buffer = stackalloc char[LabelBuffer];
        int length = 0;
        bool space = false;
        bool ascii = true;
        foreach (char c in label)
        {
            if (c is ' ' or '\t')
            {
                space = true;
                continue;
            }
            if (space && length > 0)
            {
                if (length == LabelBuffer)
                {
                    return false;
                }
                buffer[length++] = ' ';
            }
            space = false;
            if (length == LabelBuffer)
            {
                return false;
            }
            buffer[length++] = c;
            ascii &= char.IsAscii(c);
        }
        var normalised = buffer[..length];
        if (ascii)
        {
            return Labels.Contains(normalised);
        }
        foreach (var candidate in LabelList)
        {
            if (normalised.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
