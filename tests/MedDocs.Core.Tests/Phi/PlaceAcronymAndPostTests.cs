using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass (the first holdout's misses, 2026-12-03): hospital acronyms defined in parentheses after the facility and
/// found again later, hospital acronyms before their emergency department, and military posts ("Fort Quill").
/// </summary>
public sealed class PlaceAcronymAndPostTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Transferred from Quarry Vale Hospital (QVH) on pressors.", "QVH")]
    [InlineData("Header: Dunmore General Hospital (DGH)\nNote", "DGH")]
    [InlineData("EMS took him to the WMH ED after the fall", "WMH")]
    [InlineData("seen at the BVMC ER overnight", "BVMC")]
    [InlineData("son is in the Navy, stationed at Fort Quill", "Fort Quill")]
    [InlineData("HUSBAND DEPLOYED FROM FORT ASHBY LAST MONTH", "FORT ASHBY")]
    public void PlacesAreFound(string text, string expected)
    {
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Text == expected);
    }

    [Fact]
    public void ADefinedAcronymIsFoundAgain()
    {
        const string text = "Admitted to Quarry Vale Hospital (QVH) 3/2. Records from QVH reviewed.";
        int second = text.LastIndexOf("QVH", StringComparison.Ordinal);
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Start == second);
    }

    [Theory]
    [InlineData("Seen at Quarry Vale Hospital (see note) today", "see")]
    [InlineData("Quarry Vale Hospital (ICU) called", "ICU")]
    [InlineData("CT head for SAH ED workup negative", "SAH")]
    [InlineData("large ICH ED course complicated", "ICH")]
    [InlineData("wall built like a fort in the yard", "fort")]
    [InlineData("walked 150 Ft. Without device", "Ft")]
    public void LookAlikesStayUnmarked(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }
}
