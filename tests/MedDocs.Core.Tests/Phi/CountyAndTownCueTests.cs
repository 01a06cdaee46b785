using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass (the first holdout's misses, 2026-12-03): counties ("Tamsin County"), a town's ambulance service ("Ashby
/// EMS") and the town after a street and "in" ("on nine quarry lane in tamsby").
/// </summary>
public sealed class CountyAndTownCueTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("picked up by Tamsin County deputies last night", "Tamsin County")]
    [InlineData("HELD AT WEXLEY COUNTY JAIL FOR 2 DAYS", "WEXLEY COUNTY")]
    [InlineData("Pt brought in by Ashby EMS, GCS 9.", "Ashby")]
    [InlineData("the fall was at her house on nine quarry lane in tamsby yesterday", "tamsby")]
    [InlineData("Lives at 14 Dale Rd in Wexley.", "Wexley")]
    public void PlacesAreFound(string text, string expected)
    {
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Text == expected);
    }

    [Theory]
    [InlineData("called the County for transport help", "County")]
    [InlineData("State County records requested", "State")]
    [InlineData("Pt brought in by EMS, GCS 9.", "EMS")]
    [InlineData("Pt brought in by County EMS.", "County")]
    [InlineData("lives on 14 Dale Rd in December moved", "December")]
    public void LookAlikesStayUnmarked(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }
}

/// <summary>Sixth pass: a common street word after "on" and a listed name ("on grant way"); "on my way" stays unmarked.</summary>
public sealed class NamedWeakStreetTests
{
    private readonly PhiRulesEngine _engine = new();

    [Fact]
    public void AStreetNamedAfterAPersonIsFound() =>
        Assert.Contains(_engine.Find("the clinic is right by the bank on grant way past the light"), f => f.Type == PhiType.Location && f.Text == "grant way");

    [Theory]
    [InlineData("son is on his way in now", "way")]
    [InlineData("pt said she is on the way", "way")]
    [InlineData("family waiting on long place in line", "place")]
    public void CommonPhrasesStayUnmarked(string text, string word)
    {
        int at = text.LastIndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }
}
