using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The vectorised word scan must find the plain scan's words.</summary>
public sealed class WordStartsTests
{
    private static readonly AsciiWordSet Words = new(["s", "sn", "mrn", "driver's", "drivers", "driver", "phone", "fax", "signed", "a", "license"]);

    private static IEnumerable<string> Samples()
    {
        string[] pieces = ["s", "S", "sn", "MRN", "driver", "Driver's", "'s", "'", "phone", "Fax", "signed", "a", "License", " ", "  ", "-", "5", "_", "`", "[", "é", "x", "\n", "/", "mrnx", "xmrn"];
        var random = new Random(17);
        for (int i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(0, 25); j > 0; j--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            yield return text.ToString();
        }
    }

    [Fact]
    public void Words_are_those_of_the_plain_scan()
    {
        int found = 0;
        foreach (var text in Samples())
        {
            var expected = PlainWordScan.Starts(Words, text);
            Assert.Equal(expected, new WordStarts(Words).Find(text));
            found += expected.Count;
        }
        Assert.True(found > 20000, $"only {found} words");
    }

    [Fact]
    public void Possessive_words_are_those_of_the_plain_scan()
    {
        int found = 0;
        foreach (var text in Samples())
        {
            var expected = PlainWordScan.Starts(Words, text, allowPossessive: true);
            Assert.Equal(expected, new WordStarts(Words, allowPossessive: true).Find(text));
            found += expected.Count;
        }
        Assert.True(found > 20000, $"only {found} words");
    }
}
