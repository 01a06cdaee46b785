using System.Management.Automation;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Core.Operations;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Finds protected health information (the HIPAA Safe Harbor identifiers) with exact offsets, or redacts it.</summary>
/// <remarks>
/// Writes one record per finding: Path, Type, Text, Start, Length, Line, Column, Page, Confidence, Engine (rules, tagger or llm),
/// Rule, Provider and Model. Start and Length index the document's extracted text (Get-DocumentText) exactly.
/// -Engine Rules runs the offline rules engine (validated patterns, labels, name heuristics; no server); Tagger, also offline,
/// adds what a learned token tagger (trained on the project's labelled notes) finds where the rules found nothing; Llm asks the model
/// in chunks sized to its context, and keeps only strings that occur verbatim in the text (others are dropped as
/// hallucinated and counted in -Verbose); Hybrid runs both and merges them, keeping the more specific type where they
/// overlap. Without -Engine, Hybrid is used when a model server is found and Tagger when the provider is builtin or no
/// server answers. With -Redact, one record per document holds the text with [TYPE] tags instead; -Surrogate replaces
/// identifiers with consistent fake values (the same name always gets the same fake name, and all dates move by one
/// per-document offset so intervals survive). Identifiers never appear in verbose messages or errors; -Verbose shows counts.
/// </remarks>
/// <example>
/// <code>Find-Phi -Path notes/*.txt | Group-Object Type | Sort-Object Count -Descending</code>
/// <para>Counts the identifiers of each type in a folder of notes (Hybrid when LM Studio runs, else Tagger).</para>
/// </example>
/// <example>
/// <code>Get-ChildItem intake -File | Find-Phi -Redact | ForEach-Object { Set-Content -Path "$($_.Path).redacted.txt" -Value $_.Text }</code>
/// <para>Writes a redacted copy of every document beside it, with [NAME], [DATE], [MRN] … tags.</para>
/// </example>
/// <example>
/// <code>Get-Content note.txt -Raw | Find-Phi -Engine Rules -Type Name, Date -MinimumConfidence 0.8</code>
/// <para>Checks pasted text offline for names and dates only, leaving out low-confidence name guesses.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem notes -File | Find-Phi -Engine Tagger -Redact</code>
/// <para>Redacts offline with the rules plus the learned tagger: higher recall on unfamiliar notes, a little lower precision.</para>
/// </example>
/// <example>
/// <code>Find-Phi -LiteralPath referral.pdf -Surrogate -Seed 42 -Verbose</code>
/// <para>Replaces identifiers with realistic, reproducible surrogates; -Verbose reports how many were found per engine.</para>
/// </example>
[Cmdlet(VerbsCommon.Find, "Phi", DefaultParameterSetName = "Path")]
[OutputType(typeof(PhiRecord))]
[OutputType(typeof(RedactedDocumentRecord))]
public sealed class FindPhiCommand : MedDocsDocumentCmdletBase<PhiDocumentOutput>
{
    private PhiDocumentOperation? _operation;

    /// <summary>Rules (offline), Tagger (offline: the rules plus the learned tagger's additions), Llm (model only) or Hybrid (rules and model, merged). Default: Hybrid with a model server, Tagger without.</summary>
    [Parameter]
    public PhiEngine Engine { get; set; }

    /// <summary>Only these identifier types are reported (and redacted). Year (a year standing alone, outside Safe Harbor) is reported only when named here, e.g. -Type Year or -Type Name, Date, Year for stricter de-identification.</summary>
    [Parameter]
    public PhiType[] Type { get; set; } = Array.Empty<PhiType>();

    /// <summary>Leaves out findings below this confidence (0..1; name guesses from repeats are 0.65, model findings 0.85).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double MinimumConfidence { get; set; }

    /// <summary>Writes one record per document with the text redacted by [TYPE] tags instead of the findings.</summary>
    [Parameter]
    public SwitchParameter Redact { get; set; }

    /// <summary>Redacts with consistent, realistic fake values instead of tags (implies -Redact).</summary>
    [Parameter]
    public SwitchParameter Surrogate { get; set; }

    /// <summary>Makes -Surrogate output reproducible (mixed with a hash of each document); without it every run differs.</summary>
    [Parameter]
    public int Seed { get; set; }

    protected override string Activity => "Finding PHI";

    protected override IDocumentOperation<PhiDocumentOutput> CreateOperation()
    {
        var request = new FindPhiRequest
        {
            Engine = MyInvocation.BoundParameters.ContainsKey(nameof(Engine)) ? Engine : null,
            Types = Type,
            MinimumConfidence = MinimumConfidence,
            Redaction = Surrogate.IsPresent ? RedactionMode.Surrogate : Redact.IsPresent ? RedactionMode.Tags : null,
            Seed = MyInvocation.BoundParameters.ContainsKey(nameof(Seed)) ? Seed : null,
        };
        _operation = CreateOperation(ct => FindPhiFactory.CreateAsync(Settings, request, CoreEvents, ct));
        WriteVerbose($"Find-Phi: engine {_operation.Engine}.");
        return _operation;
    }

    protected override void WriteResult(DocumentSource input, PhiDocumentOutput value)
    {
        // Counts only: identifiers never go to the verbose stream.
        WriteVerbose($"{value.Name ?? "text"}: {value.Counts}");
        foreach (var record in value.Records)
        {
            WriteObject(record);
        }
    }

    protected override void CompleteWork() => WriteVerbose($"Find-Phi, {_operation!.Summary}");
}
