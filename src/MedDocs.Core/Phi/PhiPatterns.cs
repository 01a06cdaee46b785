using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// Every regular expression of the rules engine, source-generated at build time (no runtime compilation,
/// thread-safe, shared by all engine instances). Matches are candidates: the rule classes validate them.
/// </summary>
internal static partial class PhiPatterns
{
    private const RegexOptions Fixed = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions FixedIgnoreCase = Fixed | RegexOptions.IgnoreCase;

    // ---- building blocks -------------------------------------------------------------------------

    /// <summary>US state and territory abbreviations (states are not identifiers; they anchor ZIP codes and cities).</summary>
    private const string StateAbbreviation =
        "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)";

    private const string StateName =
        "(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)";

    /// <summary>Month names and abbreviations, case-insensitive inside; callers decide whether a capital is required.</summary>
    private const string Month =
        "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>A clock time attached to a date: "10:30", "10:30:15", "9:05 PM", ISO "T10:30:00Z".</summary>
    private const string AttachedTime =
        @"(?:(?:,[ \t]*|[ \t]+(?:at[ \t]+)?|T)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:[ \t]?(?:[AaPp][Mm]\b|[AaPp]\.[Mm]\.))?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:]))?";

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

    [GeneratedRegex(@"(?<![\d-])(?<area>\d{3})(?<sep>[- ])(?<group>\d{2})\k<sep>(?<serial>\d{4})(?![\d-])", Fixed)]
    internal static partial Regex Ssn();

    [GeneratedRegex(@"(?<![\d+-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?", Fixed)]
    internal static partial Regex NorthAmericanPhone();

    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,6}(?![\d])", Fixed)]
    internal static partial Regex InternationalPhone();

    [GeneratedRegex(@"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])", Fixed)]
    internal static partial Regex CardNumber();

    [GeneratedRegex(@"(?<![\d-])[12]\d{9}(?![\d-])", Fixed)]
    internal static partial Regex NpiCandidate();

    [GeneratedRegex(@"\b[A-Z][A-Z9]\d{7}\b", Fixed)]
    internal static partial Regex DeaCandidate();

    [GeneratedRegex(@"\b(?=[A-Z0-9]{17}\b)(?=[0-9]*[A-Z])(?=[A-Z]*[0-9])[A-HJ-NPR-Z0-9]{17}\b", Fixed)]
    internal static partial Regex VinCandidate();

    /// <summary>Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z), dashes optional.</summary>
    [GeneratedRegex(@"\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d(?<d>-?)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d\k<d>[AC-HJKMNP-RT-Y]{2}\d{2}\b", Fixed)]
    internal static partial Regex MedicareBeneficiaryId();

    [GeneratedRegex(@"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)", Fixed)]
    internal static partial Regex Ipv4Candidate();

    [GeneratedRegex(@"(?<![\w@/.-])(?:https?://|www\.)[^\s<>""'()\[\]{}]+", FixedIgnoreCase)]
    internal static partial Regex UrlWithScheme();

    /// <summary>The ".tld" end of a bare domain; the rule widens it leftwards to the whole host name.</summary>
    [GeneratedRegex(@"\.(?:com|org|net|edu|gov|mil|info|biz|health|io|us|uk|ca|de|fr|nl|se|no|dk|fi|pl|cz|be|ch|at|it|es|pt|br|au|nz|jp|cn|in|hu|cy|uy|ar|mx|eu|ie|is|gr)(?![\w-])", FixedIgnoreCase)]
    internal static partial Regex DomainSuffix();

    // ---- dates and ages -------------------------------------------------------------------------

    /// <summary>M/D/Y, M-D-Y (2- or 4-digit year), YYYY-MM-DD, D.M.YYYY; validated by the date rule.</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?:(?<a>\d{1,2})(?<sep>[/-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})|(?<iy>(?:1[89]|20)\d{2})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<a>\d{1,2})\.(?<b>\d{1,2})\.(?<y>\d{4}))(?![\d/]|[.-]\d)" + AttachedTime, Fixed)]
    internal static partial Regex NumericDate();

    /// <summary>Month and year only ("03/2024"): still a date element under Safe Harbor.</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/]|\.\d)", Fixed)]
    internal static partial Regex NumericMonthYear();

    /// <summary>"March 3, 2024", "Mar. 3rd", "Mar 3", "March 2024" (month capitalised so the verb "may" is not a date).</summary>
    [GeneratedRegex(@"\b(?=\p{Lu})" + Month + @"\.?(?:[ \t]+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?[ \t]+(?<year>(?:1[89]|20)\d{2})\b)?|,?[ \t]+(?<year>(?:1[89]|20)\d{2})\b)(?![/.:]?\d)" + AttachedTime, Fixed)]
    internal static partial Regex MonthFirstDate();

    /// <summary>"3 March 2024", "03-Mar-2024", "3rd of June 2021", "14 June"; a year is needed unless the month is spelled out in full.</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:[ \t]+(?:of[ \t]+)?|-)(?:" + Month + @"\.?(?:,?[ \t]+|-)(?<year>(?:1[89]|20)?\d{2})|(?=\p{Lu})(?i:january|february|march|april|june|july|august|september|october|november|december))(?![\w/-])" + AttachedTime, Fixed)]
    internal static partial Regex DayFirstDate();

    /// <summary>Ages with an explicit marker; the rule keeps only those over 89.</summary>
    [GeneratedRegex(@"\b(?<n>\d{2,3})(?:[ \t-]*(?:years?|yrs?)[ \t-]*(?:old|of[ \t]+age)\b|[ \t]*(?:y/o|y\.o\.|yo|yr\.?[ \t]*old)(?![\p{L}]))|\b(?i:age[ds]?|aged)[ \t]*(?:(?i:of|is|was)[ \t]+)?[:=]?[ \t]*(?<n>\d{2,3})(?![\d.])", Fixed)]
    internal static partial Regex Age();

    // ---- labelled identifiers ------------------------------------------------------------------

    /// <summary>
    /// A label ("MRN:", "Member ID", "License #", "S/N" …) followed by an identifier containing a digit.
    /// The named group of the label tells the type; <c>v</c> is the value.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\w])(?:" +
        @"(?<ssn>SSN|SS\#|Social[ \t]+Security(?:[ \t]+(?:Number|No\.?|\#))?)" +
        @"|(?<mrn>MRN|M\.R\.N\.?|Medical[ \t]+Record(?:[ \t]+(?:Number|No\.?|\#))?|Med\.?[ \t]*Rec(?:ord)?\.?(?:[ \t]*(?:\#|No\.?|Number))?|Patient[ \t]+ID|Pt\.?[ \t]*ID|Chart[ \t]+(?:\#|No\.?|Number)|Hospital[ \t]+(?:\#|No\.?|Number)|Accession[ \t]+(?:\#|No\.?|Number))" +
        @"|(?<plan>Member[ \t]+(?:ID|\#|No\.?|Number)|Policy(?:[ \t]+(?:ID|\#|No\.?|Number))?|Group[ \t]+(?:ID|\#|No\.?|Number)|Subscriber[ \t]+(?:ID|\#|No\.?|Number)|Medicaid(?:[ \t]+(?:ID|\#|No\.?|Number))?|Medicare(?:[ \t]+(?:ID|\#|No\.?|Number))?|(?-i:MBI|HICN)|Insurance[ \t]+(?:ID|\#|No\.?|Number)|Plan[ \t]+ID|Beneficiary[ \t]+(?:ID|\#|Number))" +
        @"|(?<acct>Acct\.?(?:[ \t]+(?:\#|No\.?|Number))?|Account(?:[ \t]+(?:\#|No\.?|Number))?|Invoice(?:[ \t]+(?:\#|No\.?|Number))?|Billing[ \t]+(?:ID|\#|No\.?|Number)|Claim[ \t]+(?:ID|\#|No\.?|Number)|Encounter[ \t]+(?:ID|\#|No\.?|Number)|Visit[ \t]+(?:ID|\#|No\.?|Number)|(?-i:IBAN))" +
        @"|(?<veh>(?-i:VIN)|Vehicle[ \t]+(?:ID|Identification[ \t]+Number)|License[ \t]+Plate(?:[ \t]+(?:\#|No\.?|Number))?|Plate[ \t]+(?:\#|No\.?|Number))" +
        @"|(?<lic>Driver'?s[ \t]+Licen[sc]e(?:[ \t]+(?:Number|No\.?|\#))?|Licen[sc]e(?:[ \t]+(?:Number|No\.?|\#))?|Lic\.?(?:[ \t]*(?:No\.?|\#|Number))?|(?-i:DL|DEA|NPI)(?:[ \t]*(?:Number|No\.?|\#))?|Certificate[ \t]+(?:Number|No\.?|\#)|Passport(?:[ \t]+(?:Number|No\.?|\#))?)" +
        @"|(?<dev>Serial(?:[ \t]+(?:Number|No\.?|\#))?|(?-i:S/N|SN)|Device[ \t]+(?:ID|Identifier|\#|Serial(?:[ \t]+(?:Number|No\.?|\#))?)|(?-i:UDI)|Model/Serial|Implant[ \t]+(?:ID|Serial|\#))" +
        @"|(?<zip>ZIP(?:[ \t]*code)?|Postal[ \t]+code)" +
        @")(?![\w])(?:[ \t]*(?:[:#=]|(?-i:is|was)\b|(?:number|no\.)(?![\w])))*\s*" +
        @"(?<v>(?=[\w-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9]))*)",
        FixedIgnoreCase)]
    internal static partial Regex LabelledIdentifier();

    /// <summary>A telephone label ("Phone:", "Fax", "call me at") and a number of any national format after it.</summary>
    [GeneratedRegex(@"(?<![\w])(?:(?<fax>(?i:fax))|(?i:phone|tel(?:ephone)?|cell(?:[ \t]*phone)?|mobile|pager|contact[ \t]+(?:number|\#)|call[ \t]+(?:me[ \t]+)?at|answering[ \t]+at|reach[ \t]+(?:me[ \t]+)?at|messages[ \t]+to)|Ph)(?![\w])(?:[ \t]*(?:[:#=.]|(?i:number|no\.?|is)\b))*\s*(?<v>\+?\(?\d[\d \t().-]{5,20}\d)(?!\d)", Fixed)]
    internal static partial Regex LabelledPhone();

    // ---- places -------------------------------------------------------------------------------

    [GeneratedRegex(
        @"\b\d{1,6}[A-Z]?[ \t]+(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+)?(?:(?:\p{Lu}[\p{L}'.-]*|\d+(?:st|nd|rd|th))[ \t]+){1,4}" +
        @"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Parkway|Pkwy|Highway|Hwy|Place|Pl|Terrace|Ter|Circle|Cir|Square|Sq|Trail|Trl|Loop|Alley|Plaza|Crescent|Pike|Turnpike)\b\.?" +
        @"(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)\b\.?)?" +
        @"(?:,?[ \t]*(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|\#|Fl\.?|Floor|Bldg\.?|Building)[ \t]*\#?[ \t]*[A-Za-z0-9-]*\d[A-Za-z0-9-]*)?",
        Fixed)]
    internal static partial Regex StreetAddress();

    [GeneratedRegex(@"(?<![\w])(?:Apt\.?|Apartment|Suite|Ste\.|Unit)[ \t]*\#?[ \t]*\d+[A-Za-z]?\b", Fixed)]
    internal static partial Regex UnitDesignator();

    [GeneratedRegex(@"\b(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|PSC[ \t]+\d+,?[ \t]*Box)[ \t]*\#?[ \t]*\d+\b", FixedIgnoreCase)]
    internal static partial Regex PostOfficeBox();

    /// <summary>"Springfield, IL 62704" or "Springfield IL 62704-1234": city is a Location, the ZIP a Zip.</summary>
    [GeneratedRegex(@"(?<city>\p{Lu}[\p{L}'.-]+(?:[ \t]+\p{Lu}[\p{L}'.-]+){0,2}),?[ \t]+(?:" + StateAbbreviation + "|" + StateName + @")\.?,?[ \t]+(?<zip>\d{5}(?:-\d{4})?)(?![\d-])", Fixed)]
    internal static partial Regex CityStateZip();

    [GeneratedRegex(@"\b(?:" + StateAbbreviation + "|" + StateName + @")\.?,?[ \t]+(?<zip>\d{5}(?:-\d{4})?)(?![\d-])", Fixed)]
    internal static partial Regex StateZip();

    [GeneratedRegex(@"\b(?:lives|living|resides|residing|resident|moved|relocated|born|lives[ \t]+alone)[ \t]+(?:in|to|at)[ \t]+(?<city>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?![\p{L}])", Fixed)]
    internal static partial Regex CityAfterResidence();

    // ---- names ----------------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor)\.?[ \t]+" + PersonName, Fixed)]
    internal static partial Regex HonorificName();

    /// <summary>A label that introduces a person ("Patient:", "Attending:", "cc:", "/s/", "Electronically signed by") and the name after it.</summary>
    [GeneratedRegex(
        @"(?:(?<![\w])(?i:patient(?:'s)?[ \t]+name|patient|pt|name|full[ \t]+name|guardian|parent|mother|father|spouse|husband|wife|son|daughter|sister|brother|emergency[ \t]+contact|contact|next[ \t]+of[ \t]+kin|nok|attending(?:[ \t]+(?:physician|provider))?|referring(?:[ \t]+(?:physician|provider|doctor))?|ordering(?:[ \t]+(?:physician|provider))?|primary[ \t]+care(?:[ \t]+(?:physician|provider))?|pcp|physician|provider|surgeon|anesthesiologist|radiologist|pathologist|resident|nurse|rn|cc|re|to|from|attn|attention|witness|interpreter|caregiver|prescriber|insured|subscriber|policy[ \t]*holder|guarantor|beneficiary|recipient|signature|signed)[ \t]*:[ \t]*" +
        @"|(?<![\w])(?i:electronically[ \t]+signed[ \t]+by|signed[ \t]+by|dictated[ \t]+by|transcribed[ \t]+by|reviewed[ \t]+by|seen[ \t]+by|co-?signed[ \t]+by|referred[ \t]+by|accompanied[ \t]+by|performed[ \t]+by|verified[ \t]+by|dear)[ \t]*:?[ \t]*" +
        @"|/s/[ \t]*|(?i:sincerely|regards|respectfully),?[ \t]*\r?\n[ \t]*)" +
        Honorific + "?(?:" + LastCommaFirst + "|" + PersonName + "|" + CapsPersonName + ")",
        Fixed)]
    internal static partial Regex CuedName();

    /// <summary>A common given name followed by a capitalised surname: "John Smith", "Maria T. Lopez".</summary>
    [GeneratedRegex(@"\b(?:" + CommonGivenNames.Alternation + @")(?:[ \t]+(?:\p{Lu}\.|" + NameWord + @"))?[ \t]+" + NameWord + NameSuffix + @"(?![\p{L}'’-])", Fixed)]
    internal static partial Regex GivenNameSurname();

    /// <summary>Capitalised word (name-repeat pass).</summary>
    [GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}[\p{L}'’]+(?![\p{L}])", Fixed)]
    internal static partial Regex CapitalisedWord();
}
