using System.Management.Automation;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Drafts a SOAP note (or a nine-section structured clinical document) from a consultation transcript with a local model.</summary>
/// <remarks>
/// Takes transcript text from the pipeline or -Text, files (.txt, .md, .docx, PDF) or WhisperX JSON, which is sent as
/// speaker-labelled dialogue (rename the labels with -SpeakerMap). The model answers through a JSON schema, one string
/// per section, at the configured temperature (0.1 by default); an answer outside the schema is asked for once more,
/// then reported as an error for that transcript. A transcript longer than the model's context (as the server reports it)
/// is split into chunks, noted chunk by chunk, and merged in one more call. -RedactPhi replaces identifiers with tags on
/// this machine before anything is sent. -WhatIf says what would be sent (characters, chunks, calls, endpoint, model)
/// and sends nothing. Writes one record per transcript: Path, the sections, Characters, Chunks, ModelCalls, PhiRedacted,
/// Provider, Model, ElapsedMs, PromptTokens, CompletionTokens; with -AsMarkdown, the note as Markdown text instead.
/// A draft for a clinician to review, never a finished record.
/// </remarks>
/// <example>
/// <code>New-SoapNote -Path visit.whisperx.json -SpeakerMap @{SPEAKER_00='Doctor'; SPEAKER_01='Patient'} -RedactPhi -AsMarkdown | Set-Clipboard</code>
/// <para>Drafts a note from a WhisperX transcript without sending patient identifiers, and copies it as Markdown for pasting into the EHR.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem transcripts -File | New-SoapNote -Template Structured | Export-Csv notes.csv</code>
/// <para>Drafts the nine-section structured document for every transcript in a folder and keeps them in a spreadsheet.</para>
/// </example>
/// <example>
/// <code>Get-Content -Raw long-visit.txt | New-SoapNote -WhatIf</code>
/// <para>Shows how many characters, chunks and model calls the note would take, and which server and model would get them.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "SoapNote", DefaultParameterSetName = "Path", SupportsShouldProcess = true)]
[OutputType(typeof(SoapNoteRecord), typeof(string))]
public sealed class NewSoapNoteCommand : MedDocsClinicalCmdletBase<SoapNoteRecord>
{
    /// <summary>Soap (Subjective, Objective, Assessment, Plan; the default) or Structured (Chief Complaint through Follow-up, nine sections).</summary>
    [Parameter]
    public SoapTemplate Template { get; set; } = SoapTemplate.Soap;

    /// <summary>Writes the note as Markdown text (one heading per section) instead of a record.</summary>
    [Parameter]
    public SwitchParameter AsMarkdown { get; set; }

    protected override string Activity => "Drafting clinical notes";

    protected override string Action => Template == SoapTemplate.Structured ? "Draft structured clinical document" : "Draft SOAP note";

    protected override IDocumentOperation<SoapNoteRecord> CreateOperation() =>
        CreateOperation(ct => ClinicalFactory.CreateSoapNoteAsync(Settings, Request() with { Template = Template }, CoreEvents, ct));

    protected override void WriteResult(DocumentSource input, SoapNoteRecord value) =>
        WriteObject(AsMarkdown.IsPresent ? value.ToMarkdown() : value);
}
