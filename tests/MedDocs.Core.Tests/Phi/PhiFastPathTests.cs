using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The speed-ups (gates, anchored patterns at trigger words, given-name lookup) must not change a single
/// finding. A text with a non-ASCII character takes the plain path (every pattern, unanchored), so the
/// same note with and without one must give identical findings.
/// </summary>
public sealed class PhiFastPathTests
{
    private readonly PhiRulesEngine _engine = new();

    private static readonly string[] ShapeLines =
    [
        "Card 4111 1111 1111 1111 and 4111-1111-1111-1111; VIN 1HGCM82633A004352; IP 10.0.12.7 and 192.168.0.1; SSN 219-09-9999",
        "Home: 12 Oak Street, Springfield, IL 62704-1234; lives in Peoria; PO Box 77",
        "Seen 03/14/2024, 2024-03-14, 14.03.2024 and 3/14/24; BP 120/80; Rx 5/325/10; 03/2024",
        "DOB March 3, 2024; Mar. 3rd; 3 March 2024; 03-Mar-2024; the 3rd of June 2021; 14 June; may improve",
        "Call (217) 555-0143 or 217.555.0143; Fax: 217-555-0199; Phone: 72 128 827; cellphone 217 555 0100",
        "Electronically signed by Maria T. Lopez, MD. /s/ John Smith. Dictated by: Dr. Ann Brown. Co-signed by Peter Novak",
        "Sincerely,\nRobert Chen\nDear Mr. Alvarez, John Q. Public and Anna Karenina visited; Annabel Smith did not.",
        "MRN: 00482913; Member ID W123456789; see https://portal.example.com/x and www.Example.org; 94 y/o; age 101",
    ];

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var line in ShapeLines)
        {
            data.Add(line);
        }
        foreach (var note in PhiTestData.ClinicalNotes())
        {
            data.Add(note.Text);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Ascii_fast_path_finds_exactly_what_the_plain_path_finds(string text)
    {
        Assert.True(System.Text.Ascii.IsValid(text));
        var fast = _engine.Find(text).Select(Describe).ToList();
        // A trailing non-ASCII line switches every gate off without moving any offset.
        var plain = _engine.Find(text + "\n\u00E9").Where(f => f.End <= text.Length).Select(Describe).ToList();
        Assert.NotEmpty(fast);
        Assert.Equal(plain, fast);
    }

    [Fact]
    public void Number_shapes_see_each_digit_pattern_and_reject_look_alikes()
    {
        var shapes = NumberShapes.Of("card 4111 1111 1111 1111, ip 10.0.0.1, call 555-0143, on 3/14/2024, vin 1HGCM82633A004352, IL 62704, SSN 219-09-9999, since 03/2024");
        Assert.Equal(new NumberShapes(true, true, true, true, true, true, true, true), shapes);
        Assert.Equal(new NumberShapes(false, false, false, false, false, false, false, false), NumberShapes.Of("BP 120/80, Rx 5/325, 98.6 F, v1.2, room 12 12 12"));
    }

    [Fact]
    public void Month_gates_need_the_shape_of_their_pattern()
    {
        Assert.True(TextGates.MayHaveMonthFirstDate("seen March 3"));
        Assert.False(TextGates.MayHaveMonthFirstDate("may improve; marked decrease"));
        Assert.True(TextGates.MayHaveDayFirstDate("the 3rd of june"));
        Assert.True(TextGates.MayHaveDayFirstDate("03-Mar-2024"));
        Assert.False(TextGates.MayHaveDayFirstDate("March 3, with marked change"));
        Assert.Equal((true, false), TextGates.MayHaveMonthDates("March 3, with marked change"));
        Assert.Equal((false, true), TextGates.MayHaveMonthDates("the 3rd of june"));
        Assert.Equal((true, true), TextGates.MayHaveMonthDates("seen 03-Mar-2024, may improve, Mar 4"));
        Assert.Equal((false, false), TextGates.MayHaveMonthDates("may improve; marked decrease"));
    }

    [Fact]
    public void Word_set_matches_whole_ascii_words_case_insensitively()
    {
        var set = new AsciiWordSet(["phone", "fax"]);
        Assert.True(set.Contains("PHONE"));
        Assert.False(set.Contains("phones"));
        Assert.Equal([0, 12], new WordStarts(set).Find("Fax 1; cell phone; telephone; faxed"));
    }

    [Fact]
    public void Lexicon_lookup_is_exact_and_case_insensitive()
    {
        var lexicon = PhiLexicon.Shared;
        Assert.True(lexicon.Lookup("Maria").Given >= 2);
        Assert.Equal(lexicon.Lookup("maria"), lexicon.Lookup("MARIA"));
        Assert.Equal(0, lexicon.Lookup("Mariaz").Given);
        Assert.True(lexicon.Lookup("Smith").Surname == 3);
        Assert.True(lexicon.Lookup("hope").English == 3 && lexicon.Lookup("hope").Given >= 1);
        Assert.Equal(0, lexicon.Lookup("whitfield").English);
        Assert.True(lexicon.Lookup("new bedford").Place >= 2);
        Assert.False(lexicon.Lookup("Maria\u00e9").IsKnown);
        Assert.True(lexicon.Count > 100_000);
    }

    [Fact]
    public void Name_filter_never_rejects_a_listed_name()
    {
        var lexicon = PhiLexicon.Shared;
        Assert.True(lexicon.MayBeName("Maria") && lexicon.MayBeName("SMITH") && lexicon.MayBeName("maria's"));
        int rejected = 0;
        foreach (var note in PhiTestData.ClinicalNotes())
        {
            var tokens = new TextTokens(note.Text);
            for (int i = 0; i < tokens.Count; i++)
            {
                var entry = lexicon.Lookup(tokens.Span(i));
                if (!lexicon.MayBeName(tokens.Span(i)))
                {
                    rejected++;
                    Assert.True(entry.Given == 0 && entry.Surname < 2, $"token {i} of {note.Id} is a name the filter rejects");
                }
            }
        }
        // The filter must also reject most words, or it saves nothing.
        Assert.True(rejected > 1000, $"only {rejected} words rejected");
    }

    private static string Describe(PhiFinding f) => $"{f.Type} {f.Start} {f.Length} {f.Confidence:0.00} {f.Rule}";
}
