using System.Net;
using System.Net.Sockets;

namespace MedDocs.Core.Phi;

/// <summary>
/// Identifiers recognisable by their own shape: SSN, card, NPI, DEA, VIN, MBI, IP addresses, e-mail, URLs.
/// Where a check digit or range rule exists, only values that pass it are reported.
/// </summary>
internal static class IdentifierRules
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;

        if (sink.MustRun(sink.Digits.SsnShape))
        {
            foreach (var m in PhiPatterns.Ssn().EnumerateMatches(text))
            {
                // Fixed shape ddd-dd-dddd (or spaces): the groups sit at known offsets.
                var ssn = text.AsSpan(m.Index, m.Length);
                if (!RuleText.PrecededBy(text, m.Index, "-") && IdentifierChecks.IsValidSsn(ssn[..3], ssn.Slice(4, 2), ssn[7..])
                    && !AfterOtherNumberLabel(text, m.Index))
                {
                    sink.Add(PhiType.Ssn, m.Index, m.Length, 0.95, "ssn-pattern");
                }
            }
        }

        if (sink.MustRun(sink.Digits.CardChain))
        {
            foreach (var m in PhiPatterns.CardNumber().EnumerateMatches(text))
            {
                if (!RuleText.PrecededBy(text, m.Index, "-") && IdentifierChecks.IsPlausibleCardNumber(text.AsSpan(m.Index, m.Length)))
                {
                    sink.Add(PhiType.Other, m.Index, m.Length, 0.95, "credit-card-luhn");
                }
            }
        }

        if (sink.MustRun(sink.Digits.TenDigitRun))
        {
            foreach (var m in PhiPatterns.NpiCandidate().EnumerateMatches(text))
            {
                if (!RuleText.PrecededBy(text, m.Index, "-") && IdentifierChecks.IsValidNpi(text.AsSpan(m.Index, m.Length)))
                {
                    // A bare 10-digit number passing the NPI check could still be something else: modest confidence.
                    sink.Add(PhiType.LicenseNumber, m.Index, m.Length, 0.75, "npi-luhn");
                }
            }
        }

        if (sink.MustRun(sink.Digits.DeaRun))
        {
            foreach (var m in PhiPatterns.DeaCandidate().EnumerateMatches(text))
            {
                if (IdentifierChecks.IsValidDea(text.AsSpan(m.Index, m.Length)))
                {
                    sink.Add(PhiType.LicenseNumber, m.Index, m.Length, 0.95, "dea-check-digit");
                }
            }
        }

        if (sink.MustRun(sink.Digits.VinRun))
        {
            foreach (var m in PhiPatterns.VinCandidate().EnumerateMatches(text))
            {
                var vin = text.AsSpan(m.Index, m.Length);
                if (vin.ContainsAnyInRange('0', '9') && vin.ContainsAnyInRange('A', 'Z') && IdentifierChecks.IsValidVin(vin))
                {
                    sink.Add(PhiType.VehicleId, m.Index, m.Length, 0.97, "vin-check-digit");
                }
            }
        }

        if (sink.MustRun(sink.Digits.MbiTail))
        {
            foreach (var m in PhiPatterns.MedicareBeneficiaryId().EnumerateMatches(text))
            {
                sink.Add(PhiType.HealthPlanId, m.Index, m.Length, 0.95, "medicare-mbi");
            }
        }

        if (sink.MustRun(sink.Digits.Ipv4Chain))
        {
            foreach (var m in PhiPatterns.Ipv4Candidate().EnumerateMatches(text))
            {
                if (!RuleText.PrecededBy(text, m.Index, ".") && IdentifierChecks.IsValidIpv4(text.AsSpan(m.Index, m.Length)))
                {
                    sink.Add(PhiType.IpAddress, m.Index, m.Length, 0.95, "ipv4");
                }
            }
        }

        CollectIpv6(sink);
        CollectEmails(sink);

        if (sink.MustRun(TextGates.MayHaveUrl))
        {
            foreach (var m in PhiPatterns.UrlWithScheme().EnumerateMatches(text))
            {
                if (RuleText.PrecededBy(text, m.Index, "@/.-"))
                {
                    continue;
                }
                int length = TrimTrailingPunctuation(text.AsSpan(m.Index, m.Length));
                sink.Add(PhiType.Url, m.Index, length, 0.95, "url");
            }
        }

        CollectBareDomains(sink);
    }

    /// <summary>IPv6 candidates are runs of hex digits and colons with at least two colons, confirmed by the BCL parser.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectIpv6(FindingSink sink)
    {
        string text = sink.Text;
        int searchFrom = 0;
        while (searchFrom < text.Length)
        {
            int colon = text.IndexOf(':', searchFrom);
            if (colon < 0)
            {
                return;
            }
            int start = colon;
            while (start > 0 && IsHexOrColon(text[start - 1]))
            {
                start--;
            }
            int end = colon + 1;
            while (end < text.Length && IsHexOrColon(text[end]))
            {
                end++;
            }
            searchFrom = end;
            var candidate = text.AsSpan(start, end - start);
            bool boundedByWords = (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
                || (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))));
            if (candidate.Count(':') >= 2 && candidate.Length >= 6 && !boundedByWords
                && candidate.ContainsAnyExcept(':')
                && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                sink.Add(PhiType.IpAddress, start, end - start, 0.95, "ipv6");
            }
        }
    }

    private static bool IsHexOrColon(char c) => c == ':' || char.IsAsciiHexDigit(c);

    /// <summary>Scans for '@' and widens to the local part and the domain: cheaper than a regex that could start anywhere.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectEmails(FindingSink sink)
    {
        string text = sink.Text;
        int at = -1;
        while ((at = text.IndexOf('@', at + 1)) >= 0)
        {
            int start = at;
            while (start > 0 && IsLocalPartChar(text[start - 1]))
            {
                start--;
            }
            while (start < at && text[start] == '.')
            {
                start++;
            }
            int end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
            {
                end++;
            }
            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }
            if (start == at || end == at + 1)
            {
                continue;
            }
            var domain = text.AsSpan(at + 1, end - at - 1);
            int lastDot = domain.LastIndexOf('.');
            if (lastDot <= 0 || domain.Length - lastDot - 1 < 2 || domain[(lastDot + 1)..].ContainsAnyExcept(AsciiLetters))
            {
                continue;
            }
            // Shorthand "@" for "at" before a time or rate ("restarted@0415.will", "ns@100.lactate"): a host of digits
            // alone needs a listed top-level domain after it ("163.com" stays an address).
            if (!domain[..domain.IndexOf('.')].ContainsAnyExcept(AsciiDigits) && DomainSuffix.MatchAt(text, at + 1 + lastDot) == 0)
            {
                continue;
            }
            sink.Add(PhiType.Email, start, end - start, 0.97, "email");
            at = end - 1;
        }
    }

    /// <summary>
    /// "MR#: 601-88-4471", "Acct 123-45-6789": the label of another number just before an SSN-shaped one (across blanks,
    /// ':', '#', '.'); the labelled rule types it.
    /// </summary>
    private static bool AfterOtherNumberLabel(string text, int index)
    {
        int end = index;
        while (end > 0 && text[end - 1] is ' ' or '\t' or ':' or '#' or '.')
        {
            end--;
        }
        int start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }
        return end > start && index - end <= 6 && OtherNumberLabels.Contains(text.AsSpan(start, end - start));
    }

    private static readonly AsciiWordSet OtherNumberLabels = new(
    [
        "mrn", "mr", "chart", "rec", "record", "acct", "account", "fin", "enc", "encounter", "visit", "csn", "har", "member", "policy",
        "claim", "case", "accession", "acc", "specimen", "order", "req", "ref", "badge", "employee", "invoice",
    ]);

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsLocalPartChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>Host names without a scheme ("portal.example.com/records"), found from their top-level domain.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectBareDomains(FindingSink sink)
    {
        string text = sink.Text;
        int lastEnd = 0;
        if (sink.IsAscii)
        {
            // Every match starts at a dot and holds no other dot: trying each dot in turn finds the pattern's matches.
            for (int dot = text.IndexOf('.'); dot >= 0; dot = text.IndexOf('.', dot + 1))
            {
                int length = DomainSuffix.MatchAt(text, dot);
                if (length > 0)
                {
                    lastEnd = AddBareDomain(sink, dot, length, lastEnd);
                }
            }
            return;
        }
        foreach (var m in PhiPatterns.DomainSuffix().EnumerateMatches(text))
        {
            lastEnd = AddBareDomain(sink, m.Index, m.Length, lastEnd);
        }
    }

    /// <summary>Widens the ".tld" at <paramref name="suffixIndex"/> to its host (and path); returns the new end of the last domain.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int AddBareDomain(FindingSink sink, int suffixIndex, int suffixLength, int lastEnd)
    {
        string text = sink.Text;
        int start = suffixIndex;
        while (start > lastEnd && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '-'))
        {
            start--;
        }
        while (start < suffixIndex && text[start] is '.' or '-')
        {
            start++;
        }
        // Part of an e-mail, a URL with a scheme, or a path: other rules own those characters.
        if (start == suffixIndex || (start > 0 && text[start - 1] is '@' or '/' or ':' or '_'))
        {
            return lastEnd;
        }
        var host = text.AsSpan(start, suffixIndex - start);
        if (!host.ContainsAny(AsciiLetters) || host.IndexOf('.') < 0 && host.Length < 2)
        {
            return lastEnd;
        }
        int end = suffixIndex + suffixLength;
        // Run-together shorthand ("word.pt", "word.no", "done.in"): a country code after a single word is not a host
        // unless a path follows; generic endings (.com, .org …) and longer hosts ("nhs.example.uk") still count.
        bool path = end < text.Length && text[end] == '/';
        if (!path && host.IndexOf('.') < 0 && !IsGenericTopLevel(text.AsSpan(suffixIndex + 1, suffixLength - 1)))
        {
            return lastEnd;
        }
        // "pt sleeping.sats.no change", "neuro.intact.cv.stable…social.no": several words run together before a
        // country code that is itself a word. Not a host when the labels are words too.
        if (!path && RunTogetherWords.IsShorthand(host, text.AsSpan(suffixIndex + 1, suffixLength - 1)))
        {
            return lastEnd;
        }
        if (end < text.Length && text[end] == '/')
        {
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '<' or '>' or ')' or ']'))
            {
                end++;
            }
            end = start + TrimTrailingPunctuation(text.AsSpan(start, end - start));
        }
        sink.Add(PhiType.Url, start, end - start, 0.85, "domain-name");
        return end;
    }

    private static bool IsGenericTopLevel(ReadOnlySpan<char> tld) =>
        tld.Equals("com", StringComparison.OrdinalIgnoreCase) || tld.Equals("org", StringComparison.OrdinalIgnoreCase)
        || tld.Equals("net", StringComparison.OrdinalIgnoreCase) || tld.Equals("edu", StringComparison.OrdinalIgnoreCase)
        || tld.Equals("gov", StringComparison.OrdinalIgnoreCase) || tld.Equals("mil", StringComparison.OrdinalIgnoreCase)
        || tld.Equals("info", StringComparison.OrdinalIgnoreCase) || tld.Equals("biz", StringComparison.OrdinalIgnoreCase)
        || tld.Equals("health", StringComparison.OrdinalIgnoreCase) || tld.Equals("io", StringComparison.OrdinalIgnoreCase);

    private static int TrimTrailingPunctuation(ReadOnlySpan<char> value)
    {
        int length = value.Length;
        while (length > 0 && value[length - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            length--;
        }
        return length;
    }
}
