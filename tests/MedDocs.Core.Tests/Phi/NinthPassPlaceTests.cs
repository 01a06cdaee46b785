using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Ninth pass (holdout5's place misses): wards named by a word and a floor with the unit's kind after them, a building's
/// floor or a floor's side, a unit's kind before the unit noun; streets written as documents write them.
/// </summary>
public sealed class NinthPassPlaceTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Moved from PICU -> Pelican 6 step-down overnight.", "Pelican 6")]
    [InlineData("Hematology -- Arden General, Corvell 8 (Oncology Unit)\n", "Corvell 8")]
    [InlineData("name: DOE, A  mrn 1234567  loc Wexley 5 Heme/Onc rm 512\n", "Wexley 5")]
    [InlineData("hung by RN Ada Pike, Quennell 3 Med-Surg, at 0400", "Quennell 3")]
    [InlineData("Location: inpatient, Tamsin 2 rm 208\n", "Tamsin 2")]
    [InlineData("GLUCOSE LOG -- Harcourt Tower 6 (Renal/Med)\n", "Harcourt Tower 6")]
    [InlineData("Acc 22-1   Loc Pembury 4 North   Ordering Z. Ali MD\n", "Pembury 4 North")]
    [InlineData("no facility accepts him yet; Dunmore Vent Unit reviewing chart", "Dunmore Vent Unit")]
    public void WardsDescribedByTheirUnitAreFound(string text, string expected) =>
        PhiAssert.Found(_engine, text, PhiType.Location, expected);

    [Theory]
    [InlineData("Grade 3 tele strip reviewed", "Grade")]
    [InlineData("Braden 14 rm air mattress ordered", "Braden")]
    [InlineData("Dr. Halvorsen 2 tele pts tonight", "Halvorsen")]
    [InlineData("Apgar 9 (Pediatrics present)", "Apgar")]
    [InlineData("Admitted to Step Down Unit from ED", "Down")]
    [InlineData("Wren 3 east of the nurses' station", "east")]
    public void WardLookAlikesStayUnmarked(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }

    [Theory]
    [InlineData("She stayed at the flat on Garber St. Offered naloxone kit.", "Garber St")]
    [InlineData("Rollover on Quarry Mill Rd this morning, extricated.", "Quarry Mill Rd")]
    [InlineData("walked to his aunt's place on Route 12 near the mill", "Route 12")]
    [InlineData("they camp behind the diner on Route 31. Denies fever.", "Route 31")]
    [InlineData("motorcycle vs deer on Old Forge Rd 11-02, helmeted", "Old Forge Rd")]
    [InlineData("Home address: W2213 County Rd JJ, Fennimore", "W2213 County Rd JJ")]
    [InlineData("Scene: 3100 block of E. Cactus Wren Rd, per deputy", "3100 block of E. Cactus Wren Rd")]
    public void StreetsAsDocumentsWriteThemAreFound(string text, string expected) =>
        PhiAssert.Found(_engine, text, PhiType.Location, expected);

    [Theory]
    [InlineData("Seen at Fairhaven Hospital Rd. entrance", "Fairhaven Hospital")]
    [InlineData("Followed by St. Brendan's Hospital St. Paul campus", "St")]
    [InlineData("County Rd was icy", "County")]
    [InlineData("Blood drawn on the 3 block of floor", "block")]
    [InlineData("Taper per route 1.5 mg protocol", "route")]
    public void StreetLookAlikesStayUnmarkedAsStreets(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Rule == "location-street" && f.Start <= at && f.Start + f.Length > at);
    }
}
