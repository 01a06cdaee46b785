using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Ninth pass, identifiers made of numbers: ages over 89 in demographics pairs and asides, the last four of an SSN,
/// slashed and cued local telephone numbers, ZIP codes on street lines without the comma. Invented text.
/// </summary>
public sealed class NinthPassNumberIdentifierTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Age / Sex:   97 / F", "97")]
    [InlineData("Age/Sex/Race: 92/M/B", "92")]
    [InlineData("lives with husband Bram (95, uses a cane) nearby", "95")]
    [InlineData("his aunt (101, blind) is at the bedside", "101")]
    [InlineData("Mr. Tallis (Rupert Tallis, 93) slept well", "93")]
    [InlineData("sister Ingrid Vole, 92, called twice", "92")]
    [InlineData("pt is 98 -- family meeting set", "98")]
    public void AgesOverEightyNineInDemographicsAndAsides(string text, string expected) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Age && f.Text == expected);

    [Theory]
    [InlineData("HR 96 / min, regular")]
    [InlineData("dose 100/mL infused")]
    [InlineData("(Harlow Study, 1994) reported")]
    [InlineData("(Ward, 90) beds open")]
    [InlineData("husband Bram (85, uses a cane) nearby")]
    [InlineData("pt is 96 - 98% on RA")]
    [InlineData("sister Ingrid Vole, 87, called twice")]
    public void LookAlikesAreNotAges(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Age);

    [Theory]
    [InlineData("Last 4 SSN: 3157", "3157")]
    [InlineData("SSN (last 4):  xxx-xx-2290", "2290")]
    [InlineData("member confirmed SSN ending 7714 by phone", "7714")]
    [InlineData("last four of SSN 6028 verified", "6028")]
    [InlineData("SS# ***-**-5183 (last 4 only)", "5183")]
    public void LastFourOfAnSsn(string text, string expected) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Ssn && f.Text == expected);

    [Theory]
    [InlineData("SSN: 4471 on file")]
    [InlineData("SSN not provided, last visit 2024")]
    [InlineData("last 4 SSN: 12345")]
    [InlineData("SSN last 4 unknown; 3 visits")]
    public void NumbersNearAnSsnWordThatAreNotItsLastFour(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Ssn);

    [Theory]
    [InlineData("call back 602/555/0139 after noon", "602/555/0139")]
    [InlineData("ED 316/555-0172 main desk", "316/555-0172")]
    [InlineData("daughter Mina (POA) 555-0186 prefers texts", "555-0186")]
    [InlineData("left msg at rectory 555-0144", "555-0144")]
    [InlineData("answering service 555-0177 took the message", "555-0177")]
    public void SlashedAndCuedLocalPhones(string text, string expected) =>
        Assert.Contains(_engine.Find(text), f => f.Type is PhiType.Phone or PhiType.Fax && f.Text == expected);

    [Theory]
    [InlineData("ratio 120/555/0139 noted")]
    [InlineData("lot 402/345/6789/2 used")]
    [InlineData("BP 132/78, HR 555")]
    public void SlashedNumbersThatAreNotPhones(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type is PhiType.Phone or PhiType.Fax && f.Rule == "phone-slashed");

    [Theory]
    [InlineData("Home: 41 Wren Ln, Birch Hollow MN 55712   cell on file", "55712")]
    [InlineData("Clinic  300 Depot Ave  Lone Ridge KS 67301", "67301")]
    [InlineData("addr 12 s. elm st, ogden, ut 84401", "84401")]
    public void ZipCodesOnStreetLinesWithoutTheComma(string text, string expected) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Zip && f.Text == expected);

    [Theory]
    [InlineData("cath lab IN 12345 queued")]
    [InlineData("Room 4, seen by Ann Roe MD 40112")]
    [InlineData("2 units given, Ref OR 30482")]
    public void FiveDigitNumbersAfterLookAlikeStatesAreNotZipCodes(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Zip);
}
