using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>Names after colons: the ASCII path (pattern anchored at colons) must find what the searched pattern finds.</summary>
public sealed class NameRulesTests
{
    [Fact]
    public void Names_after_colons_match_the_plain_path()
    {
        string[] labels = ["Patient", "Pt", "Name", "Attending Physician", "cc", "BP", "Plan", "Re", "Mother", "x"];
        string[] between = [":", ": ", ":\t", ":  ", " : ", "::", ":\n"];
        string[] names = ["Maria Lopez", "LOPEZ, MARIA", "Lopez, Maria T.", "Dr. Ann Brown", "Mr Smith", "John Q. Public Jr.", "O'Brien", "maria lopez", "120/80", "Continue", "ANN B", "Mary-Kate Olsen"];
        string[] after = [" ", ". ", ", ", "\n", "; ", ":", ""];
        var random = new Random(23);
        string Pick(string[] from) => from[random.Next(from.Length)];
        int found = 0;
        for (int i = 0; i < 5000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(1, 4); j > 0; j--)
            {
                text.Append(Pick(labels)).Append(Pick(between)).Append(Pick(names)).Append(Pick(after));
            }
            string ascii = text.ToString();
            var expected = NameCues(ascii + "\n\u00E9", ascii.Length);
            Assert.Equal(expected, NameCues(ascii, ascii.Length));
            found += expected.Count;
        }
        Assert.True(found > 2000, $"only {found} names");
    }

    private static List<(int, int)> NameCues(string text, int within)
    {
        var sink = new FindingSink(text);
        NameRules.Collect(sink);
        return sink.Findings.Where(f => f.Rule == "name-cue" && f.Start + f.Length <= within).Select(f => (f.Start, f.Length)).ToList();
    }
}
