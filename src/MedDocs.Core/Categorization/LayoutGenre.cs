namespace MedDocs.Core.Categorization;

/// <summary>The kinds of layout <see cref="LayoutReader"/> recognises; each default category owns some of them.</summary>
internal enum LayoutGenre
{
    /// <summary>Letter, fax cover, email or memo: salutation, closing, "Re:", cc/enclosure lines, header blocks.</summary>
    Correspondence,

    /// <summary>A fill-in form: check boxes, blanks, signature-of-patient and witness lines, "I authorize…".</summary>
    Form,

    /// <summary>A court caption: party lines ("JANE ROE, Plaintiff,"), a "v." line, the ")" column.</summary>
    Caption,

    /// <summary>An itemised table of charges: lines ending in amounts.</summary>
    ItemizedTable,

    /// <summary>A clinical report: labelled sections (Indication:, Findings:, Impression:, Plan:) and a clinician's sign-off.</summary>
    ClinicalReport,

    /// <summary>Testimony: Q/A lines of a deposition or hearing transcript.</summary>
    Transcript,
}
