using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass: seven-digit numbers after a cue a few words back or before an extension, short extensions after a number
/// or a business's name, faxed-to numbers, rate ranges with a unit, and "@" used for "at" in shorthand.
/// </summary>
public sealed class ShorthandPhoneAndRangeTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("RN to call handoff to 555-0187 x 341 before transport", "555-0187")]
    [InlineData("RN to call handoff to 555-0187 x 341 before transport", "341")]
    [InlineData("chaplain direct line given 555-0143 for family", "555-0143")]
    [InlineData("son Tobias 555-0178 wants updates", "555-0178")]
    [InlineData("shelter staff contact Ines, 555-0166 x318.", "318")]
    [InlineData("wife reachable at Fenwick Hardware x329 days", "329")]
    public void LocalNumbersAndExtensionsAreTelephones(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Phone && f.Text.Contains(value));

    [Theory]
    [InlineData("Consent faxed to rehab 555-0191 today", "555-0191")]
    [InlineData("Summary faxed to the cardiology office (608) 555-0124.", "(608) 555-0124")]
    public void NumbersAFaxWasSentToAreFaxes(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Fax && f.Text == value);

    [Theory]
    [InlineData("given 250 x3 doses, 500 x 2")]
    [InlineData("insulin 10 units x120 min")]
    [InlineData("NS x250 bolus")]
    [InlineData("increased to 250-1000 mL")]
    public void DosesAndRepeatsAreNotTelephones(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type is PhiType.Phone or PhiType.Fax);

    [Theory]
    [InlineData("FOLEY 30-60CC/HR CLEAR")]
    [InlineData("HR 90-105S SINUS")]
    [InlineData("SBP 140-160S/70S")]
    [InlineData("DILAUDID 2-4MG Q3H PRN")]
    public void UnitRangesAreNotIdentifiers(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule == "id-shape");

    [Theory]
    [InlineData("drip off since 2200,resumed@0330.will recheck")]
    [InlineData("bolus lr@150.k 3.2 repleted")]
    public void AtSignBeforeATimeIsNotAnEmail(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Email);

    [Fact]
    public void ADigitHostWithARealDomainStaysAnEmail() =>
        Assert.Contains(_engine.Find("contact lin.wei@163.com for records"), f => f.Type == PhiType.Email);
}
