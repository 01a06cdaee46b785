using System.Management.Automation;

namespace MedDocs.Infrastructure;

/// <summary>
/// Inputs shared by the model cmdlets that take files or raw text: -Path (wildcards, positional),
/// -LiteralPath (FileInfo from Get-ChildItem by property name) and -Text (a string on the pipeline is
/// document text, so `Get-Content -Raw | …` works), with -Label naming text inputs in the records.
/// </summary>
public abstract class MedDocsTextDocumentCmdletBase<TOut> : MedDocsModelDocumentCmdletBase<TOut>
{
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

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case "LiteralPath":
                EnqueuePaths(LiteralPath, literal: true);
                break;
            case "Text":
                EnqueueText(Text, Label ?? DefaultTextLabel);
                break;
            default:
                EnqueuePaths(Path, literal: false);
                break;
        }
    }

    /// <summary>The label text inputs get when -Label is not given.</summary>
    protected virtual string? DefaultTextLabel => null;
}
