using System.Collections;
using System.Management.Automation;
using MedDocs.Core.Cache;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>
/// Input and privacy switches shared by the clinical cmdlets: transcripts as -Path, -LiteralPath or -Text (a string
/// on the pipeline is transcript text), -SpeakerMap for WhisperX labels, -RedactPhi, and ShouldProcess with a
/// description of exactly what would be sent (characters, chunks, calls, endpoint, model).
/// </summary>
public abstract class MedDocsClinicalCmdletBase<TOut> : MedDocsTextDocumentCmdletBase<TOut>
{

    /// <summary>Names for WhisperX speaker labels, e.g. @{SPEAKER_00='Doctor'; SPEAKER_01='Patient'}; unmapped labels are kept.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? SpeakerMap { get; set; }

    /// <summary>Replaces PHI (names, dates, identifiers, contacts) with tags such as [NAME] on this machine before any text is sent to the model.</summary>
    [Parameter]
    public SwitchParameter RedactPhi { get; set; }

    /// <summary>What ShouldProcess calls the work, e.g. "Draft SOAP note".</summary>
    protected abstract string Action { get; }

    /// <summary>
    /// Builds the operation once the provider is known (options already hold the speaker map and -RedactPhi). Notes and
    /// entities hold PHI: <paramref name="cache"/> stores them only with MEDDOCS_CACHE_PHI.
    /// </summary>
    protected abstract void CreateOperation(LlmClient client, ClinicalOptions options, DocumentLoader loader, ResultCache? cache);

    /// <summary>What the operation would send for one source, without sending it.</summary>
    protected abstract Task<ClinicalPlan> PlanAsync(DocumentSource source, CancellationToken cancellationToken);

    /// <summary>Lets a cmdlet add its own options (the template).</summary>
    protected virtual ClinicalOptions Customize(ClinicalOptions options) => options;

    protected override void Prepare()
    {
        var resolved = ResolveProvider();
        if (resolved.Target is null)
        {
            var error = new LlmException(LlmErrorKind.NoServer, null,
                $"{MyInvocation.MyCommand.Name} needs a language model, and no model server is in use (provider builtin).",
                "Start LM Studio (`lms server start`) or Ollama, or set -Provider and -Endpoint.");
            ThrowTerminatingError(new ErrorRecord(error, "LlmNoServer", ErrorCategory.ResourceUnavailable, null));
            return;
        }
        var options = Customize(ClinicalOptions.From(Settings, resolved) with
        {
            RedactPhi = RedactPhi.IsPresent,
            SpeakerMap = SpeakerMapFrom(SpeakerMap),
        });
        // -WhatIf sends nothing, so it opens no cache.
        var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) && value is SwitchParameter { IsPresent: true };
        CreateOperation(new LlmClient(resolved.Target, LlmClientOptions.From(Settings)), options, DocumentLoader, whatIf ? null : OpenCache());
    }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case "Text":
                foreach (var text in Text.Where(t => !string.IsNullOrEmpty(t)))
                {
                    Submit(DocumentSource.FromText(text, Label), $"text ({text.Length:N0} characters)");
                }
                break;
            default:
                var literal = ParameterSetName == "LiteralPath";
                foreach (var file in PathResolver.Resolve(this, literal ? LiteralPath : Path, literal))
                {
                    Submit(DocumentSource.FromFile(file), file);
                }
                break;
        }
    }

    protected override object? ErrorTarget(DocumentSource input) => input.Name ?? "(text)";

    /// <summary>Queues a source once ShouldProcess agrees; under -WhatIf or -Confirm the description says what would be sent.</summary>
    private void Submit(DocumentSource source, string target)
    {
        var action = Action;
        if (Previewing())
        {
            try
            {
                action = PlanAsync(source, CancellationToken).GetAwaiter().GetResult().Describe(Action);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not PipelineStoppedException)
            {
                WriteItemError(ex, source.Name ?? "(text)");
                return;
            }
        }
        if (ShouldProcess(target, action))
        {
            Enqueue(source);
        }
    }

    /// <summary>True under -WhatIf, -Confirm or $WhatIfPreference (for cmdlets that support them): only then is the plan worth reading the file for.</summary>
    private bool Previewing() =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttribute<CmdletAttribute>(GetType())?.SupportsShouldProcess == true
        && (MyInvocation.BoundParameters.ContainsKey("WhatIf")
        || MyInvocation.BoundParameters.ContainsKey("Confirm")
        || LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference")));

    private Dictionary<string, string>? SpeakerMapFrom(Hashtable? table)
    {
        if (table is null)
        {
            return null;
        }
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in table)
        {
            var key = entry.Key?.ToString();
            var value = entry.Value?.ToString();
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(value))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-SpeakerMap needs a label and a name in every entry, e.g. @{SPEAKER_00='Doctor'; SPEAKER_01='Patient'}."),
                    "InvalidSpeakerMap", ErrorCategory.InvalidArgument, table));
            }
            map[key!.Trim()] = value!.Trim();
        }
        return map;
    }
}
