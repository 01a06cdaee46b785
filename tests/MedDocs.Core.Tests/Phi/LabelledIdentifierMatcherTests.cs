using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The hand-written labelled-identifier match of ASCII texts must be exactly the group patterns' match.</summary>
public sealed class LabelledIdentifierMatcherTests
{
    /// <summary>Label words in several cases, separators, value pieces and noise, so that near-misses are common.</summary>
    private static readonly string[] Pieces =
    [
        "SSN", "ssn", "SS#", "ss", "Social", "SOCIAL", "Security", "security", "Number", "number", "NUMBER", "No.", "no.", "No", "no", "#",
        "MRN", "mrn", "M.R.N.", "M.R.N", "m.r.n.", "Medical", "medical", "Record", "record", "Med", "Med.", "Rec", "Rec.", "Record.", "MedRec",
        "Patient", "patient", "ID", "id", "Id", "Pt", "Pt.", "PT", "Chart", "Hospital", "Accession", "Member", "member", "Policy", "Group",
        "Subscriber", "Medicaid", "Medicare", "MBI", "mbi", "HICN", "Hicn", "Insurance", "Plan", "plan", "Beneficiary", "Acct", "Acct.",
        "Account", "Invoice", "Billing", "Claim", "Encounter", "Visit", "IBAN", "Iban", "VIN", "vin", "Vehicle", "Identification", "License",
        "Licence", "licen", "Plate", "plate", "Driver's", "Drivers", "driver", "Lic", "Lic.", "LIC", "DL", "dl", "DEA", "dea", "NPI", "Npi",
        "Certificate", "Passport", "Serial", "serial", "S/N", "s/n", "SN", "sn", "Device", "Identifier", "UDI", "udi", "Model/Serial",
        "model/serial", "Model", "Implant", "ZIP", "zip", "Zip", "code", "Code", "ZIPcode", "Postal", "Rx", "rx", "RX", "Prescription",
        "Order", "order", "Biometric", "Badge", "M", "S", "Pa", "Me",
        // Separators and value pieces from here (LabelWords is the count above).
        " ", " ", " ", "  ", "\t", ":", ": ", "=", " = ", "is", " is ", "Is", "was", " was ", "WAS", "\n", "\r\n", "\v", "\f", "\u001c", ".", ",",
        ";", "'", "'s", "/", "-", "_", "(", ")", "(01)", "00482913", "W123456789", "12", "7", "A1", "x", "abc", "X9", "-5", "..", "_3",
    ];

    private static readonly int LabelWords = Array.IndexOf(Pieces, " ");

    private static readonly string[] Blanks = ["", " ", " ", "\t", "  ", ". ", "."];

    private static readonly string[] Values = ["00482913", "W123456789", "12-34", "(01)0088(21)A1)", "A1.", "abc", "12", "X", "219099999", "5-", "ab_3", "(", "-1", "a/b/1", "1..2", "9/", "7"];

    private static IEnumerable<string> Samples()
    {
        var random = new Random(20261203);
        for (int i = 0; i < 30000; i++)
        {
            var text = new StringBuilder();
            for (int j = random.Next(1, 12); j > 0; j--)
            {
                if (random.Next(8) == 0)
                {
                    // Noise: a random printable ASCII character or control character.
                    text.Append((char)random.Next(0, 128));
                }
                else if (random.Next(3) == 0)
                {
                    // Label-shaped: label words, separators, then a value piece.
                    for (int k = random.Next(1, 4); k > 0; k--)
                    {
                        text.Append(Pieces[random.Next(LabelWords)]).Append(k > 1 ? Blanks[random.Next(Blanks.Length)] : "");
                    }
                    for (int k = random.Next(0, 4); k > 0; k--)
                    {
                        text.Append(Pieces[random.Next(LabelWords, Pieces.Length)]);
                    }
                    text.Append(Values[random.Next(Values.Length)]);
                }
                else
                {
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                }
                if (random.Next(3) == 0)
                {
                    text.Append(random.Next(4) == 0 ? "\t" : " ");
                }
            }
            yield return text.ToString();
        }
        yield return "MRN: 00482913. Member ID W123456789. Acct # 55123. DL D1234567. Serial No. SN-88231. Rx # 7731234. ZIP code is 62704";
        yield return "Account number is unknown; Policy no. is 12 ; Med. Rec. No. : : is 0055; UDI (01)00884(21)A1)";
    }

    [Fact]
    public void Every_position_matches_like_the_group_patterns()
    {
        int matches = 0;
        foreach (var text in Samples())
        {
            for (int start = 0; start < text.Length; start++)
            {
                bool expected = LabelledIdentifierRules.TryMatch(text, start, out var expectedGroup, out var m);
                bool actual = LabelledIdentifierRules.TryMatchAscii(text, start, out var group, out int valueStart, out int valueEnd);
                Assert.True(expected == actual, $"[{Escape(text)}] at {start}: regex {expected}, by hand {actual}");
                if (!expected)
                {
                    continue;
                }
                matches++;
                var value = m.Groups[1];
                Assert.True(
                    (expectedGroup, value.Index, value.Index + value.Length, m.Index + m.Length) == (group, valueStart, valueEnd, valueEnd),
                    $"[{Escape(text)}] at {start}: regex {expectedGroup} {value.Index}-{value.Index + value.Length}, by hand {group} {valueStart}-{valueEnd}");
            }
        }
        Assert.True(matches > 5000, $"only {matches} matches: the samples no longer exercise the labels");
    }

    [Fact]
    public void Patterns_outside_the_handled_syntax_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => LabelFormParser.Expand(@"MRN\d+"));
        Assert.Throws<NotSupportedException>(() => LabelFormParser.Expand(@"MRN[ \t]+"));
        Assert.Throws<NotSupportedException>(() => LabelFormParser.Expand(@"(?<x>MRN)"));
        Assert.Equal(5, LabelFormParser.Expand(@"Chart[ \t]+(?:\#|No\.?|Number)|Chart").Length);
    }

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
}
