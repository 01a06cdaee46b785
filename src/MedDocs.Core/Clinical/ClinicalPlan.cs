using System.Globalization;

namespace MedDocs.Core.Clinical;

/// <summary>What an operation would send for one transcript (-WhatIf): nothing is sent to build it.</summary>
/// <param name="Characters">Characters of transcript that would be sent (after redaction).</param>
/// <param name="ModelCalls">Calls when every answer is valid (a long transcript's merge may need more rounds).</param>
public sealed record ClinicalPlan(string? Path, int Characters, int Chunks, int ModelCalls, int PhiRedacted, Uri Endpoint, string Model)
{
    /// <summary>One line for ShouldProcess / --what-if.</summary>
    public string Describe(string operation)
    {
        var redacted = PhiRedacted > 0 ? string.Create(CultureInfo.InvariantCulture, $", {PhiRedacted} PHI identifier{(PhiRedacted == 1 ? "" : "s")} redacted first") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{operation}: send {Characters:N0} characters in {Chunks} chunk{(Chunks == 1 ? "" : "s")} ({ModelCalls} model call{(ModelCalls == 1 ? "" : "s")}) to model '{Model}' at {Endpoint}{redacted}");
    }
}
