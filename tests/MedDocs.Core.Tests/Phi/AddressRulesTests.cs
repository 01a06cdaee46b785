using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>Street addresses of ASCII texts (the pattern anchored at house numbers) must be the searched pattern's matches.</summary>
public sealed class AddressRulesTests
{
    [Fact]
    public void Street_addresses_at_house_numbers_are_the_searched_matches()
    {
        string[] numbers = ["12", "1234", "123456", "1234567", "7", "12B", "x12", "_12", "3.12", "12-"];
        string[] words = ["Oak", "N", "N.", "North", "Main", "main", "O'Hara", "St.-Jean", "5th", "21st", "3", "Elm", "Dr", "St", "Apt"];
        string[] suffixes = ["Street", "St", "St.", "Ave", "Road", "Dr", "Drive", "Way", "Loop", "Stx", "Pl", "Turnpike", ""];
        string[] tails = ["", " NE", " W.", ", Suite 200", " Apt 4B", " # 12", ", Floor 3-A", " Bldg. B", ".", ",", "5", " Unit x"];
        string[] blanks = [" ", "  ", "\t", "", "\n"];
        var random = new Random(7);
        string Pick(string[] from) => from[random.Next(from.Length)];
        int matches = 0;
        for (int i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int address = random.Next(1, 3); address > 0; address--)
            {
                text.Append(Pick(["", "at ", "lives ", "(", "-"])).Append(Pick(numbers)).Append(Pick(blanks));
                for (int w = random.Next(0, 5); w > 0; w--)
                {
                    text.Append(Pick(words)).Append(Pick(blanks));
                }
                text.Append(Pick(suffixes)).Append(Pick(tails)).Append(Pick([" ", "; ", "\n", ""]));
            }
            string s = text.ToString();
            var expected = new List<(int, int)>();
            foreach (var m in PhiPatterns.StreetAddress().EnumerateMatches(s))
            {
                expected.Add((m.Index, m.Length));
            }
            var sink = new FindingSink(s);
            AddressRules.Collect(sink);
            var actual = sink.Findings.Where(f => f.Rule == "street-address").Select(f => (f.Start, f.Length)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"[{s}]");
            matches += expected.Count;
        }
        Assert.True(matches > 2000, $"only {matches} addresses: the samples no longer exercise the pattern");
    }
}
