using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass (the first holdout's false places, 2026-12-03): an infinitive after "to", "INC" for incision, "the" inside a
/// name only after "of", kinds of care, service and bank, a lower-case credential after a person, "of the" before a group,
/// and anatomical junctions.
/// </summary>
public sealed class PlaceLookAlikeTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("fellow at bedside, decided not to extubate.", "extubate")]
    [InlineData("TEAM AT BEDSIDE, DECISION NOT TO CARDIOVERT. ON DILT GTT", "CARDIOVERT")]
    [InlineData("CHEST: MIDLINE INC C/D/I, STAPLES INTACT", "INC")]
    [InlineData("refilled metoprolol the pharmacy will deliver", "metoprolol")]
    [InlineData("Postmortem care done, family at bedside", "Postmortem")]
    [InlineData("Member Services 1-800-555-0100", "Member")]
    [InlineData("Tissue bank notified at 0400", "Tissue")]
    [InlineData("got report from oyelaran rn at change of shift and all quiet", "oyelaran")]
    [InlineData("she's one of the intensivists here today and all is well", "intensivists")]
    [InlineData("CXR: line tip at sinoatrial junction.", "sinoatrial")]
    public void LookAlikesStayUnmarked(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }

    [Theory]
    [InlineData("Stock held by Quillfeather Supply Inc. since 2019", "Quillfeather Supply Inc")]
    [InlineData("he flew out of tarrowby on tuesday morning with his son", "tarrowby")]
    [InlineData("she lives in grand junction now", "grand junction")]
    public void PlacesStillFound(string text, string expected)
    {
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Text.Contains(expected, StringComparison.Ordinal));
    }
}
