using System.Management.Automation;
using MedDocs.Core.Batch;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Shows the text MedDocs extracts from documents: exactly what a model would see.</summary>
/// <remarks>
/// Reads PDFs (with MedDocs' own reader: text layers, encrypted files opened with the empty password, repaired
/// cross-reference tables, scanned pages detected), Word .docx, text and Markdown (encoding detected), and WhisperX
/// transcripts (rendered as speaker-labelled dialogue). Writes one record per document, or one per page with -PerPage:
/// Path, Page, Text, Characters, Scanned, Kind, Pages. An unreadable, encrypted or unsupported file is one error record;
/// the other files go on.
/// </remarks>
/// <example>
/// <code>Get-DocumentText -Path intake/referral.pdf -PerPage | Format-Table Page, Characters, Scanned</code>
/// <para>Shows how much text each page has and which pages are scanned images.</para>
/// </example>
/// <example>
/// <code>Get-DocumentText -Path statement.pdf -Password (Read-Host -AsSecureString 'PDF password')</code>
/// <para>Reads a PDF that needs a password; without -Password it is one clear "password-protected" error.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem intake -File | Get-DocumentText | Where-Object Characters -lt 200</code>
/// <para>Finds documents with little or no text layer (likely scans) before a batch run.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "DocumentText", DefaultParameterSetName = "Path")]
[OutputType(typeof(DocumentTextRecord))]
public sealed class GetDocumentTextCommand : MedDocsCmdletBase
{
    private CmdletBatch<IReadOnlyList<DocumentTextRecord>>? _batch;

    /// <summary>Files to read; wildcards are expanded (a name that matches no pattern but exists as written is read as it is). Strings from the pipeline and objects with a Path property (Resolve-Path, Import-Csv rows) bind here.</summary>
    [Parameter(ParameterSetName = "Path", Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [TextOrPathInput]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Files to read, exactly as written (no wildcards); FileInfo objects from Get-ChildItem bind here.</summary>
    [Parameter(ParameterSetName = "LiteralPath", Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "FullName")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>Password for encrypted PDFs that do not open with the empty user password (tried as user, then owner password); MEDDOCS_PDF_PASSWORD sets it for every run.</summary>
    [Parameter]
    public System.Security.SecureString? Password { get; set; }

    /// <summary>Writes one record per page instead of one per document.</summary>
    [Parameter]
    public SwitchParameter PerPage { get; set; }

    /// <summary>How many documents are read at once (default 4; MEDDOCS_THROTTLE_LIMIT).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; }

    protected override SettingOverrides Overrides() => new() { PdfPassword = CmdletInputs.PlainPassword(Password) };

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var operation = DocumentTextFactory.Create(Settings, new DocumentTextRequest { PerPage = PerPage.IsPresent }, CoreEvents);
        var throttle = MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : Settings.ThrottleLimit;
        _batch = new CmdletBatch<IReadOnlyList<DocumentTextRecord>>(this, operation, throttle, "Reading documents", Write, CancellationToken);
    }

    protected override void ProcessRecord()
    {
        var literal = ParameterSetName == "LiteralPath";
        foreach (var source in CmdletInputs.Files(this, literal ? LiteralPath : Path, literal))
        {
            _batch!.Post(source);
        }
    }

    protected override void EndProcessing()
    {
        _batch?.FinishInput();
        WritePendingMessages();
    }

    private void Write(BatchItemResult<DocumentSource, IReadOnlyList<DocumentTextRecord>> result)
    {
        WritePendingMessages();
        if (!result.Succeeded)
        {
            WriteItemError(result.Error!, result.Input.Name);
            return;
        }
        foreach (var record in result.Value!)
        {
            WriteObject(record);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _batch?.Dispose();
        }
        base.Dispose(disposing);
    }
}
