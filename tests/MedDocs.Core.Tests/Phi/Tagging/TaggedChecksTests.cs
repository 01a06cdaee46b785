using MedDocs.Core.Phi;
using MedDocs.Core.Phi.Tagging;

namespace MedDocs.Core.Tests.Phi.Tagging;

/// <summary>The checks the tagger's findings pass before they are reported (TaggedDates, TaggedNames).</summary>
public sealed class TaggedChecksTests
{
    private static PhiFinding Tagged(string text, string found, PhiType type = PhiType.Date)
    {
        int start = text.IndexOf(found, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{found}' is not in the text");
        return new PhiFinding(type, found, start, found.Length, PhiTagger.Confidence, PhiFinding.TaggerEngine, PhiFinding.TaggerEngine);
    }

    [Theory]
    [InlineData("K 3.9 on 6/14 0810, repeat pending", "6/14 0810", "6/14")]
    [InlineData("seen 10/2 21:45 by night team", "10/2 21:45", "10/2")]
    [InlineData("drawn 3/1/2026 0600 before dose", "3/1/2026 0600", "3/1/2026")]
    [InlineData("follow-up Oct 12 at clinic", "Oct 12", "Oct 12")]
    [InlineData("since Aug 4 2015 on warfarin", "Aug 4 2015", "Aug 4 2015")]
    public void ATimeOfDayIsTrimmedFromTheEndOfADate(string text, string found, string kept)
    {
        var result = TaggedDates.Check(text, Tagged(text, found));

        Assert.NotNull(result);
        Assert.Equal(kept, result.Text);
        Assert.Equal(text.IndexOf(kept, StringComparison.Ordinal), result.Start);
        Assert.Equal(kept, text.Substring(result.Start, result.Length));
    }

    [Theory]
    [InlineData("visit 0930-1015 with family", "0930-1015")]
    [InlineData("rechecked at 14:20, stable", "14:20")]
    [InlineData("0415 pt restless", "0415")]
    public void ATimeOfDayAloneIsNoDate(string text, string found)
    {
        Assert.Null(TaggedDates.Check(text, Tagged(text, found)));
    }

    [Theory]
    [InlineData("1/2 NS at 100 ml/hr", "1/2", false)]
    [InlineData("PEEP 5/5 FiO2 40%", "5/5", false)]
    [InlineData("admitted 7/9 from home", "7/9", true)]
    public void ABareMonthDayIsKeptOnlyWhereTheRulesReadADate(string text, string found, bool kept)
    {
        Assert.Equal(kept, TaggedDates.Check(text, Tagged(text, found)) is not null);
    }

    [Fact]
    public void FindingsOfOtherTypesPassUnchanged()
    {
        const string text = "call 0930 re: pager";
        var phone = Tagged(text, "0930", PhiType.Phone);

        Assert.Same(phone, TaggedDates.Check(text, phone));
    }

    [Theory]
    [InlineData("skin intact, Braden 18 this am", "Braden", false)]
    [InlineData("placed Swan Ganz via R IJ", "Swan", false)]
    [InlineData("d/w Braden at bedside, agrees", "Braden", true)]
    [InlineData("pt's sister Lourdes visited", "Lourdes", true)]
    public void AWordOfAnEponymPhraseIsNoName(string text, string found, bool kept)
    {
        Assert.Equal(kept, TaggedNames.Keep(text, Tagged(text, found, PhiType.Name)));
    }
}
