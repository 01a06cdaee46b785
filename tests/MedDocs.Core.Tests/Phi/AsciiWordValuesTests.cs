using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The word-value table that replaced comparison loops must answer as those loops did.</summary>
public sealed class AsciiWordValuesTests
{
    private static readonly AsciiWordValues Values = new(["one", "oh", "hundred", "one"], [1, 0, 100, 7]);

    [Theory]
    [InlineData("one", 1)]
    [InlineData("ONE", 1)]
    [InlineData("Oh", 0)]
    [InlineData("hUNDRED", 100)]
    public void ListedWordsAreFoundInAnyCaseAndTheFirstValueWins(string word, int expected) =>
        Assert.Equal(expected, Values.Get(word, -1));

    [Theory]
    [InlineData("One")]
    [InlineData("t\u00e9n")]
    [InlineData("")]
    public void WordsThatAreNotLowerCaseAsciiAreRefused(string word) =>
        Assert.Throws<ArgumentException>(() => new AsciiWordValues([word], [1]));

    [Theory]
    [InlineData("")]
    [InlineData("on")]
    [InlineData("ones")]
    [InlineData("onf")]
    [InlineData("1ne")]
    [InlineData("o\u00e9xx")]
    public void UnlistedWordsGetTheMissingValue(string word) => Assert.Equal(-1, Values.Get(word, -1));

    [Theory]
    [InlineData("on\u00e9")]
    [InlineData("\u017Fne")]
    public void NonAsciiWordsThatMightMatchAreLeftToTheExactComparison(string word) =>
        Assert.Equal(AsciiWordValues.NotAscii, Values.Get(word, -1));

    [Theory]
    [InlineData("sept", 9)]
    [InlineData("SEP", 9)]
    [InlineData("May", 5)]
    [InlineData("december", 12)]
    [InlineData("decembers", 0)]
    [InlineData("d\u00e9c", 0)]
    public void MonthWordsAreReadAsBefore(string word, int month) => Assert.Equal(month, ShortDateRules.MonthOf(word));

    [Theory]
    [InlineData("fifth", 5)]
    [InlineData("Thirtieth", 30)]
    [InlineData("twenty-first", 21)]
    [InlineData("thirty-fifth", 0)]
    [InlineData("fifths", 0)]
    public void OrdinalWordsAreReadAsBefore(string word, int value) => Assert.Equal(value, ShortDateRules.OrdinalValue(word));

    [Theory]
    [InlineData("oh", 0)]
    [InlineData("Ninety", 90)]
    [InlineData("hundred", 100)]
    [InlineData("nine", 9)]
    [InlineData("nines", -1)]
    [InlineData("n", -1)]
    public void NumberWordsAreReadAsBefore(string word, int value) => Assert.Equal(value, SpokenNumbers.Value(word));
}
