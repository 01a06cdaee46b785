using System.Management.Automation;
using MedDocs.Core.Batch;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;

namespace MedDocs.Infrastructure;

/// <summary>
/// The document cmdlets that use a model: document input (-Path with wildcards, -LiteralPath by property name from
/// Get-ChildItem, -Text by value so `Get-Content -Raw | …` works, -Label), -Password for encrypted PDFs, -NoCache and
/// -ThrottleLimit, on top of the provider parameters. A cmdlet only builds its operation from a core factory and
/// writes its results: each input becomes one batch item, errors become one record per item, and what the core says
/// (document warnings, the provider chosen) is written on the pipeline thread.
/// </summary>
public abstract class MedDocsDocumentCmdletBase<TResult> : MedDocsProviderCmdletBase
{
    private CmdletBatch<TResult>? _batch;

    /// <summary>Files to read; wildcards are expanded (a name that matches no pattern but exists as written is read as it is). Objects with a Path property (Resolve-Path, Import-Csv rows) bind here; strings from the pipeline are document text.</summary>
    [Parameter(ParameterSetName = "Path", Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Files to read exactly as written (no wildcards); FileInfo objects from Get-ChildItem bind here.</summary>
    [Parameter(ParameterSetName = "LiteralPath", Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "FullName")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>Document text (for example Get-Content -Raw); each string is one document.</summary>
    [Parameter(ParameterSetName = "Text", Mandatory = true, ValueFromPipeline = true)]
    [AllowEmptyString]
    [TextOrPathInput]
    public string[] Text { get; set; } = Array.Empty<string>();

    /// <summary>A name for -Text input, written in the records where a file's path would be.</summary>
    [Parameter(ParameterSetName = "Text")]
    public string? Label { get; set; }

    /// <summary>Password for encrypted PDFs that do not open with the empty user password (tried as user, then owner password); MEDDOCS_PDF_PASSWORD sets it for every run.</summary>
    [Parameter]
    public System.Security.SecureString? Password { get; set; }

    /// <summary>Sends every document to the model: the result cache is neither read nor written (MEDDOCS_CACHE=false does this for every run).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    /// <summary>How many documents are read and processed at once (default 4; MEDDOCS_THROTTLE_LIMIT). Requests to one model server are capped separately by the ServerSlots setting (MEDDOCS_SERVER_SLOTS).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; }

    /// <summary>Progress activity, e.g. "Categorizing documents".</summary>
    protected abstract string Activity { get; }

    /// <summary>The label text inputs get when -Label is not given.</summary>
    protected virtual string? DefaultTextLabel => null;

    /// <summary>The setting -Model names (the chat model unless a cmdlet says otherwise).</summary>
    protected virtual string ModelSetting => "Model";

    /// <summary>Builds the operation from <see cref="MedDocsCmdletBase.Settings"/> with the capability's factory (wrap it in CreateOperation).</summary>
    protected abstract IDocumentOperation<TResult> CreateOperation();

    /// <summary>Writes one successful result (on the pipeline thread).</summary>
    protected abstract void WriteResult(DocumentSource input, TResult value);

    /// <summary>Whether to queue an input (a cmdlet with ShouldProcess asks here).</summary>
    protected virtual bool ShouldQueue(DocumentSource source, string target) => true;

    /// <summary>Work after the last result and before the cache closes (Get-Embedding's last requests, totals).</summary>
    protected virtual void CompleteWork()
    {
    }

    /// <summary>The operation of this invocation (after BeginProcessing).</summary>
    protected IDocumentOperation<TResult> Operation => _batch!.Operation;

    protected override SettingOverrides Overrides() => base.Overrides() with
    {
        ModelSetting = ModelSetting,
        NoCache = NoCache.IsPresent,
        PdfPassword = CmdletInputs.PlainPassword(Password),
    };

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var operation = CreateOperation();
        var throttle = MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : Settings.ThrottleLimit;
        _batch = new CmdletBatch<TResult>(this, operation, throttle, Activity, Write, CancellationToken);
    }

    protected override void ProcessRecord()
    {
        var sources = ParameterSetName switch
        {
            "Text" => CmdletInputs.Texts(Text, Label ?? DefaultTextLabel).Select(s => (s, $"text ({s.Text!.Length:N0} characters)")),
            "LiteralPath" => CmdletInputs.Files(this, LiteralPath, literal: true).Select(s => (s, s.Path!)),
            _ => CmdletInputs.Files(this, Path, literal: false).Select(s => (s, s.Path!)),
        };
        foreach (var (source, target) in sources)
        {
            if (ShouldQueue(source, target))
            {
                _batch!.Post(source);
            }
        }
    }

    protected override void EndProcessing()
    {
        if (_batch is null)
        {
            return;
        }
        _batch.FinishInput();
        WritePendingMessages();
        CompleteWork();
        WritePendingMessages();
        _batch.FinishCache();
    }

    /// <summary>The error record's target object for an input (its path, or its label).</summary>
    protected virtual object? ErrorTarget(DocumentSource input) => input.Name;

    private void Write(BatchItemResult<DocumentSource, TResult> result)
    {
        WritePendingMessages();
        if (result.Succeeded)
        {
            WriteResult(result.Input, result.Value!);
        }
        else
        {
            WriteItemError(result.Error!, ErrorTarget(result.Input));
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
