using System.Collections;
using System.Management.Automation;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;

namespace MedDocs.Infrastructure;

/// <summary>
/// What the clinical cmdlets add to the document input: -SpeakerMap for WhisperX labels, -RedactPhi, and ShouldProcess
/// with a description of exactly what would be sent (characters, chunks, calls, endpoint, model).
/// </summary>
public abstract class MedDocsClinicalCmdletBase<TOut> : MedDocsDocumentCmdletBase<TOut>
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

    /// <summary>The request from the bound parameters (a cmdlet adds its own, e.g. the template).</summary>
    protected virtual ClinicalRequest Request() => new()
    {
        RedactPhi = RedactPhi.IsPresent,
        SpeakerMap = SpeakerMapFrom(SpeakerMap),
        // -WhatIf sends nothing, so it opens no cache.
        PlanOnly = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) && value is SwitchParameter { IsPresent: true },
    };

    protected override object? ErrorTarget(DocumentSource input) => input.Name ?? "(text)";

    /// <summary>Queues a source once ShouldProcess agrees; under -WhatIf or -Confirm the description says what would be sent.</summary>
    protected override bool ShouldQueue(DocumentSource source, string target)
    {
        var action = Action;
        if (Previewing() && Operation is IPlannedOperation planned)
        {
            try
            {
                action = planned.PlanAsync(source, CancellationToken).GetAwaiter().GetResult().Describe(Action);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not PipelineStoppedException)
            {
                WriteItemError(ex, source.Name ?? "(text)");
                return false;
            }
            finally
            {
                WritePendingMessages();
            }
        }
        return ShouldProcess(target, action);
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
