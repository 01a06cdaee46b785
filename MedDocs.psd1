@{
    RootModule           = 'MedDocs.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '3f6b8f0e-5d7c-4a53-9b8e-2f1c7d9a6e41'
    Author               = 'MedDocs contributors'
    CompanyName          = 'MedDocs'
    Copyright            = '(c) MedDocs contributors. MIT License.'
    Description          = 'Process medical and legal documents with local language models (LM Studio, Ollama, OpenAI-compatible servers): triage, PHI detection and redaction, SOAP notes, embeddings. Patient data stays on this machine unless you allow otherwise.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('MedDocs.format.ps1xml')
    CmdletsToExport      = @(
        'Get-DocumentCategory'
        'Find-Phi'
        'Get-DocumentText'
        'Get-Embedding'
        'Get-MedDocsConfiguration'
        'Measure-EmbeddingSimilarity'
        'Get-MedicalEntity'
        'New-SoapNote'
        'Test-LMStudio'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('LMStudio', 'Ollama', 'LLM', 'Medical', 'Legal', 'PHI', 'HIPAA', 'SOAP', 'Embeddings', 'PSEdition_Core')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://example.org/meddocs'
            ReleaseNotes = 'See README.md.'
        }
    }
}
