using System.Text.RegularExpressions;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The labelled-identifier pattern was one anchored alternation of every label group; it is now one pattern per
/// group, tried in order. These tests hold the former pattern and check the split gives the same matches.
/// </summary>
public sealed class LabelledIdentifierRulesTests
{
    /// <summary>The single alternation as it was before the split (the reference).</summary>
    private const string FormerPattern =
        @"\G(?:" +
        @"(?<ssn>SSN|SS\#|Social[ \t]+Security(?:[ \t]+(?:Number|No\.?|\#))?)" +
        @"|(?<mrn>MRN|M\.R\.N\.?|Medical[ \t]+Record(?:[ \t]+(?:Number|No\.?|\#))?|Med\.?[ \t]*Rec(?:ord)?\.?(?:[ \t]*(?:\#|No\.?|Number))?|Patient[ \t]*(?:ID|\#)|Pt\.?[ \t]*(?:ID|\#)|Chart[ \t]+(?:\#|No\.?|Number)|Hospital[ \t]+(?:\#|No\.?|Number)|Hosp\.?[ \t]*(?:\#|No\.?)|(?-i:MR)[ \t]*(?:\#|No\.?|Number)|Unit[ \t]*(?:\#|No\.?|Number)|(?:Resident|Res\.?|External|Client|Enterprise|Corporate)[ \t]+(?:ID|\#|No\.?|Number)|(?-i:EMPI|CMRN))" +
        @"|(?<plan>Member[ \t]+(?:ID|\#|No\.?|Number)|Policy(?:[ \t]+(?:ID|\#|No\.?|Number))?|Group[ \t]+(?:ID|\#|No\.?|Number)|Subscriber[ \t]+(?:ID|\#|No\.?|Number)|Medicaid(?:[ \t]+(?:ID|\#|No\.?|Number))?|Medicare(?:[ \t]+(?:ID|\#|No\.?|Number))?|(?-i:MBI|HICN)|Insurance[ \t]+(?:ID|\#|No\.?|Number)|Plan[ \t]+ID|Beneficiary[ \t]+(?:ID|\#|Number))" +
        @"|(?<acct>Acct\.?(?:[ \t]+(?:\#|No\.?|Number))?|Account(?:[ \t]+(?:\#|No\.?|Number))?|Invoice(?:[ \t]+(?:\#|No\.?|Number))?|Billing[ \t]+(?:ID|\#|No\.?|Number)|Encounter(?:[ \t]+(?:ID|\#|No\.?|Number))?|Enc\.?(?:[ \t]*(?:ID|\#|No\.?|Number))?|Visit(?:[ \t]+(?:ID|\#|No\.?|Number))?|(?-i:IBAN)|(?-i:FIN|CSN|HAR)(?:[ \t]*(?:\#|No\.?|Number))?|Financial[ \t]+(?:\#|No\.?|Number))" +
        @"|(?<veh>(?-i:VIN)|Vehicle[ \t]+(?:ID|Identification[ \t]+Number)|License[ \t]+Plate(?:[ \t]+(?:\#|No\.?|Number))?|Plate[ \t]+(?:\#|No\.?|Number))" +
        @"|(?<lic>Driver'?s[ \t]+Licen[sc]e(?:[ \t]+(?:Number|No\.?|\#))?|Licen[sc]e(?:[ \t]+(?:Number|No\.?|\#))?|Lic\.?(?:[ \t]*(?:No\.?|\#|Number))?|(?-i:DL|DEA|NPI)(?:[ \t]*(?:Number|No\.?|\#))?|Certificate[ \t]+(?:Number|No\.?|\#)|Passport(?:[ \t]+(?:Number|No\.?|\#))?|(?-i:CLIA)(?:[ \t]*(?:\#|No\.?|Number))?|(?-i:CAP))" +
        @"|(?<dev>Serial(?:[ \t]+(?:Number|No\.?|\#))?|(?-i:S/N|SN)|Device[ \t]+(?:ID|Identifier|\#|Serial(?:[ \t]+(?:Number|No\.?|\#))?)|(?-i:UDI)|Model/Serial|Implant[ \t]+(?:ID|Serial|\#))" +
        @"|(?<zip>ZIP(?:[ \t]*code)?|Postal[ \t]+code)" +
        @"|(?<other>Rx[ \t]*(?:\#|No\.?|Number)|Prescription[ \t]+(?:ID|\#|No\.?|Number)|Order[ \t]+(?:\#|No\.?|Number)|Biometric[ \t]+ID|Badge(?:[ \t]+(?:ID|\#|No\.?|Number))?|Acc(?:ession)?\.?(?:[ \t]*(?:ID|\#|No\.?|Number))?|Specimen(?:[ \t]+(?:ID|\#|No\.?|Number))?|Case[ \t]*(?:ID|\#|No\.?|Number)|(?-i:CASE)|Req(?:uisition)?\.?[ \t]*(?:ID|\#|No\.?|Number)|Requisition|Lab[ \t]+(?:ID|\#|No\.?|Number)|Ref(?:erence)?\.?[ \t]*(?:\#|No\.?|Number)|(?:Confirmation|Authorization|Auth|Tracking|Ticket)[ \t]*(?:ID|\#|No\.?|Number)|(?:Employee|Staff)[ \t]+(?:ID|\#|No\.?|Number)|Claim[ \t]*(?:ID|\#|No\.?|Number))" +
        @")(?![\w])(?:[ \t]*(?:[:#=]|\.{2,}|(?-i:is|was)\b|(?:number|no\.)(?![\w])))*\s*" +
        @"(?<v>(?=[\w()-]*\d)[A-Za-z0-9(](?:[A-Za-z0-9()]|[-/.](?=[A-Za-z0-9(]))*)";

    private static readonly string[] FormerGroupNames = ["ssn", "mrn", "plan", "acct", "veh", "lic", "dev", "zip", "other"];

    private static readonly Regex Former = new(FormerPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);

    /// <summary>Labels of every alternative, in several spellings, plus look-alikes that match no label.</summary>
    private static readonly string[] Labels =
    [
        "SSN", "ss#", "Social Security", "social security no.", "Social  Security #", "MRN", "M.R.N.", "m.r.n", "Medical Record",
        "Medical Record Number", "Med Rec", "Med. Rec. #", "MedRecord No", "Patient ID", "Pt ID", "Pt.ID", "Chart #", "Hospital No.",
        "Accession Number", "Member ID", "member #", "Policy", "Policy No", "Group Number", "Subscriber ID", "Medicaid", "Medicaid ID",
        "Medicare #", "MBI", "mbi", "HICN", "Insurance ID", "Plan ID", "Beneficiary Number", "Acct", "Acct.", "Acct. No.",
        "Account", "Account Number", "Invoice", "Invoice #", "Billing ID", "Claim No", "Encounter Number", "Visit ID", "IBAN", "iban",
        "VIN", "vin", "Vehicle ID", "Vehicle Identification Number", "License Plate", "license plate #", "Plate No.", "Driver's License",
        "Drivers Licence Number", "License", "Licence No", "Lic", "Lic.", "Lic#", "LicNo", "DL", "dl", "DEA", "DEA #", "NPI", "NPI Number",
        "Certificate No.", "Passport", "Passport Number", "Serial", "Serial No.", "S/N", "s/n", "SN", "Device ID", "Device Identifier",
        "Device #", "Device Serial Number", "UDI", "udi", "Model/Serial", "Implant ID", "Implant Serial", "ZIP", "Zip code", "ZIPcode",
        "Postal code", "Rx #", "Rx No.", "Rx Number", "Prescription ID", "Order #", "Biometric ID", "Badge No", "Medical", "Patient",
        "Group", "Plan", "Order", "Model", "Chart", "Rx", "Pt", "M", "S", "Social", "MR#", "MR #", "MR No.", "mr number", "Unit No",
        "UNIT NUMBER", "Unit", "Unit #", "MR", "CLIA", "CLIA #", "clia", "CLIA No.", "Encounter", "ENC", "Enc.", "enc #", "Visit", "FIN", "fin", "FIN #",
        "CSN", "HAR", "Financial Number", "Badge", "Acc", "ACC#", "Acc. No.", "Accession", "accession number", "Specimen", "Specimen ID", "Case #",
        "case no.", "CASE", "Case", "Req#", "Requisition", "Requisition No", "Lab ID", "Lab", "Ref #", "Reference No.", "Confirmation #",
        "Auth #", "Tracking Number", "Ticket No", "Employee ID", "Staff #", "Staff", "Specimens", "Pt #", "pt#", "Patient #", "Patient", "Hosp #",
        "Hosp. No.", "Unit#", "Resident ID", "res ID", "Res. #", "External ID", "EXTERNAL ID", "Client No", "Enterprise Number", "Corporate ID", "EMPI",
        "empi", "CMRN", "CAP #", "CAP No.", "CAP", "cap #", "Res", "External", "Hosp",
    ];

    private static readonly string[] Separators = ["", " ", ": ", " #", " is ", " was ", " number ", " no. ", ":\n", " = ", "# : ", "\t", " ....... ", "........: ", ".. ", ". "];

    private static readonly string[] Values = ["00482913", "W123456789", "12-34", "(01)0088(21)A1", "A1.", "abc", "is 12", "X", "219099999", "no. 5"];

    [Fact]
    public void Each_group_is_the_branch_of_the_former_alternation()
    {
        string rebuilt = @"\G(?:" + string.Join("|", FormerGroupNames.Select((name, i) => $"(?<{name}>{PhiPatterns.LabelGroupPatterns[i]})")) + ")"
            + PhiPatterns.LabelledValue;
        Assert.Equal(FormerPattern, rebuilt);
        Assert.Equal(FormerGroupNames.Length, Enum.GetValues<LabelGroup>().Length);
    }

    [Fact]
    public void Trying_the_groups_in_order_gives_the_former_match()
    {
        int matched = 0;
        foreach (var label in Labels)
        {
            foreach (var separator in Separators)
            {
                foreach (var value in Values)
                {
                    string text = label + separator + value + " end";
                    var expected = Former.Match(text, 0);
                    LabelledIdentifierRules.TryMatch(text, 0, out var group, out var actual);
                    Assert.True(expected.Success == actual.Success, $"[{text}]");
                    if (!expected.Success)
                    {
                        continue;
                    }
                    matched++;
                    Assert.Equal(FormerGroupNames.Single(n => expected.Groups[n].Success), FormerGroupNames[(int)group]);
                    Assert.Equal((expected.Index, expected.Length), (actual.Index, actual.Length));
                    Assert.Equal((expected.Groups["v"].Index, expected.Groups["v"].Length), (actual.Groups[1].Index, actual.Groups[1].Length));
                }
            }
        }
        Assert.True(matched > 1000, $"only {matched} matches: the examples no longer exercise the labels");
    }

    [Fact]
    public void Every_label_starts_with_a_prefix_of_its_group()
    {
        foreach (var label in Labels)
        {
            var m = Former.Match(label + " 12345", 0);
            if (!m.Success)
            {
                continue;
            }
            int group = Array.FindIndex(FormerGroupNames, n => m.Groups[n].Success);
            Assert.Contains(label[..2].ToLowerInvariant(), LabelledIdentifierRules.GroupPrefixes[group]);
        }
    }

    [Fact]
    public void Labelled_identifiers_keep_their_type()
    {
        var engine = new PhiRulesEngine();
        var findings = engine.Find("MRN: 00482913. Member ID W123456789. Acct # 55123. DL D1234567. Serial No. SN-88231. Rx # 7731234.");
        Assert.Equal(
            [(PhiType.Mrn, "00482913"), (PhiType.HealthPlanId, "W123456789"), (PhiType.AccountNumber, "55123"), (PhiType.LicenseNumber, "D1234567"), (PhiType.DeviceId, "SN-88231"), (PhiType.Other, "7731234")],
            findings.Select(f => (f.Type, f.Text)).ToList());
    }
}
