using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// Every regular expression of the rules engine, shared by all engine instances (Regex is thread-safe); each is a
/// <see cref="TieredRegex"/>: interpreted on first use, compiled once the process has scanned enough text. Matches are
/// candidates: the rule classes validate them.
/// </summary>
/// <remarks>
/// Why run-time compilation rather than [GeneratedRegex]: MedDocs.Core targets net8.0, so the source generator
/// emits .NET 8 matching code, while the runtime (.NET 10) compiles the same patterns with its newer search
/// optimisations, measured 2–30× faster per pattern (docs/phi.md); the interpreted first tier keeps the first
/// call cheap. No pattern starts with a lookbehind: that disables the prefix search; the rules check the
/// preceding character in code instead.
/// </remarks>
internal static class PhiPatterns
{
    private const RegexOptions Fixed = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions FixedIgnoreCase = Fixed | RegexOptions.IgnoreCase;

    // ---- building blocks -------------------------------------------------------------------------

    /// <summary>Month names and abbreviations, case-insensitive inside; callers decide whether a capital is required.</summary>
    private const string Month =
        "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>A clock time attached to a date: "10:30", "10:30:15", "9:05 PM", ISO "T10:30:00Z".</summary>
    private const string AttachedTime = "(?:" + AttachedTimeBody + ")?";

    private const string AttachedTimeBody =
        @"(?:,[ \t]*|[ \t]+(?:at[ \t]+)?|T)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:[ \t]?(?:[AaPp][Mm]\b|[AaPp]\.[Mm]\.))?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:])";

    /// <summary>The attached time alone, anchored (\G): <see cref="NumericDates"/> runs it where a hand-matched date ends.</summary>
    internal static Regex AttachedTimeAt() => AttachedTimeAtRegex.Current;

    private static readonly TieredRegex AttachedTimeAtRegex = new(@"\G(?:" + AttachedTimeBody + ")", Fixed | RegexOptions.Compiled);

    /// <summary>One capitalised name word: "Lopez", "McDonald", "O'Brien", "Mary-Kate", "Takáts".</summary>
    private const string NameWord = @"(?:\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)";

    private const string NameInitial = @"\p{Lu}\.";

    private const string NameSuffix = @"(?:,?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}]))?";

    /// <summary>1–3 name words (initials allowed after the first word), then an optional suffix; never crosses a line.</summary>
    private const string PersonName =
        "(?<name>" + NameWord + @"(?:[ \t]+(?:" + NameInitial + "|" + NameWord + ")){0,2}" + NameSuffix + @")(?![\p{L}'’-])";

    private const string CapsPersonName = @"(?<name>\p{Lu}{2,}(?:['’-]\p{Lu}+)?(?:[ \t]+(?:\p{Lu}\.?|\p{Lu}{2,}(?:['’-]\p{Lu}+)?)){1,2})(?![\p{L}'’-])";

    private const string LastCommaFirst = "(?<name>" + NameWord + ",[ \t]*" + NameWord + @"(?:[ \t]+(?:" + NameInitial + "|" + NameWord + "))?)" + @"(?![\p{L}'’-])";

    private const string Honorific = @"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+)";

    // ---- numbers with a structure --------------------------------------------------------------

    internal static Regex Ssn() => SsnRegex.Current;

    private static readonly TieredRegex SsnRegex = new(
        @"\b\d{3}(?:-\d{2}-|[ ]\d{2}[ ])\d{4}\b(?!-\d)", Fixed | RegexOptions.Compiled);

    internal static Regex NorthAmericanPhone() => NorthAmericanPhoneRegex.Current;

    private static readonly TieredRegex NorthAmericanPhoneRegex = new(
        @"(?:\+1[ .-]?|\b1[ .-]?)?(?:\(\d{3}\)[ .-]?|\b\d{3}[ .-])\d{3}[ .-]\d{4}\b(?!-\d)(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?", Fixed | RegexOptions.Compiled);

    internal static Regex InternationalPhone() => InternationalPhoneRegex.Current;

    private static readonly TieredRegex InternationalPhoneRegex = new(
        @"\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,6}(?![\d])", Fixed | RegexOptions.Compiled);

    internal static Regex CardNumber() => CardNumberRegex.Current;

    private static readonly TieredRegex CardNumberRegex = new(
        @"\b\d(?:[ -]?\d){12,18}\b(?!-\d)", Fixed | RegexOptions.Compiled);

    internal static Regex NpiCandidate() => NpiCandidateRegex.Current;

    private static readonly TieredRegex NpiCandidateRegex = new(
        @"\b[12]\d{9}\b(?!-\d)", Fixed | RegexOptions.Compiled);

    internal static Regex DeaCandidate() => DeaCandidateRegex.Current;

    private static readonly TieredRegex DeaCandidateRegex = new(
        @"\b[A-Z][A-Z9]\d{7}\b", Fixed | RegexOptions.Compiled);

    internal static Regex VinCandidate() => VinCandidateRegex.Current;

    private static readonly TieredRegex VinCandidateRegex = new(
        @"\b[A-HJ-NPR-Z0-9]{17}\b", Fixed | RegexOptions.Compiled);

    /// <summary>Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z), dashes optional.</summary>
    internal static Regex MedicareBeneficiaryId() => MedicareBeneficiaryIdRegex.Current;

    private static readonly TieredRegex MedicareBeneficiaryIdRegex = new(
        @"\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d(?<d>-?)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d\k<d>[AC-HJKMNP-RT-Y]{2}\d{2}\b", Fixed | RegexOptions.Compiled);

    internal static Regex Ipv4Candidate() => Ipv4CandidateRegex.Current;

    private static readonly TieredRegex Ipv4CandidateRegex = new(
        @"\b(?:\d{1,3}\.){3}\d{1,3}\b(?!\.\d)", Fixed | RegexOptions.Compiled);

    internal static Regex UrlWithScheme() => UrlWithSchemeRegex.Current;

    private static readonly TieredRegex UrlWithSchemeRegex = new(
        @"\b(?:https?://|www\.)[^\s<>""'()\[\]{}]+", FixedIgnoreCase | RegexOptions.Compiled);

    /// <summary>The ".tld" end of a bare domain; the rule widens it leftwards to the whole host name.</summary>
    internal static Regex DomainSuffix() => DomainSuffixRegex.Current;

    private static readonly TieredRegex DomainSuffixRegex = new(
        @"\.(?:" + string.Join("|", Phi.DomainSuffix.TopLevelDomains) + @")(?![\w-])", FixedIgnoreCase | RegexOptions.Compiled);

    // ---- dates and ages -------------------------------------------------------------------------

    /// <summary>M/D/Y, M-D-Y (2- or 4-digit year), YYYY-MM-DD, D.M.YYYY; validated by the date rule.</summary>
    internal static Regex NumericDate() => NumericDateRegex.Current;

    private static readonly TieredRegex NumericDateRegex = new(
        @"\b(?:(?<a>\d{1,2})(?<sep>[/-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})|(?<iy>(?:1[89]|20)\d{2})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<a>\d{1,2})\.(?<b>\d{1,2})\.(?<y>\d{4}))(?![\d/]|[.-]\d)" + AttachedTime, Fixed | RegexOptions.Compiled);

    /// <summary>Month and year only ("03/2024"): still a date element under Safe Harbor.</summary>
    internal static Regex NumericMonthYear() => NumericMonthYearRegex.Current;

    private static readonly TieredRegex NumericMonthYearRegex = new(
        @"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/]|\.\d)", Fixed | RegexOptions.Compiled);

    /// <summary>"March 3, 2024", "Mar. 3rd", "Mar 3", "March 2024" (month capitalised so the verb "may" is not a date).</summary>
    internal static Regex MonthFirstDate() => MonthFirstDateRegex.Current;

    private static readonly TieredRegex MonthFirstDateRegex = new(MonthFirstDatePattern, Fixed | RegexOptions.Compiled);

    /// <summary><see cref="MonthFirstDate"/> anchored (\G), run only at the capitalised month words of ASCII texts (<see cref="TextGates.MonthWords"/>).</summary>
    internal static Regex MonthFirstDateAt() => MonthFirstDateAtRegex.Current;

    private static readonly TieredRegex MonthFirstDateAtRegex = new(@"\G" + MonthFirstDatePattern, Fixed | RegexOptions.Compiled);

    private const string MonthFirstDatePattern =
        @"\b(?=\p{Lu})" + Month + @"\.?(?:[ \t]+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?[ \t]+(?<year>(?:1[89]|20)\d{2})\b)?|,?[ \t]+(?<year>(?:1[89]|20)\d{2})\b)(?![/.:]?\d)" + AttachedTime;

    /// <summary>"3 March 2024", "03-Mar-2024", "3rd of June 2021", "14 June"; a year is needed unless the month is spelled out in full.</summary>
    internal static Regex DayFirstDate() => DayFirstDateRegex.Current;

    private static readonly TieredRegex DayFirstDateRegex = new(
        @"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:[ \t]+(?:of[ \t]+)?|-)(?:" + Month + @"\.?(?:,?[ \t]+|-)(?<year>(?:1[89]|20)?\d{2})|(?=\p{Lu})(?i:january|february|march|april|june|july|august|september|october|november|december))(?![\w/-])" + AttachedTime, Fixed | RegexOptions.Compiled);

    /// <summary>Ages with an explicit marker; the rule keeps only those over 89.</summary>
    internal static Regex Age() => AgeRegex.Current;

    private static readonly TieredRegex AgeRegex = new(AgePattern, Fixed | RegexOptions.Compiled);

    /// <summary><see cref="Age"/> anchored (\G), run only at the numbers and "age" words of ASCII texts (<see cref="AgeRules"/>).</summary>
    internal static Regex AgeAt() => AgeAtRegex.Current;

    private static readonly TieredRegex AgeAtRegex = new(@"\G(?:" + AgePattern + ")", Fixed | RegexOptions.Compiled);

    private const string AgePattern =
        @"\b(?<n>\d{2,3})(?:[ \t-]*(?:years?|yrs?)[ \t-]*(?:old|of[ \t]+age)\b|[ \t]*(?:y/o|y\.o\.|yo|yr\.?[ \t]*old)(?![\p{L}]))|\b(?i:age[ds]?|aged)(?i:/(?:sex|gender|sx|g|s)\b)?[ \t]*(?:(?i:of|is|was)[ \t]+)?[:=(]?[ \t]*(?<n>\d{2,3})(?![\d.])";

    // ---- labelled identifiers ------------------------------------------------------------------

    /// <summary>
    /// A label ("MRN:", "Member ID", "License #", "S/N" …) followed by an identifier containing a digit: one anchored
    /// (\G) pattern per label group (<see cref="LabelGroup"/>), all ending in the same separators and value <c>v</c>.
    /// The rule starts them only where <see cref="LabelTriggers"/> found a label's first word, because searching a long
    /// case-insensitive alternation through the whole text is slow. Trying the groups in order at one offset gives the
    /// match of the former single alternation of all groups (an anchored alternation takes the first branch that lets
    /// the rest match); one pattern per group keeps each compiled method small enough for the JIT to optimise (the
    /// single alternation was compiled with MinOpts, ~10 % of the engine's time).
    /// </summary>
    internal static Regex LabelledIdentifier(LabelGroup group) => LabelledIdentifierRegexes[(int)group].Current;

    /// <summary>The label alternatives of each <see cref="LabelGroup"/>, in the group's order.</summary>
    internal static readonly string[] LabelGroupPatterns =
    [
        @"SSN|SS\#|Social[ \t]+Security(?:[ \t]+(?:Number|No\.?|\#))?",
        @"MRN|M\.R\.N\.?|Medical[ \t]+Record(?:[ \t]+(?:Number|No\.?|\#))?|Med\.?[ \t]*Rec(?:ord)?\.?(?:[ \t]*(?:\#|No\.?|Number))?|Patient[ \t]*(?:ID|\#)|Pt\.?[ \t]*(?:ID|\#)|Chart[ \t]+(?:\#|No\.?|Number)|Hospital[ \t]+(?:\#|No\.?|Number)|Hosp\.?[ \t]*(?:\#|No\.?)|(?-i:MR)[ \t]*(?:\#|No\.?|Number)|Unit[ \t]*(?:\#|No\.?|Number)|(?:Resident|Res\.?|External|Client|Enterprise|Corporate)[ \t]+(?:ID|\#|No\.?|Number)|(?-i:EMPI|CMRN)",
        @"Member[ \t]+(?:ID|\#|No\.?|Number)|Policy(?:[ \t]+(?:ID|\#|No\.?|Number))?|Group[ \t]+(?:ID|\#|No\.?|Number)|Subscriber[ \t]+(?:ID|\#|No\.?|Number)|Medicaid(?:[ \t]+(?:ID|\#|No\.?|Number))?|Medicare(?:[ \t]+(?:ID|\#|No\.?|Number))?|(?-i:MBI|HICN)|Insurance[ \t]+(?:ID|\#|No\.?|Number)|Plan[ \t]+ID|Beneficiary[ \t]+(?:ID|\#|Number)",
        @"Acct\.?(?:[ \t]+(?:\#|No\.?|Number))?|Account(?:[ \t]+(?:\#|No\.?|Number))?|Invoice(?:[ \t]+(?:\#|No\.?|Number))?|Billing[ \t]+(?:ID|\#|No\.?|Number)|Encounter(?:[ \t]+(?:ID|\#|No\.?|Number))?|Enc\.?(?:[ \t]*(?:ID|\#|No\.?|Number))?|Visit(?:[ \t]+(?:ID|\#|No\.?|Number))?|(?-i:IBAN)|(?-i:FIN|CSN|HAR)(?:[ \t]*(?:\#|No\.?|Number))?|Financial[ \t]+(?:\#|No\.?|Number)",
        @"(?-i:VIN)|Vehicle[ \t]+(?:ID|Identification[ \t]+Number)|License[ \t]+Plate(?:[ \t]+(?:\#|No\.?|Number))?|Plate[ \t]+(?:\#|No\.?|Number)",
        @"Driver'?s[ \t]+Licen[sc]e(?:[ \t]+(?:Number|No\.?|\#))?|Licen[sc]e(?:[ \t]+(?:Number|No\.?|\#))?|Lic\.?(?:[ \t]*(?:No\.?|\#|Number))?|(?-i:DL|DEA|NPI)(?:[ \t]*(?:Number|No\.?|\#))?|Certificate[ \t]+(?:Number|No\.?|\#)|Passport(?:[ \t]+(?:Number|No\.?|\#))?|(?-i:CLIA)(?:[ \t]*(?:\#|No\.?|Number))?|(?-i:CAP)",
        @"Serial(?:[ \t]+(?:Number|No\.?|\#))?|(?-i:S/N|SN)|Device[ \t]+(?:ID|Identifier|\#|Serial(?:[ \t]+(?:Number|No\.?|\#))?)|(?-i:UDI)|Model/Serial|Implant[ \t]+(?:ID|Serial|\#)",
        @"ZIP(?:[ \t]*code)?|Postal[ \t]+code",
        @"Rx[ \t]*(?:\#|No\.?|Number)|Prescription[ \t]+(?:ID|\#|No\.?|Number)|Order[ \t]+(?:\#|No\.?|Number)|Biometric[ \t]+ID|Badge(?:[ \t]+(?:ID|\#|No\.?|Number))?|Acc(?:ession)?\.?(?:[ \t]*(?:ID|\#|No\.?|Number))?|Specimen(?:[ \t]+(?:ID|\#|No\.?|Number))?|Case[ \t]*(?:ID|\#|No\.?|Number)|(?-i:CASE)|Req(?:uisition)?\.?[ \t]*(?:ID|\#|No\.?|Number)|Requisition|Lab[ \t]+(?:ID|\#|No\.?|Number)|Ref(?:erence)?\.?[ \t]*(?:\#|No\.?|Number)|(?:Confirmation|Authorization|Auth|Tracking|Ticket)[ \t]*(?:ID|\#|No\.?|Number)|(?:Employee|Staff)[ \t]+(?:ID|\#|No\.?|Number)|Claim[ \t]*(?:ID|\#|No\.?|Number)",
    ];

    /// <summary>What follows every label: separators ("is", "#", "number" …) and the value <c>v</c>.</summary>
    internal const string LabelledValue =
        @"(?![\w])(?:[ \t]*(?:[:#=]|\.{2,}|(?-i:is|was)\b|(?:number|no\.)(?![\w])))*\s*" +
        @"(?<v>(?=[\w()-]*\d)[A-Za-z0-9(](?:[A-Za-z0-9()]|[-/.](?=[A-Za-z0-9(]))*)";

    private static readonly TieredRegex[] LabelledIdentifierRegexes =
        [.. LabelGroupPatterns.Select(group => new TieredRegex(@"\G(?:" + group + ")" + LabelledValue, FixedIgnoreCase | RegexOptions.Compiled))];

    /// <summary>A telephone label ("Phone:", "Fax", "call me at") and a number of any national format after it.</summary>
    internal static Regex LabelledPhone() => LabelledPhoneRegex.Current;

    /// <summary>
    /// <see cref="LabelledPhone"/> anchored (\G) for ASCII texts, run only where <see cref="PhoneRules"/> found a label's
    /// first word; the unanchored pattern (built on first need) serves other texts, where case-insensitive
    /// letters also match non-ASCII look-alikes.
    /// </summary>
    internal static Regex LabelledPhoneAt() => LabelledPhoneAtRegex.Current;

    private static readonly TieredRegex LabelledPhoneRegex = new(LabelledPhonePattern, Fixed);

    private static readonly TieredRegex LabelledPhoneAtRegex = new(@"\G" + LabelledPhonePattern, Fixed | RegexOptions.Compiled);

    private const string LabelledPhonePattern =
        @"\b(?:(?<fax>(?i:fax))|(?i:phone|tel(?:ephone)?|cell(?:[ \t]*phone)?|mobile|pager|contact[ \t]+(?:number|\#)|call[ \t]+(?:me[ \t]+)?at|answering[ \t]+at|reach[ \t]+(?:me[ \t]+)?at|messages[ \t]+to)|Ph)(?![\w])(?:[ \t]*(?:[:#=.]|(?i:number|no\.?|is)\b))*\s*(?<v>\+?\(?\d[\d \t().-]{5,20}\d)(?!\d)";

    // ---- places -------------------------------------------------------------------------------

    internal static Regex StreetAddress() => StreetAddressRegex.Current;

    private static readonly TieredRegex StreetAddressRegex = new(StreetAddressPattern, Fixed | RegexOptions.Compiled);

    /// <summary><see cref="StreetAddress"/> anchored (\G), run only at the house numbers of ASCII texts (<see cref="AddressRules"/>).</summary>
    internal static Regex StreetAddressAt() => StreetAddressAtRegex.Current;

    private static readonly TieredRegex StreetAddressAtRegex = new(@"\G" + StreetAddressPattern, Fixed | RegexOptions.Compiled);

    private const string StreetAddressPattern =
        @"\b\d{1,6}[A-Z]?[ \t]+(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+)?(?:(?:\p{Lu}[\p{L}'.-]*|\d+(?:st|nd|rd|th))[ \t]+){1,4}" +
        @"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Parkway|Pkwy|Highway|Hwy|Place|Pl|Terrace|Ter|Circle|Cir|Square|Sq|Trail|Trl|Loop|Alley|Plaza|Crescent|Pike|Turnpike)\b\.?" +
        @"(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)\b\.?)?" +
        @"(?:,?[ \t]*(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|\#|Fl\.?|Floor|Bldg\.?|Building)[ \t]*\#?[ \t]*[A-Za-z0-9-]*\d[A-Za-z0-9-]*)?";

    internal static Regex UnitDesignator() => UnitDesignatorRegex.Current;

    private static readonly TieredRegex UnitDesignatorRegex = new(
        @"\b(?:Apt\.?|Apartment|Suite|Ste\.|Unit)[ \t]*\#?[ \t]*\d+[A-Za-z]?\b", Fixed | RegexOptions.Compiled);

    internal static Regex PostOfficeBox() => PostOfficeBoxRegex.Current;

    private static readonly TieredRegex PostOfficeBoxRegex = new(
        @"\b(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|PSC[ \t]+\d+,?[ \t]*Box)[ \t]*\#?[ \t]*\d+\b", FixedIgnoreCase | RegexOptions.Compiled);

    /// <summary>A 5- or 9-digit ZIP-shaped number; <see cref="AddressRules"/> keeps those after a state.</summary>
    internal static Regex ZipShaped() => ZipShapedRegex.Current;

    private static readonly TieredRegex ZipShapedRegex = new(
        @"\b\d{5}(?:-\d{4})?\b(?!-\d)", Fixed | RegexOptions.Compiled);

    internal static Regex CityAfterResidence() => CityAfterResidenceRegex.Current;

    private static readonly TieredRegex CityAfterResidenceRegex = new(
        @"\b(?:lives|living|resides|residing|resident|moved|relocated|born|lives[ \t]+alone)[ \t]+(?:in|to|at)[ \t]+(?<city>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?![\p{L}])", Fixed | RegexOptions.Compiled);

    // ---- names ----------------------------------------------------------------------------------

    internal static Regex HonorificName() => HonorificNameRegex.Current;

    private static readonly TieredRegex HonorificNameRegex = new(HonorificNamePattern, Fixed | RegexOptions.Compiled);

    /// <summary><see cref="HonorificName"/> anchored (\G), run only at the titles found by <see cref="NameRules"/> in ASCII texts.</summary>
    internal static Regex HonorificNameAt() => HonorificNameAtRegex.Current;

    private static readonly TieredRegex HonorificNameAtRegex = new(@"\G" + HonorificNamePattern, Fixed | RegexOptions.Compiled);

    private const string HonorificNamePattern = @"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor)\.?[ \t]+" + PersonName;

    /// <summary>A colon and the name after it ("Patient: Maria Lopez"); <see cref="NameRules"/> checks the label before the colon.</summary>
    internal static Regex NameAfterColon() => NameAfterColonRegex.Current;

    private static readonly TieredRegex NameAfterColonRegex = new(NameAfterColonPattern, Fixed | RegexOptions.Compiled);

    /// <summary><see cref="NameAfterColon"/> anchored (\G), run only at the colons of ASCII texts that a capital follows.</summary>
    internal static Regex NameAfterColonAt() => NameAfterColonAtRegex.Current;

    private static readonly TieredRegex NameAfterColonAtRegex = new(@"\G" + NameAfterColonPattern, Fixed | RegexOptions.Compiled);

    private const string NameAfterColonPattern =
        ":[ \t]*" + Honorific + "?(?:" + LastCommaFirst + "|" + PersonName + "|" + CapsPersonName + ")";

    /// <summary>Cues without a colon ("Electronically signed by", "Dear", "/s/", "Sincerely,") and the name after them.</summary>
    internal static Regex NameAfterPhrase() => NameAfterPhraseRegex.Current;

    /// <summary><see cref="NameAfterPhrase"/> anchored (\G), run only at cue words found by <see cref="NameRules"/> in ASCII texts.</summary>
    internal static Regex NameAfterPhraseAt() => NameAfterPhraseAtRegex.Current;

    private static readonly TieredRegex NameAfterPhraseRegex = new(NameAfterPhrasePattern, Fixed);

    private static readonly TieredRegex NameAfterPhraseAtRegex = new(@"\G" + NameAfterPhrasePattern, Fixed | RegexOptions.Compiled);

    private const string NameAfterPhrasePattern =
        @"(?:\b(?i:electronically[ \t]+signed[ \t]+by|signed[ \t]+by|dictated[ \t]+by|transcribed[ \t]+by|reviewed[ \t]+by|seen[ \t]+by|co-?signed[ \t]+by|referred[ \t]+by|accompanied[ \t]+by|performed[ \t]+by|verified[ \t]+by|requested[ \t]+by|spoke[ \t]+with|dear)[ \t]*:?[ \t]*" +
        @"|/s/[ \t]*|\b(?i:sincerely|regards|respectfully),?[ \t]*\r?\n[ \t]*)" +
        Honorific + "?(?:" + LastCommaFirst + "|" + PersonName + "|" + CapsPersonName + ")";

}
