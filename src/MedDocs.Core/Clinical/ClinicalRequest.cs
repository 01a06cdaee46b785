namespace MedDocs.Core.Clinical;

/// <summary>What New-SoapNote / Get-MedicalEntity (<c>meddocs soap</c> / <c>meddocs entities</c>) ask for.</summary>
public sealed record ClinicalRequest
{
    /// <summary>The note's sections (SOAP notes only).</summary>
    public SoapTemplate Template { get; init; } = SoapTemplate.Soap;

    /// <summary>Replace PHI with tags on this machine before any text is sent.</summary>
    public bool RedactPhi { get; init; }

    /// <summary>Names for WhisperX speaker labels; null keeps the labels.</summary>
    public IReadOnlyDictionary<string, string>? SpeakerMap { get; init; }

    /// <summary>Only plans are wanted (-WhatIf, --what-if): nothing is sent, so no cache is opened.</summary>
    public bool PlanOnly { get; init; }
}
