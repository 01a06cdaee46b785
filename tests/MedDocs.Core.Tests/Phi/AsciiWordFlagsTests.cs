using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>One lookup in several sets must answer as each set's own lookup does.</summary>
public sealed class AsciiWordFlagsTests
{
    private static readonly AsciiWordSet First = new(["st", "street", "to", "in", "center's", "walk-in", "Home"]);
    private static readonly AsciiWordSet Second = new(["to", "from", "in", "of", "HOME", "a"]);
    private static readonly AsciiWordSet Third = new(["ave", "st", "a", "x"]);

    [Fact]
    public void Each_bit_is_that_sets_answer()
    {
        var flags = new AsciiWordFlags(First, Second, Third);
        string[] words =
        [
            "st", "ST", "St", "street", "to", "TO", "in", "center's", "CENTER'S", "walk-in", "home", "Home", "from", "of", "a", "A",
            "ave", "x", "X", "", "s", "stre", "streets", "ſt", "\u212Aave", "to ", " to", "1st", "été", "fromm", "xx", "center",
        ];
        int members = 0;
        foreach (string word in words)
        {
            int expected = (First.Contains(word) ? 1 : 0) | (Second.Contains(word) ? 2 : 0) | (Third.Contains(word) ? 4 : 0);
            Assert.Equal(expected, flags.Of(word));
            members += expected == 0 ? 0 : 1;
        }
        Assert.True(members >= 15, $"only {members} members");
    }

    [Fact]
    public void Non_ascii_words_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AsciiWordFlags(new AsciiWordSet(["café"])));
    }
}
