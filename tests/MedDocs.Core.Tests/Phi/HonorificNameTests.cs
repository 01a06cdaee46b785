using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>Names after titles: the ASCII path (pattern anchored at title words) must find what the searched pattern finds.</summary>
public sealed class HonorificNameTests
{
    [Fact]
    public void Names_after_titles_match_the_plain_path()
    {
        string[] before = ["", " ", "\n", "x", "1", "_", "-", "(", "seen by ", "and ", "'", "s"];
        string[] titles = ["Dr", "Dr.", "DR", "dr.", "Mr", "Mrs.", "Ms", "Miss", "Mx.", "Prof.", "Doctor", "Drs", "Mister", "Mr.Mrs", "Dr.."];
        string[] between = [" ", "  ", "\t", "", "\n", ". "];
        string[] names = ["Maria Lopez", "Smith", "Ann B. Brown", "John Q. Public Jr.", "O'Brien", "maria lopez", "LOPEZ", "Mary-Kate Olsen", "Mr Smith", "Dr. Lee", "Will", "Pain", "120"];
        string[] after = [" ", ". ", ", ", "\n", "'s ", "-", "x", ""];
        var random = new Random(29);
        string Pick(string[] from) => from[random.Next(from.Length)];
        int found = 0;
        for (int i = 0; i < 5000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(1, 5); j > 0; j--)
            {
                text.Append(Pick(before)).Append(Pick(titles)).Append(Pick(between)).Append(Pick(names)).Append(Pick(after));
            }
            string ascii = text.ToString();
            var expected = HonorificNames(ascii + "\n\u00E9", ascii.Length);
            Assert.Equal(expected, HonorificNames(ascii, ascii.Length));
            found += expected.Count;
        }
        Assert.True(found > 2000, $"only {found} names");
    }

    private static List<(int, int)> HonorificNames(string text, int within)
    {
        var sink = new FindingSink(text);
        NameRules.Collect(sink);
        return sink.Findings.Where(f => f.Rule == "name-honorific" && f.Start + f.Length <= within).Select(f => (f.Start, f.Length)).ToList();
    }
}
