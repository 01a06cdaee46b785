using System.Globalization;
using System.Management.Automation;
using MedDocs.Core.Categorization;
using MedDocs.Core.Documents;
using MedDocs.Core.Configuration;
using MedDocs.Core.Operations;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Sorts documents into categories (Medical Record, Bill, Pleading, Documentary Evidence, or your own).</summary>
/// <remarks>
/// Writes one record per document: Path, Category, Confidence (0-1), Reason, Engine (rules, llm or vision), Provider,
/// Model, Pages, ElapsedMs, ModelError. With -Engine Auto (the default) the builtin rules engine decides clear cases at once and the
/// local model is asked only when the rules' confidence is below -Threshold (MEDDOCS_CATEGORY_THRESHOLD, default 0.75).
/// When that model call fails, the rules' best guess is kept (Engine rules, ModelError naming the failure kind) with a
/// warning, never an error record. Forms filled in by or for a provider are Medical Record, correspondence (letters,
/// court clerks' notices, faxes, emails) is Documentary Evidence, filings and orders are Pleading.
/// With no model server running, Auto still categorizes with the rules and warns once. The model answers through a JSON
/// schema whose category is one of the configured names, so text inside a document cannot produce another category.
/// Scanned documents without a text layer go to the vision model (LMSTUDIO_VISION_MODEL). Long documents are cut to the
/// model's context. An unreadable file is one error record; the other files go on.
/// </remarks>
/// <example>
/// <code>Get-ChildItem intake -File | Get-DocumentCategory | Export-Csv triage.csv</code>
/// <para>Categorizes every file in a folder, four at a time, and saves the results as CSV.</para>
/// </example>
/// <example>
/// <code>Get-DocumentCategory -Path mail/*.pdf -Category 'Correspondence: letters and emails', 'Bill' -Engine Llm</code>
/// <para>Sorts documents into custom categories, always asking the model.</para>
/// </example>
/// <example>
/// <code>Get-Content -Raw note.txt | Get-DocumentCategory -Label note.txt -Engine Rules -Verbose</code>
/// <para>Categorizes text offline with the rules engine; -Verbose says which engine decided.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "DocumentCategory", DefaultParameterSetName = "Path")]
[OutputType(typeof(CategoryResult))]
public sealed class GetDocumentCategoryCommand : MedDocsDocumentCmdletBase<CategoryResult>
{
    /// <summary>Categories as 'Name' or 'Name: one-line description'. Default: MEDDOCS_CATEGORIES, else the four built-in ones.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Category { get; set; }

    /// <summary>Auto (rules, then the model when unsure), Rules (offline only) or Llm (always the model).</summary>
    [Parameter]
    public CategorizationEngine Engine { get; set; } = CategorizationEngine.Auto;

    /// <summary>Rules confidence (0-1) at or above which Auto decides without the model (MEDDOCS_CATEGORY_THRESHOLD).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double Threshold { get; set; }

    protected override string Activity => "Categorizing documents";

    protected override SettingOverrides Overrides() => base.Overrides() with
    {
        Extra = MyInvocation.BoundParameters.ContainsKey(nameof(Threshold))
            ? new Dictionary<string, string?> { ["CategoryThreshold"] = Threshold.ToString("R", CultureInfo.InvariantCulture) }
            : new Dictionary<string, string?>(),
    };

    protected override IDocumentOperation<CategoryResult> CreateOperation()
    {
        IReadOnlyList<CategoryDefinition>? categories = null;
        if (Category is { Length: > 0 } && !CategoryList.TryParse(Category, out categories, out var problem))
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-Category: {problem}."), "InvalidCategory", ErrorCategory.InvalidArgument, Category));
        }
        var request = new CategorizeRequest { Engine = Engine, Categories = categories };
        return CreateOperation(ct => CategorizeFactory.CreateAsync(Settings, request, CoreEvents, ct));
    }

    protected override void WriteResult(DocumentSource input, CategoryResult value)
    {
        // Category names and engine only: never document text.
        WriteVerbose(string.Create(CultureInfo.InvariantCulture,
            $"{input.Name ?? "(text)"}: {value.Engine} decided {value.Category ?? "(none)"} at {value.Confidence:0.##} in {value.ElapsedMs} ms."));
        if (value.ModelError is not null)
        {
            // Not an error: the record has the rules' best guess; the warning says it was not confirmed (failure kind only).
            WriteWarning(string.Create(CultureInfo.InvariantCulture,
                $"{input.Name ?? "(text)"}: the model call failed ({value.ModelError}); kept the rules' best guess {value.Category} at confidence {value.Confidence:0.##}."));
        }
        WriteObject(value);
    }
}
