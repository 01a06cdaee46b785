using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Operations;

/// <summary>An operation that can say what it would send for an input without sending it (-WhatIf, --what-if).</summary>
public interface IPlannedOperation
{
    Task<ClinicalPlan> PlanAsync(DocumentSource source, CancellationToken cancellationToken);
}
