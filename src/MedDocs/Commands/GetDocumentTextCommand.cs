using System.Management.Automation;
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
public sealed class GetDocumentTextCommand : MedDocsDocumentCmdletBase<IReadOnlyList<DocumentTextRecord>>
{
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

    /// <summary>Password for encrypted PDFs that do not open with the empty user password (tried as user, then owner password).</summary>
    [Parameter]
    public System.Security.SecureString? Password { get; set; }

    /// <summary>Writes one record per page instead of one per document.</summary>
    [Parameter]
    public SwitchParameter PerPage { get; set; }

    protected override string Activity => "Reading documents";

    protected override MedDocs.Pdf.PdfOpenOptions? PdfOptions =>
        Password is null ? null : new MedDocs.Pdf.PdfOpenOptions { Password = new System.Net.NetworkCredential(string.Empty, Password).Password };

    protected override void ProcessRecord()
    {
        if (ParameterSetName == "LiteralPath")
        {
            EnqueuePaths(LiteralPath, literal: true);
        }
        else
        {
            EnqueuePaths(Path, literal: false);
        }
    }

    protected override async Task<IReadOnlyList<DocumentTextRecord>> ProcessItemAsync(DocumentSource item, CancellationToken cancellationToken)
    {
        var document = await LoadAsync(item, cancellationToken).ConfigureAwait(false);
        return DocumentTextService.ToRecords(document, PerPage.IsPresent);
    }

    protected override void WriteResult(DocumentSource input, IReadOnlyList<DocumentTextRecord> value)
    {
        foreach (var record in value)
        {
            WriteObject(record);
        }
    }
}
