using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Several <see cref="WordStarts"/> scans of one text share its <see cref="LetterRuns"/> and their start codes (computed by
/// the first scan): each must still find the plain scan's words, on random texts with long words (32 letters and more),
/// possessives, non-ASCII letters, digits, punctuation and line breaks.
/// </summary>
public sealed class WordStartsSharedRunsRandomTests
{
    private static readonly AsciiWordSet Labels = new(["s", "sn", "mrn", "driver's", "drivers", "driver", "phone", "fax", "signed", "a", "license"]);
    private static readonly AsciiWordSet Cues = new(["dr", "mr", "mrs", "wife", "son", "pt", "discussed", "with", "abcdefghijklmnopqrstuvwxyzabcde"]);

    [Fact]
    public void Scans_sharing_letter_runs_find_the_plain_scans_words()
    {
        string[] pieces = ["s", "S", "sn", "MRN", "driver", "Driver's", "'s", "'", "phone", "Fax", "dr", "Mrs", "wife", "SON", "pt", " ", "  ", "-", "5", "12",
            "é", "Zoë", "\n", "\r\n", "/", ":", "abcdefghijklmnopqrstuvwxyzabcde", "abcdefghijklmnopqrstuvwxyzabcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"];
        var random = new Random(3135);
        var scans = new[] { (Labels, false), (Labels, true), (Cues, false), (Cues, true) };
        int found = 0;
        for (int round = 0; round < 5000; round++)
        {
            var text = new StringBuilder();
            for (int j = random.Next(0, 60); j > 0; j--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }
            string sample = text.ToString();
            var runs = LetterRuns.Of(sample);
            foreach (var (set, possessive) in scans.OrderBy(_ => random.Next()))
            {
                var expected = PlainWordScan.Starts(set, sample, allowPossessive: possessive);
                Assert.Equal(expected, new WordStarts(set, possessive).Find(sample, runs));
                found += expected.Count;
            }
        }
        Assert.True(found > 20000, $"only {found} words");
    }
}
