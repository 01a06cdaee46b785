using System.Text.RegularExpressions;

namespace MedDocs.Core.Categorization;

/// <summary>
/// Reads a document's layout (<see cref="DocumentLayout"/>) from line patterns: the shape of a letter, a form, a court
/// caption, an itemised bill, a clinical report or a transcript. Stateless; the patterns are immutable and linear-time.
/// </summary>
internal static class LayoutReader
{
    // NonBacktracking: linear time on any input, so a hostile or huge document cannot stall the engine.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking;
    private const RegexOptions AnyCase = Options | RegexOptions.IgnoreCase;
    private const int MaxMatches = 50;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private const string Month = @"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?";
    private const string PartyRole = @"(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|claimants?|movants?|intervenors?|" +
                                     @"counter-?(?:plaintiffs?|defendants?)|cross-?(?:plaintiffs?|defendants?)|third-party (?:plaintiffs?|defendants?))";
    private const string Clinician = @"(?:M\.?D|D\.?O|N\.?P|PA-C|R\.?N|D\.?C|DPT|PT|MBBS|FACS|FACEP|CRNA|ARNP|APRN)";

    private static readonly LayoutCue[] Cues =
    [
        // Correspondence.
        new(LayoutGenre.Correspondence, "a salutation", Regex(@"^[ \t]*(?:(?:dear[ \t]+[^\n]{1,60}|to whom it may concern)[ \t]*[,:;]|to[ \t]+[^\n:,]{1,50},)[ \t]*$", AnyCase), 2.5),
        new(LayoutGenre.Correspondence, "a complimentary close",
            Regex(@"^[ \t]*(?:sincerely(?: yours)?|very truly yours|yours (?:truly|sincerely|very truly|faithfully)|respectfully(?: yours)?|" +
                  @"(?:best|kind|warm|warmest|with best)[ \t]+regards|regards|cordially|best wishes|with appreciation|thank you|thanks|best|cheers)[ \t]*[,.!]?[ \t]*$", AnyCase), 2),
        // Field labels end in ":" or in a dotted leader ("re ........ the claim").
        new(LayoutGenre.Correspondence, "a reference line", Regex(@"^[ \t]*(?:re|subject|regarding)[ \t]*(?::|\.{3,})", AnyCase), 1),
        new(LayoutGenre.Correspondence, "a date line",
            Regex($@"^[ \t]*(?:{Month}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{Month}[ \t]+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})[ \t]*$", AnyCase), 0.5, headingOnly: true),
        new(LayoutGenre.Correspondence, "copy or enclosure lines",
            Regex(@"^[ \t]*(?:(?:b?cc|xc|copy to|copies to|copies furnished to|distribution)[ \t]*:|(?:enclosures?|encl\.?|enc\.|attachments?)[ \t]*(?::[^\n]{0,60}|\([^\n]{0,10}\))?[ \t]*$)", AnyCase), 1),
        new(LayoutGenre.Correspondence, "a delivery line",
            Regex(@"^[ \t]*(?:sent )?(?:via|by)[ \t]+(?:u\.?s\.? mail|first[- ]class mail|regular mail|certified mail|electronic mail|e-?mail|facsimile|fax|hand delivery|" +
                  @"overnight|federal express|fedex|ups|electronic filing|e-?filing|courier)\b", AnyCase), 1),
        new(LayoutGenre.Correspondence, "a fax header",
            Regex(@"^[\W_]*(?:fax|facsimile|fax cover(?: sheet)?|facsimile cover(?: sheet)?|(?:fax|facsimile) transmittal(?: sheet)?|(?:fax|facsimile) transmission(?: report)?)[\W_]*$", AnyCase), 3, headingOnly: true),
        new(LayoutGenre.Correspondence, "a fax page count", Regex(@"pages?[^\n]{0,25}\b(?:including|incl\.?|w/)[ \t]*(?:this[ \t]+|the[ \t]+)?cover", AnyCase), 2, hint: "cover"),
        new(LayoutGenre.Correspondence, "a fax transmission report",
            Regex(@"^\W*(?:tx|rx|transmission|fax|communication|activity)[ \t]+(?:report|result|journal|confirmation|verification)\b|^[ \t]*transmission ok\b", AnyCase), 3, headingOnly: true),
        new(LayoutGenre.Correspondence, "fax number fields", Regex(@"^[ \t]*(?:to|from|attn|attention)[ \t]*:[^\n]*\bfax\b", AnyCase), 1, hint: "fax"),
        new(LayoutGenre.Correspondence, "an addressee line", Regex(@"^[ \t]*(?:to|attn|attention)[ \t]*(?::|\.{3,})", AnyCase), 1),
        new(LayoutGenre.Correspondence, "a clerk's signature",
            Regex(@"\b(?:deputy clerk|clerk of (?:the )?(?:[a-z]+ )?courts?|clerk of court|court clerk|appellate clerk|clerk's office)\b", AnyCase), 1.5, hint: "clerk"),
        new(LayoutGenre.Correspondence, "email or memo headers", Regex(@"^[ \t]*(?:from|to|subject|sent|date|cc|re)[ \t]*(?::|\.{3,})", AnyCase), 3, minimumMatches: 3, headingOnly: true),
        new(LayoutGenre.Correspondence, "a quoted message", Regex(@"^[ \t>]*(?:on [^\n]{5,80} wrote:|-+[ \t]*(?:original|forwarded) message[ \t]*-+)", AnyCase), 2),

        // Fill-in forms.
        new(LayoutGenre.Form, Regex(@"[☐☑☒□■▢✓✔✗✘]|\[[ \t]?[xX✓✔]?[ \t]?\]|\([ \t]?[xX]?[ \t]?\)", Options),
            [new(2, 1.5, "check boxes"), new(6, 2.5, "many check boxes")]),
        new(LayoutGenre.Form, Regex(@"_{4,}", Options), [new(3, 1.5, "fill-in blanks"), new(8, 2.5, "many fill-in blanks")]),
        new(LayoutGenre.Form, "a signer's signature line",
            Regex(@"signature of (?:the )?(?:patient|parent|guardian|legal (?:guardian|representative)|personal representative|authorized representative|" +
                  @"responsible party|witness|interpreter|member|applicant|employee|claimant|insured|subscriber)|" +
                  @"(?:patient|parent|guardian|witness|representative|responsible party|interpreter|member|applicant|employee|insured)(?:'s|’s|/guardian)?[ \t]+signature", AnyCase), 2),
        new(LayoutGenre.Form, "first-person consent",
            Regex(@"\bI[ \t]+(?i:(?:hereby[ \t]+)?(?:authorize|consent|give (?:my )?(?:consent|permission)|understand that|acknowledge|agree to|request that))\b", Options), 1.5),
        new(LayoutGenre.Form, "yes/no answers", Regex(@"\byes[ \t]*(?:\[[ \t]?\]|[☐□]|_{2,}|\([ \t]?\))[ \t]*no\b", AnyCase), 1, hint: "yes"),

        // Court captions.
        new(LayoutGenre.Caption, Regex($@"(?:^|,)[ \t]*{PartyRole}[ \t]*[,.]?[ \t]*(?:[)§][^\n]*)?$", AnyCase),
            [new(1, 2, "a party line"), new(2, 3.5, "party lines")]),
        // The caption's column is ")" in most states and "§" in Texas.
        new(LayoutGenre.Caption, "a versus line", Regex(@"^[ \t]*(?:v|vs|versus|-[ \t]*against[ \t]*-|against)\.?[ \t]*(?:[)§][^\n]*)?$", AnyCase), 1.5),
        new(LayoutGenre.Caption, "a caption column", Regex(@"(?:^|[ \t]{2})[ \t]*[)§][^\n(]*$", Options), 1.5, minimumMatches: 3),
        new(LayoutGenre.Caption, "a caption rule", Regex(@"^[ \t]*_{10,}[ \t]*/[ \t]*$", Options), 1),

        // Itemised charges.
        new(LayoutGenre.ItemizedTable, "an amount column",
            Regex(@"\S[ \t]{2,}(?:\$[ \t]?-?\(?\d{1,3}(?:,\d{3})*(?:\.\d{2})?\)?|-?\d{1,3}(?:,\d{3})*\.\d{2}[ \t]+-?\$?\d{1,3}(?:,\d{3})*\.\d{2})[ \t]*$", Options), 2, minimumMatches: 3),
        // Claim forms (UB-04, CMS-1500) print amounts without "$": a long column of them still makes a table.
        new(LayoutGenre.ItemizedTable, "a long column of amounts", Regex(@"\S[ \t]{2,}\d{1,3}(?:,\d{3})*\.\d{2}[ \t]*$", Options), 1, minimumMatches: 5),
        new(LayoutGenre.ItemizedTable, Regex(@"\$[ \t]?\d{1,3}(?:,\d{3})*(?:\.\d{2})?\b", Options), [new(6, 0.5, "many dollar amounts"), new(12, 1, "dozens of dollar amounts")]),

        // Clinical reports.
        new(LayoutGenre.ClinicalReport,
            Regex(@"^[ \t]*(?:indications?|impression|findings|procedures?(?: performed)?|pre-?operative diagnos[ie]s|post-?operative diagnos[ie]s|anesthesia|" +
                  @"estimated blood loss|ebl|specimens?|complications|technique|comparison|clinical history|history of present illness|hpi|chief complaint|" +
                  @"subjective|objective|assessment|plan|assessment and plan|a/p|exam|physical exam(?:ination)?|review of systems|ros|vitals?|vital signs|" +
                  @"allergies|diagnos[ie]s|disposition|interpretation|rhythm|conclusion|hospital course|discharge diagnos[ie]s|discharge medications|" +
                  @"past medical history|pmh|social history|family history|current medications|medications|treatment|goals|prognosis|recommendations?)[ \t]*:", AnyCase),
            [new(2, 1.5, "clinical section labels"), new(4, 3, "many clinical section labels")]),
        new(LayoutGenre.ClinicalReport, "a clinician's credential",
            Regex(@"[a-z],?[ \t]+(?:M\.D\.|MD|D\.O\.|DO|PA-C|NP|FNP-C|FNP|APRN|ARNP|RN|DPT|CRNA|RRT|MBBS)\b", Options), 1),
        new(LayoutGenre.ClinicalReport, Regex(
                @"\b\d+(?:\.\d+)?[ \t]?(?:mg|mcg|mL|ml|mmHg|mm Hg|mm|cm|ng/L|ng/mL|pg/mL|g/dL|mg/dL|mmol/L|mEq/L|U/L|IU/L|bpm|kg|g/cm2|mL/min|/min|/hpf|K/uL|M/uL|fL)\b",
                Options),
            [new(2, 1.5, "clinical measurements"), new(5, 2.5, "many clinical measurements")]),
        new(LayoutGenre.ClinicalReport, "a clinician's sign-off",
            Regex($@"^[ \t]*(?i:interpreted|electronically signed|e-signed|dictated|read|signed|reviewed|transcribed|attending|performed|surgeon|provider)(?:[ \t]+(?i:by))?[ \t]*:?[^\n]*[a-z.][ \t,]+{Clinician}\b", Options), 1.5),

        // Transcripts.
        // Transcript lines often start with the page's line number ("12   Q.   And then?").
        new(LayoutGenre.Transcript, "question and answer lines", Regex(@"^[ \t]*(?:\d{1,2}[ \t]+)?(?:Q|A)(?:[.:]|[ \t]{2,})[ \t]*\S", Options), 3, minimumMatches: 6),
        new(LayoutGenre.Transcript, "speaker lines", Regex(@"^[ \t]*(?:\d{1,2}[ \t]+)?(?:BY[ \t]+)?(?:MR|MS|MRS|DR)\.[ \t]+[A-Z][A-Za-z'-]+[ \t]*:", Options), 1, minimumMatches: 2),
    ];

    // Whole-dollar fees ("$150") count as much as "$150.00".
    private static readonly Regex Amounts = Regex(@"\$[ \t]?\d{1,3}(?:,\d{3})*(?:\.\d{2})?\b", Options);
    private static readonly Regex PatientWords = Regex(
        @"\b(?:patient|allergies|allergy|medications?|health information|hipaa|medical records?|physician|provider|pharmacy|treatment|diagnosis|symptoms|clinic|surgery|procedure|anesthesia)\b",
        AnyCase);

    /// <summary>The layout cues found in the text; <paramref name="headingLength"/> is the length of its heading region.</summary>
    public static DocumentLayout Read(string text, int headingLength)
    {
        var layout = new DocumentLayout
        {
            ListsAmounts = Count(Amounts, text, 2) >= 2,
            IsAboutAPatient = DistinctCount(PatientWords, text, 2) >= 2,
        };
        var heading = text.AsSpan(0, headingLength);
        foreach (var cue in Cues)
        {
            if (cue.Hint is not null && !text.Contains(cue.Hint, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var matches = cue.HeadingOnly ? Count(cue.Pattern, heading, cue.Enough) : Count(cue.Pattern, text, cue.Enough);
            if (cue.TierFor(matches) is { } tier)
            {
                layout.Add(cue.Genre, tier);
            }
        }
        return layout;
    }

    private static int Count(Regex pattern, ReadOnlySpan<char> text, int enough)
    {
        if (enough <= 1)
        {
            // One match is enough: IsMatch stops at the first and skips finding where each match starts.
            return pattern.IsMatch(text) ? 1 : 0;
        }

        var count = 0;
        foreach (var _ in pattern.EnumerateMatches(text))
        {
            if (++count >= enough || count >= MaxMatches)
            {
                break;
            }
        }
        return count;
    }

    private static int DistinctCount(Regex pattern, string text, int enough)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var match in pattern.EnumerateMatches(text))
        {
            if (seen.Add(text.Substring(match.Index, match.Length)) && seen.Count >= enough)
            {
                break;
            }
        }
        return seen.Count;
    }

    private static Regex Regex(string pattern, RegexOptions options) => new(pattern, options, Timeout);
}
