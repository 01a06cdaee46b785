BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $sim = Start-Simulator
    $folder = New-Item -ItemType Directory -Force (Join-Path $TestDrive 'transcripts')
    Set-Content -LiteralPath (Join-Path $folder 'b-short.txt') -Value 'Doctor: Any allergies? Patient: Penicillin gives me hives. I take lisinopril 10 mg daily.'
    Set-Content -LiteralPath (Join-Path $folder 'c-short.txt') -Value 'Doctor: Your temperature is 38.4 C and your knee is swollen.'
}
AfterAll { Stop-Simulator $sim }

Describe 'Get-MedicalEntity' {
    It 'returns entity records with type names in JSON and CSV' {
        $entities = 'Patient takes metformin 500 mg twice daily for type 2 diabetes.' | Get-MedicalEntity -Endpoint $sim.Endpoint
        $entities | Should -Not -BeNullOrEmpty
        $types = ($entities | ConvertTo-Json | ConvertFrom-Json).Type
        $types | ForEach-Object { $_ | Should -BeIn 'Diagnosis', 'Medication', 'Procedure', 'Symptom', 'VitalSign', 'Allergy' }
    }

    It 'reads files from the pipeline and writes an error for a missing one' {
        $entities = Get-MedicalEntity -Endpoint $sim.Endpoint -LiteralPath (Join-Path $folder 'b-short.txt'), (Join-Path $folder 'missing.txt') -ErrorVariable errs -ErrorAction SilentlyContinue
        $entities | Should -Not -BeNullOrEmpty
        @($errs).Count | Should -Be 1
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'groups its default view by Path' {
        $view = Get-ChildItem $folder -File -Filter '*short*' | Get-MedicalEntity -Endpoint $sim.Endpoint | Out-String -Width 200
        $view | Should -Match 'Path: .*b-short\.txt'
    }
}
