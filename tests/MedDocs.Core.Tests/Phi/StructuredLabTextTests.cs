using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Eighth pass (holdout4's misses): identifiers inside structured lab and interface text — HL7 v2 segments read by the
/// standard's field table, and tables read by the words of their header row — and the codes beside them that stay unfound.
/// </summary>
public sealed class StructuredLabTextTests
{
    private readonly PhiRulesEngine _engine = new();

    /// <summary>A segment line with the given fields at their standard numbers (MSH-1 is the separator, MSH-2 the encoding characters).</summary>
    private static string Segment(string id, params (int Number, string Value)[] fields)
    {
        int last = fields.Max(f => f.Number);
        int first = id == "MSH" ? 2 : 1;
        var values = new string[last - first + 1];
        Array.Fill(values, "");
        if (id == "MSH")
        {
            values[0] = "^~\\&";
        }
        foreach (var (number, value) in fields)
        {
            values[number - first] = value;
        }
        return id + "|" + string.Join("|", values) + "\n";
    }

    private static readonly string Message =
        Segment("MSH", (3, "CHEMLIS"), (4, "KRMC"), (5, "PORTAL"), (6, "KRMC"), (7, "202503070845"), (9, "ORU^R01"), (10, "CTL88Q2041"), (11, "P"), (12, "2.5.1"))
        + Segment("PID", (1, "1"), (2, "EXT5521"), (3, "7730412^^^KRMC^MR~900-11-2233^^^SSA^SS"), (5, "QUILLFEATHER^ROSAMUND^E^^MRS"), (7, "19380922"),
            (8, "F"), (9, "BIRDSALL^RO"), (11, "19 Tanager Way^Apt 3^Wexcombe^OR^97011"), (13, "^PRN^PH^^^503^5550144"), (18, "AC44120987"),
            (20, "OR-D4471092"))
        + Segment("PV1", (1, "1"), (2, "I"), (3, "5W^512^B^KRMC"), (7, "4418902^STAVROU^NIKOLAS^P^^DR^MD"), (19, "VN20250307-88"))
        + Segment("NK1", (1, "1"), (2, "QUILLFEATHER^BARNABY"), (3, "SPO"), (4, "19 Tanager Way^^Wexcombe^OR^97011"), (5, "^PRN^PH^^^503^5550188"))
        + Segment("ORC", (1, "RE"), (2, "PL5530021"), (3, "FL9920418"), (5, "CM"), (9, "202503070700"), (12, "1548271930^ABERNATHY^CLEO"))
        + Segment("OBR", (1, "1"), (2, "PL5530021"), (3, "FL9920418"), (4, "CBC^COMPLETE BLOOD COUNT"), (7, "202503070710"), (14, "202503070722"),
            (15, "BLD"), (16, "1548271930^ABERNATHY^CLEO"), (22, "202503070840"), (25, "F"), (32, "7712&TRESSEL&HUGO"))
        + Segment("OBX", (1, "1"), (2, "NM"), (3, "718-7^Hemoglobin^LN"), (5, "8.1"), (6, "g/dL"), (7, "12.0-15.5"), (8, "L"), (11, "F"),
            (14, "202503070838"), (16, "33019^MARWICK^JUNO"), (18, "AU5800-02"))
        + Segment("OBX", (1, "2"), (2, "NM"), (3, "777-3^Platelets^LN"), (5, "41"), (6, "10*3/uL"), (7, "150-400"), (8, "LL"), (11, "F"));

    [Theory]
    [InlineData(PhiType.Mrn, "7730412")]
    [InlineData(PhiType.Mrn, "EXT5521")]
    [InlineData(PhiType.Ssn, "900-11-2233")]
    [InlineData(PhiType.Location, "KRMC")]
    [InlineData(PhiType.Name, "QUILLFEATHER^ROSAMUND^E")]
    [InlineData(PhiType.Name, "BIRDSALL^RO")]
    [InlineData(PhiType.Date, "19380922")]
    [InlineData(PhiType.Location, "19 Tanager Way")]
    [InlineData(PhiType.Location, "Apt 3")]
    [InlineData(PhiType.Location, "Wexcombe")]
    [InlineData(PhiType.Zip, "97011")]
    [InlineData(PhiType.Phone, "5550144")]
    [InlineData(PhiType.AccountNumber, "AC44120987")]
    [InlineData(PhiType.LicenseNumber, "OR-D4471092")]
    [InlineData(PhiType.Date, "202503070845")]
    public void PatientSegmentFieldsAreReadByTheStandard(PhiType type, string value) => PhiAssert.Found(_engine, Message, type, value);

    [Theory]
    [InlineData(PhiType.LicenseNumber, "4418902")]
    [InlineData(PhiType.Name, "STAVROU^NIKOLAS^P")]
    [InlineData(PhiType.AccountNumber, "VN20250307-88")]
    [InlineData(PhiType.Name, "QUILLFEATHER^BARNABY")]
    [InlineData(PhiType.Phone, "5550188")]
    [InlineData(PhiType.Other, "PL5530021")]
    [InlineData(PhiType.Other, "FL9920418")]
    [InlineData(PhiType.Name, "ABERNATHY^CLEO")]
    [InlineData(PhiType.Date, "202503070710")]
    [InlineData(PhiType.Date, "202503070722")]
    [InlineData(PhiType.Date, "202503070840")]
    [InlineData(PhiType.Name, "TRESSEL&HUGO")]
    [InlineData(PhiType.Date, "202503070838")]
    [InlineData(PhiType.Name, "MARWICK^JUNO")]
    public void VisitOrderAndResultFieldsAreReadByTheStandard(PhiType type, string value) => PhiAssert.Found(_engine, Message, type, value);

    [Theory]
    [InlineData("CTL88Q2041")]
    [InlineData("AU5800-02")]
    [InlineData("718-7")]
    [InlineData("12.0-15.5")]
    [InlineData("CHEMLIS")]
    [InlineData("MRS")]
    [InlineData("5W")]
    public void CodesControlIdsAndEquipmentStayUnfound(string value) =>
        Assert.DoesNotContain(_engine.Find(Message), f => f.Text.Contains(value, StringComparison.Ordinal));

    [Fact]
    public void ANewbornPlaceholderGivenNameIsNoName()
    {
        var findings = _engine.Find("PID|1||N4410027^^^KRMC^MR||OYELOWO^BABY GIRL||20250306|F");
        Assert.Contains(findings, f => f.Type == PhiType.Name && f.Text == "OYELOWO");
        Assert.DoesNotContain(findings, f => f.Text.Contains("BABY", StringComparison.Ordinal));
    }

    [Fact]
    public void AProviderSentByNameAloneIsAName() =>
        PhiAssert.Found(_engine, "PV1||O|CLINIC 2|||||LINDQVIST^MAREN", PhiType.Name, "LINDQVIST^MAREN");

    [Fact]
    public void ADateTimeInAFieldWithoutARuleIsStillADate() =>
        PhiAssert.Found(_engine, Segment("OBR", (1, "1"), (3, "QX-55120"), (4, "GLU^GLUCOSE"), (7, "20250301"), (23, "20250302071500"), (25, "F")),
            PhiType.Date, "20250302071500");

    [Theory]
    [InlineData("ABC|1||7730412^^^KRMC^MR||QUILLFEATHER^ROSAMUND")]
    [InlineData("pid|1||7730412^^^KRMC^MR||QUILLFEATHER^ROSAMUND")]
    [InlineData("see PID|1||7730412^^^KRMC^MR||QUILLFEATHER^ROSAMUND")]
    public void PipesOutsideASegmentLineAreNotReadAsHl7(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule is not null && f.Rule.StartsWith("hl7-", StringComparison.Ordinal));

    [Fact]
    public void AnOrderNumberThatLooksLikeADateIsNoDateInItsOwnField() =>
        Assert.DoesNotContain(_engine.Find("ORC|NW|20250301||\nOBX|1|NM|2345-7^Glucose^LN||20250301|mg/dL"), f => f.Type == PhiType.Date);

    private const string Extract =
        "SPEC_NO|SURNAME|GIVEN|MRN|BIRTH_DATE|ANALYTE|VALUE|ANALYZER|RESULTED_BY\n"
        + "Q25-0041187|FAIRWEATHER|JUNE|7701-442|19440612|TSH|0.02|AU5800-02|TLM\n"
        + "Q25-0041190|ASHGROVE-PIKE|MERRIT|7701-918|1951-08-30|FT4|3.9|AU5800-02|rkhan\n";

    [Theory]
    [InlineData(PhiType.Other, "Q25-0041187")]
    [InlineData(PhiType.Name, "FAIRWEATHER")]
    [InlineData(PhiType.Name, "JUNE")]
    [InlineData(PhiType.Mrn, "7701-442")]
    [InlineData(PhiType.Date, "19440612")]
    [InlineData(PhiType.Name, "TLM")]
    [InlineData(PhiType.Name, "ASHGROVE-PIKE")]
    [InlineData(PhiType.Name, "MERRIT")]
    [InlineData(PhiType.Name, "rkhan")]
    public void PipeExtractCellsAreReadByTheirColumn(PhiType type, string value) => PhiAssert.Found(_engine, Extract, type, value);

    [Theory]
    [InlineData("AU5800-02")]
    [InlineData("TSH")]
    [InlineData("0.02")]
    public void InstrumentAndAnalyteCellsStayUnfound(string value) =>
        Assert.DoesNotContain(_engine.Find(Extract), f => f.Text.Contains(value, StringComparison.Ordinal));

    private const string CallLog =
        " TIME | PATIENT (MRN)                 | LOC         | RESULT        | BY  | ACK\n"
        + "------+-------------------------------+-------------+---------------+-----+----\n"
        + " 0112 | TRENHOLM, ODA (5519023)        | Wexley 3    | K 6.4         | PJ  | Y\n"
        + " 0150 | GARZA-LYLE, BABY BOY (5519877) | NICU        | Glu 28        | ND  | Y\n"
        + " 0233 | ABERCROMBIE, SOL (5518001)     | SICU 4      | Lactate 5.1   | PJ  | N\n";

    [Theory]
    [InlineData(PhiType.Name, "TRENHOLM, ODA")]
    [InlineData(PhiType.Mrn, "5519023")]
    [InlineData(PhiType.Location, "Wexley 3")]
    [InlineData(PhiType.Name, "PJ")]
    [InlineData(PhiType.Name, "GARZA-LYLE")]
    [InlineData(PhiType.Mrn, "5519877")]
    [InlineData(PhiType.Name, "ND")]
    [InlineData(PhiType.Name, "ABERCROMBIE, SOL")]
    public void CallLogCellsAreReadByTheirColumn(PhiType type, string value) => PhiAssert.Found(_engine, CallLog, type, value);

    [Theory]
    [InlineData("SICU 4")]
    [InlineData("NICU")]
    [InlineData("BABY BOY")]
    public void GenericUnitsAndNewbornPlaceholdersStayUnfound(string value) =>
        Assert.DoesNotContain(_engine.Find(CallLog), f => f.Text.Contains(value, StringComparison.Ordinal));

    [Fact]
    public void ReadBackAnswersAreNoInitials() =>
        Assert.DoesNotContain(_engine.Find(CallLog), f => f.Type == PhiType.Name && f.Text is "Y" or "N");

    [Fact]
    public void AnOperatorNumberBeforeANameIsABadge()
    {
        // Cells aligned under the header words by blanks, as a meter download prints them.
        static string Row(string a, string b, string c, string d) => a.PadRight(20) + b.PadRight(9) + c.PadRight(17) + d + "\n";
        string log = Row("WHEN", "RESULT", "OPERATOR", "NOTE") + Row("03/02/25 0610", "188", "61204 PELL R", "before breakfast")
            + Row("03/02/25 1130", "240", "70311 DUMAS K", "4 u given");
        PhiAssert.Found(_engine, log, PhiType.Other, "61204");
        PhiAssert.Found(_engine, log, PhiType.Name, "PELL R");
        PhiAssert.Found(_engine, log, PhiType.Name, "DUMAS K");
    }

    [Theory]
    [InlineData("TEST | RESULT | FLAG | UNITS\nNa | 131 | L | mmol/L\nK | 6.1 | H | mmol/L\n")]
    [InlineData("Lot | Reagent | Expiry\nAB-4471902 | Diluent | 2026-04\n")]
    [InlineData("alpha | beta | gamma\nHOPE | WILL | MAY\n")]
    [InlineData("Name: Sorrel | MRN: 77 | Bed: 4\nHOPE | WILL | MAY\n")]
    public void TablesWithoutAPhiColumnReadNothing(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule is not null && f.Rule.StartsWith("table-", StringComparison.Ordinal));

    [Fact]
    public void ANameColumnBesideDrugColumnsNamesTheDrug() =>
        Assert.DoesNotContain(_engine.Find("NAME | DOSE | ROUTE | MRN\nHALCYRA | 5 mg | PO | 5520144\n"), f => f.Rule == "table-name");

    [Fact]
    public void ANameColumnBesideIdentifierColumnsNamesThePatient() =>
        PhiAssert.Found(_engine, "NAME | MRN | ROOM\nHALCYRA | 5520144 | 12\n", PhiType.Name, "HALCYRA");

    [Fact]
    public void ALotColumnTakesBackAShapeGuess() =>
        Assert.DoesNotContain(_engine.Find("ACCESSION | PATIENT | LOT\nR25-118842 | HALVARD | KX4471-09\n"), f => f.Text == "KX4471-09");

    [Fact]
    public void AStaffCellOfWordsIsNoName() =>
        Assert.DoesNotContain(_engine.Find("MRN | TECH | NOTE\n5510022 | Charge RN | redrawn\n"), f => f.Type == PhiType.Name);
}
