using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The checks run before the anchored title and cue-phrase name patterns never refuse a start where the pattern matches,
/// so the names found are those of running the pattern at every start (random ASCII texts).
/// </summary>
public sealed class NameCueStartsTests
{
    [Fact]
    public void Checks_never_refuse_a_start_where_the_pattern_matches()
    {
        string[] cues =
        [
            "Dr", "Dr.", "DR", "dr", "Mr", "Mrs.", "Ms", "MS", "Miss", "Mx", "Prof.", "Doctor", "doctor", "Electronically signed by",
            "electronically  signed\tby:", "ELECTRONICALLY SIGNED BY", "Signed by", "signed  by :", "dictated by", "Transcribed by", "reviewed by",
            "Seen by", "seen with", "co-signed by", "Co-Signed by", "co signed by", "Cosigned by", "coSigned by", "referred by", "Accompanied by",
            "performed by", "verified by", "requested by", "spoke with", "SPOKE WITH", "spoke to", "Dear", "dear", "DEAR", "Dear:", "/s/", "/s/ ",
            "Sincerely,\n", "Sincerely\r\n", "Regards,\r\n  ", "respectfully,\n", "sincerely, ", "signedby", "bye", "seen in clinic",
        ];
        string[] names =
        [
            "John Smith", "Dr. Maria Lopez", "Mr Ivan Petrov", "SMITH, JOHN", "Smith, John A.", "O'Brien Kelly", "Mary-Kate Olsen Jr.", "JOHN SMITH",
            "the patient", "Chest Pain", "ANN B", "Lee", "Ann Lee III", "McDonald", "X", "Jo", "DEAN", "Jr.",
        ];
        string[] glue = [" ", "  ", "\t", "\n", "\r\n", ", ", ". ", ": ", ":", "", "1", "_", "-", "'s ", "(", "."];
        var random = new Random(5150);
        int titleNames = 0, cueNames = 0, refused = 0;
        for (int round = 0; round < 20000; round++)
        {
            var text = new StringBuilder();
            for (int j = random.Next(1, 12); j > 0; j--)
            {
                text.Append(random.Next(3) switch
                {
                    0 => cues[random.Next(cues.Length)],
                    1 => names[random.Next(names.Length)],
                    _ => glue[random.Next(glue.Length)],
                });
                if (random.Next(3) == 0)
                {
                    text.Append(glue[random.Next(glue.Length)]);
                }
            }
            string sample = text.ToString();
            var runs = LetterRuns.Of(sample);
            var titleStarts = NameRules.TitleStarts.Find(sample, runs);
            var cueStarts = NameRules.CueStarts.Find(sample, runs);
            for (int signature = sample.IndexOf("/s/", StringComparison.Ordinal); signature >= 0; signature = sample.IndexOf("/s/", signature + 1, StringComparison.Ordinal))
            {
                cueStarts.Add(signature);
            }
            cueStarts.Sort();
            foreach (int start in titleStarts)
            {
                bool matches = PhiPatterns.HonorificNameAt().IsMatch(sample, start);
                Assert.True(!matches || NameCueStarts.MayBeTitleName(sample, start), $"title at {start} in \"{sample}\"");
                refused += NameCueStarts.MayBeTitleName(sample, start) ? 0 : 1;
            }
            foreach (int start in cueStarts)
            {
                bool matches = PhiPatterns.NameAfterPhraseAt().IsMatch(sample, start);
                Assert.True(!matches || NameCueStarts.MayBeCueName(sample, start), $"cue at {start} in \"{sample}\"");
                refused += NameCueStarts.MayBeCueName(sample, start) ? 0 : 1;
            }
            titleNames += Compare(sample, titleStarts, PhiPatterns.HonorificNameAt(), 1, NameCueStarts.MayBeTitleName);
            cueNames += Compare(sample, cueStarts, PhiPatterns.NameAfterPhraseAt(), 2, NameCueStarts.MayBeCueName);
        }
        Assert.True(titleNames > 2000 && cueNames > 1000 && refused > 10000, $"{titleNames} title names, {cueNames} cue names, {refused} starts refused");
    }

    [Fact]
    public void Only_the_listed_characters_match_an_ascii_letter_ignoring_case()
    {
        var twins = new StringBuilder();
        foreach (char letter in "abcdefghijklmnopqrstuvwxyz")
        {
            var pattern = new System.Text.RegularExpressions.Regex("^(?i:" + letter + ")$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            for (int c = 0x80; c <= 0xFFFF; c++)
            {
                if (!char.IsSurrogate((char)c) && pattern.IsMatch(((char)c).ToString()))
                {
                    twins.Append((char)c);
                }
            }
        }
        Assert.Equal(NameRules.AsciiCaseTwins, twins.ToString());
    }

    /// <summary>Texts with non-ASCII characters were searched with the unanchored patterns: the anchored starts find the same names.</summary>
    [Fact]
    public void Non_ascii_texts_get_the_names_of_the_unanchored_search()
    {
        string[] cues =
        [
            "Dr", "Dr.", "DR", "Mrs.", "Ms", "Prof.", "Doctor", "Electronically signed by", "SIGNED BY", "signed  by :", "Seen by", "co-signed by",
            "Cosigned by", "spoke with", "SPOKE WITH", "spo\u212Ae with", "Dear", "dear", "DEAR", "Dear:", "Dearest", "/s/", "Sincerely,\n",
            "Regards,\r\n  ", "ſigned by", "sign\u00E9d by", "_dear", "édear", "seen in clinic",
        ];
        string[] names =
        [
            "John Smith", "Dr. Maria Lopez", "SMITH, JOHN", "Smith, John A.", "O'Brien Kelly", "JOHN SMITH", "Takáts Éva", "Émile Zola", "José García",
            "ÉVA NAGY", "the patient", "Ann Lee III", "Ölçer",
        ];
        string[] glue = [" ", "  ", "\t", "\n", "\r\n", ", ", ". ", ": ", "", "é", "ß", "Ü", "\u00A0", "\u200D", "1", "_", "-", "'s "];
        var random = new Random(6174);
        int found = 0;
        for (int round = 0; round < 20000; round++)
        {
            var text = new StringBuilder(random.Next(2) == 0 ? "é " : "");
            for (int j = random.Next(1, 12); j > 0; j--)
            {
                text.Append(random.Next(3) switch
                {
                    0 => cues[random.Next(cues.Length)],
                    1 => names[random.Next(names.Length)],
                    _ => glue[random.Next(glue.Length)],
                });
                if (random.Next(4) == 0)
                {
                    text.Append(glue[random.Next(glue.Length)]);
                }
            }
            string sample = text.ToString();
            if (System.Text.Ascii.IsValid(sample))
            {
                sample += " ü";
            }
            var titles = new FindingSink(sample);
            NameRules.CollectAfterTitles(titles);
            var searchedTitles = new FindingSink(sample);
            NameRules.AddNames(searchedTitles, PhiPatterns.HonorificName(), minimumWords: 1, 0.85, "name-honorific");
            Assert.Equal(searchedTitles.Findings.Select(Describe), titles.Findings.Select(Describe));
            var phrases = new FindingSink(sample);
            NameRules.CollectAfterPhrases(phrases);
            var searchedPhrases = new FindingSink(sample);
            NameRules.AddNames(searchedPhrases, PhiPatterns.NameAfterPhrase(), minimumWords: 2, 0.82, "name-cue");
            Assert.Equal(searchedPhrases.Findings.Select(Describe), phrases.Findings.Select(Describe));
            found += searchedTitles.Findings.Count + searchedPhrases.Findings.Count;
        }
        Assert.True(found > 2500, $"only {found} names");
    }

    private static string Describe(PhiFinding f) => $"{f.Type} {f.Start} {f.Length} {f.Confidence:0.00} {f.Rule}";

    private static int Compare(string text, List<int> starts, System.Text.RegularExpressions.Regex pattern, int minimumWords, Func<string, int, bool> check)
    {
        var all = new FindingSink(text);
        NameRules.AddAnchoredNames(all, starts, pattern, minimumWords, 0.8, "r", mayMatch: null);
        var checkedFirst = new FindingSink(text);
        NameRules.AddAnchoredNames(checkedFirst, starts, pattern, minimumWords, 0.8, "r", check);
        Assert.Equal(all.Findings.Select(f => (f.Start, f.Length)), checkedFirst.Findings.Select(f => (f.Start, f.Length)));
        return all.Findings.Count;
    }
}
