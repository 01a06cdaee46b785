using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The shapes real clinical notes carry (issue 11): month/day dates and their look-alikes, names in any letter
/// case after titles, relations, roles and in "LAST, FIRST" headers, self-introductions, places, extensions,
/// and the false positives of run-together shorthand. Each case was written before its rule.
/// </summary>
public sealed class PhiContextRulesTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("CT done 9/12, repeat in am", "9/12")]
    [InlineData("f/u on 10/23 with cards", "10/23")]
    [InlineData("admitted 12/3 from home", "12/3")]
    [InlineData("abx course 9/12-9/14 completed", "9/12")]
    [InlineData("abx course 9/12-9/14 completed", "9/14")]
    [InlineData("Dr BRENNAN aware of 9/12 CT.", "9/12")]
    [InlineData("see you on the 5th", "5th")]
    [InlineData("since the 21st of June she", "21st of June")]
    [InlineData("appt june 10 at clinic", "june 10")]
    [InlineData("scheduled for june tenth", "june tenth")]
    [InlineData("on the fifth of april he fell", "fifth of april")]
    [InlineData("returning dec. 5th", "dec. 5th")]
    [InlineData("fell on 3 april at home", "3 april")]
    [InlineData("family visiting for Christmas", "Christmas")]
    [InlineData("back after labor day", "labor day")]
    public void MonthDayDatesWithoutAYearAreDates(string text, string expected) => AssertFound(text, PhiType.Date, expected);

    [Theory]
    [InlineData("BP 120/80 HR 88")]
    [InlineData("PEEP 5/5 FiO2 40%")]
    [InlineData("vent: PS 10/5, weaned to 5/5")]
    [InlineData("1/2 tab percocet")]
    [InlineData("percocet 5/325 mg po")]
    [InlineData("GCS 3/15 off sedation")]
    [InlineData("strength 5/5 throughout")]
    [InlineData("grips 4/5 bilat")]
    [InlineData("2/6 murmur at LSB")]
    [InlineData("pain 7/10 at incision")]
    [InlineData("pain rated 3/10")]
    [InlineData("I:E 1/2")]
    [InlineData("insulin sliding scale 2/4")]
    [InlineData("on the 5th floor")]
    [InlineData("the 3rd time today")]
    [InlineData("may 5 of them")]
    [InlineData("pt may 2 more doses")]
    public void FractionsRatiosDosesAndSettingsAreNotDates(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Date);

    [Theory]
    [InlineData("Dr BRENNAN aware", "BRENNAN")]
    [InlineData("discussed w/ dr. smith this am", "smith")]
    [InlineData("Drs. Lee and Park at bedside", "Lee")]
    [InlineData("Drs. Lee and Park at bedside", "Park")]
    [InlineData("Dr. J. Whitfield paged", "J. Whitfield")]
    [InlineData("seen by Dr Tomasz Brennan today", "Tomasz Brennan")]
    [InlineData("DR BAKER NOTIFIED OF K 3.1", "BAKER")]
    [InlineData("reviewed with attending Smith", "Smith")]
    [InlineData("note by Jane Lee, RN", "Jane Lee")]
    [InlineData("ok per Brennan MD", "Brennan")]
    public void ClinicianNamesAfterTitlesRolesAndCredentialsInAnyCase(string text, string expected) => AssertFound(text, PhiType.Name, expected);

    [Theory]
    [InlineData("Dr aware of labs")]
    [InlineData("dr notified, no new orders")]
    [InlineData("MD paged re: BP")]
    [InlineData("team aware, will cont to monitor")]
    public void TitlesAndRolesWithoutANameFindNoName(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Name);

    [Theory]
    [InlineData("son john in to visit", "john")]
    [InlineData("dtr (mary) updated by phone", "mary")]
    [InlineData("wife Hope called", "Hope")]
    [InlineData("HCP: bob, aware of plan", "bob")]
    [InlineData("niece Tomasza at bedside", "Tomasza")]
    [InlineData("husband - Frank Whitfield - at bedside", "Frank Whitfield")]
    [InlineData("brother Dmitri in from out of town", "Dmitri")]
    [InlineData("friend dana brought clothes", "dana")]
    [InlineData("Mary (daughter) called", "Mary")]
    public void RelativesAndProxiesByFirstName(string text, string expected) => AssertFound(text, PhiType.Name, expected);

    [Theory]
    [InlineData("daughter will call back tonight")]
    [InlineData("son called for update")]
    [InlineData("wife at bedside, very supportive")]
    [InlineData("dtr here and aware of plan")]
    public void RelationsWithoutANameFindNoName(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Name);

    [Theory]
    [InlineData("PATIENT: WHITFIELD, DANA R.   DOB: 01/02/1950", "WHITFIELD, DANA R.")]
    [InlineData("ORDERING: BRENNAN, TOMASZ MD", "BRENNAN, TOMASZ")]
    [InlineData("Collected for Whitfield, Dana at 0600", "Whitfield, Dana")]
    [InlineData("dana whitfield came in with her son", "dana whitfield")]
    [InlineData("Spoke with Maria Lopez about the plan", "Maria Lopez")]
    public void PatientNamesInHeadersAndPairs(string text, string expected) => AssertFound(text, PhiType.Name, expected);

    [Theory]
    [InlineData("hi my name's dana and i'm calling about my dad", "dana")]
    [InlineData("so my name is tomasz brennan", "tomasz brennan")]
    [InlineData("yeah hi i'm dmitri, the nephew", "dmitri")]
    [InlineData("okay this is dr smith from cardiology", "smith")]
    public void TranscriptNamesInLowerCaseAndSelfIntroductions(string text, string expected) => AssertFound(text, PhiType.Name, expected);

    [Theory]
    [InlineData("Yeah. I mean it hurts. Yeah.")]
    [InlineData("i'm fine, i'm just tired")]
    [InlineData("Lasix 40 mg given. Levophed weaned off.")]
    [InlineData("Will give Tylenol and Hope for the best")]
    [InlineData("we will see, bill is paid")]
    public void TranscriptWordsAndDrugsAreNotNames(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Name);

    [Theory]
    [InlineData("transferred from Baystate Medical Center for cath", "Baystate Medical Center")]
    [InlineData("plan d/c to Spaulding Rehab tomorrow", "Spaulding Rehab")]
    [InlineData("pt transferred from MGH last night", "MGH")]
    [InlineData("lives in quincy with wife", "quincy")]
    [InlineData("family driving from New Bedford", "New Bedford")]
    [InlineData("came from lowell general hospital ED", "lowell general hospital")]
    [InlineData("resides at Hebrew Rehabilitation Center", "Hebrew Rehabilitation Center")]
    [InlineData("seen @ BIDMC for follow-up", "BIDMC")]
    [InlineData("Admitted to St. Elizabeth's Hospital in 2010", "St. Elizabeth's Hospital")]
    public void LocationsFacilitiesAcronymsAndTowns(string text, string expected) => AssertFound(text, PhiType.Location, expected);

    [Theory]
    [InlineData("transferred from OSH")]
    [InlineData("transferred to MICU for airway")]
    [InlineData("back to the floor after CT")]
    [InlineData("d/c to rehab when stable")]
    [InlineData("went to the hospital")]
    public void GenericPlacesAreNotLocations(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location);

    [Theory]
    [InlineData("page x5-1234 with questions", "5-1234")]
    [InlineData("call x51234 for results", "51234")]
    [InlineData("beeper 12345", "12345")]
    [InlineData("pgr 4321 covering", "4321")]
    [InlineData("pager #5-6789", "5-6789")]
    [InlineData("ext. 4455 in the lab", "4455")]
    public void ExtensionsAndPagers(string text, string expected) => AssertFound(text, PhiType.Phone, expected);

    [Theory]
    [InlineData("turned x2 overnight")]
    [InlineData("NS bolus 1000 cc")]
    [InlineData("called at 1400 re: K")]
    [InlineData("page team if SBP < 90")]
    public void CountsTimesAndVolumesAreNotExtensions(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Phone);

    [Theory]
    [InlineData("tol feeds well.pt sleeping")]
    [InlineData("no distress.no complaints")]
    [InlineData("will cont.in am")]
    public void RunTogetherShorthandIsNotADomain(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Url);

    [Fact]
    public void ADomainWithAGenericEndingOrAPathIsStillAUrl()
    {
        AssertFound("see mychart.example.com for results", PhiType.Url, "mychart.example.com");
        AssertFound("forms at clinic.de/forms today", PhiType.Url, "clinic.de/forms");
    }

    [Fact]
    public void YearsAloneAreReportedOnlyWhenAskedFor()
    {
        const string text = "CABG in 2010, MI since 1998 and lives here since '98.";
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Year);
        var withYears = new PhiRulesEngine { IncludeYears = true }.Find(text);
        Assert.Contains(withYears, f => f.Type == PhiType.Year && f.Text == "2010");
        Assert.Contains(withYears, f => f.Type == PhiType.Year && f.Text == "1998");
        Assert.Contains(withYears, f => f.Type == PhiType.Year && f.Text == "'98");
        // A year inside a full date stays a date; quantities are not years.
        var dates = new PhiRulesEngine { IncludeYears = true }.Find("seen 03/14/2010, gave 2000 mg, at 1930 hrs");
        Assert.DoesNotContain(dates, f => f.Type == PhiType.Year);
    }

    [Fact]
    public void LaterMentionsOfAFoundNameAreFoundInAnyCase()
    {
        var findings = _engine.Find("Dr. Whitfield saw pt. WHITFIELD aware. spoke w/ whitfield re plan.");
        Assert.Equal(3, findings.Count(f => f.Type == PhiType.Name && f.Text.Equals("whitfield", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void AFoundNameThatIsAlsoAnEnglishWordIsNotRepeatedInLowerCase()
    {
        var findings = _engine.Find("wife Hope called. we hope to extubate.");
        Assert.Single(findings, f => f.Type == PhiType.Name);
    }

    [Fact]
    public void OffsetsOfEveryNewFindingMatchTheText()
    {
        const string text = "son john 9/12; Dr BRENNAN x5-1234; transferred from MGH; lives in quincy; on the 5th";
        var findings = _engine.Find(text);
        Assert.True(findings.Count >= 7);
        Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    private void AssertFound(string text, PhiType type, string expected) => PhiAssert.Found(_engine, text, type, expected);
}

/// <summary>Redaction of the types and shapes the context rules added (issue 11): tags and surrogates cover them all.</summary>
public sealed class PhiContextRedactionTests
{
    private const string Note =
        "Dr BRENNAN aware of 9/12 CT. son john in to visit, HCP: bob. transferred from Baystate Medical Center; lives in quincy. " +
        "page x5-1234 or beeper 12345. PATIENT: WHITFIELD, DANA R. on the 5th, june tenth. CABG in 2010.";

    [Theory]
    [InlineData(RedactionMode.Tags)]
    [InlineData(RedactionMode.Surrogate)]
    public void EveryNewFindingIsReplaced(RedactionMode mode)
    {
        var findings = new PhiRulesEngine { IncludeYears = true }.Find(Note);
        Assert.Contains(findings, f => f.Type == PhiType.Year);
        Assert.Contains(findings, f => f.Rule == "location-facility");
        Assert.Contains(findings, f => f.Rule == "phone-extension");
        var result = PhiRedactor.Redact(Note, findings, mode, seed: 11);
        Assert.Equal(findings.Count, result.Replacements);
        foreach (var f in findings)
        {
            Assert.False(ContainsWord(result.Text, f.Text), $"{f.Type} '{f.Text}' survived {mode} redaction: {result.Text}");
        }
    }

    [Fact]
    public void TagsNameTheNewTypes()
    {
        var findings = new PhiRulesEngine { IncludeYears = true }.Find(Note);
        var text = PhiRedactor.Redact(Note, findings, RedactionMode.Tags).Text;
        Assert.Contains("Dr [NAME] aware of [DATE] CT", text, StringComparison.Ordinal);
        Assert.Contains("transferred from [LOCATION]", text, StringComparison.Ordinal);
        Assert.Contains("page x[PHONE]", text, StringComparison.Ordinal);
        Assert.Contains("CABG in [YEAR]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SurrogateYearsKeepTheirShapeAndMoveTogether()
    {
        const string text = "CABG in 2010, stent since 2010 and MI in '98.";
        var findings = new PhiRulesEngine { IncludeYears = true }.Find(text);
        var map = PhiRedactor.Redact(text, findings, RedactionMode.Surrogate, seed: 3, includeMap: true).Map!;
        var years = map.Where(r => r.Type == PhiType.Year).ToList();
        Assert.Equal(3, years.Count);
        Assert.Equal(years[0].Substitute, years[1].Substitute);
        Assert.Matches("^[0-9]{4}$", years[0].Substitute);
        Assert.Matches("^'[0-9]{2}$", years[2].Substitute);
        Assert.NotEqual("2010", years[0].Substitute);
    }

    private static bool ContainsWord(string text, string value)
    {
        int at = -1;
        while ((at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) >= 0)
        {
            int end = at + value.Length;
            bool left = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool right = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (left && right)
            {
                return true;
            }
        }
        return false;
    }
}
