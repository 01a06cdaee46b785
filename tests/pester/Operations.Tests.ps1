BeforeAll {
    . "$PSScriptRoot/common.ps1"
}

Describe 'Get-DocumentCategory' {
    It 'triages the samples offline with the rules engine and exports CSV' {
        $csv = Join-Path $TestDrive 'triage.csv'
        Get-ChildItem "$RepoRoot/samples" -File | Get-DocumentCategory -Engine Rules | Export-Csv $csv
        $rows = Import-Csv $csv
        $rows.Count | Should -Be (Get-ChildItem "$RepoRoot/samples" -File).Count
        ($rows | Where-Object { $_.Path -like '*hospital-invoice.txt' }).Category | Should -Be 'Bill'
        ($rows | Where-Object { $_.Path -like '*motion-to-compel.md' }).Category | Should -Be 'Pleading'
    }

    It 'takes raw text from the pipeline' {
        $result = 'IN THE CIRCUIT COURT OF FAIRHAVEN COUNTY. PLAINTIFF v. DEFENDANT. COMPLAINT. Case No. 24-CV-1.' | Get-DocumentCategory -Engine Rules
        $result.Category | Should -Be 'Pleading'
    }
}

Describe 'Find-Phi' {
    It 'finds identifiers with offsets into the text' {
        $text = 'Pt: Maria Lopez, MRN: 4417-2291, seen 03/14/2025. BP 120/80.'
        $findings = $text | Find-Phi -Engine Rules
        $findings.Type | Should -Contain 'Mrn'
        $findings | ForEach-Object { $text.Substring($_.Start, $_.Length) | Should -Be $_.Text }
        $findings.Text | Should -Not -Contain '120/80'
    }

    It 'redacts with tags' {
        $redacted = 'Pt: Maria Lopez, MRN: 4417-2291, seen 03/14/2025.' | Find-Phi -Engine Rules -Redact
        $redacted.Text | Should -Not -Match '4417-2291'
        $redacted.Text | Should -Match '\[MRN\]'
    }
}

Describe 'Get-Embedding' {
    It 'embeds offline with the builtin hashing embedder and ranks by similarity' {
        $records = 'chest pain on exertion', 'fractured left wrist after a fall', 'invoice for ambulance transport' |
            Get-Embedding -Provider Builtin
        $records.Count | Should -Be 3
        $records[0].Dimensions | Should -Be 768
        $top = $records | Measure-EmbeddingSimilarity -Query 'wrist fracture from a fall' -Top 1
        $top.Rank | Should -Be 1
    }
}

Describe 'New-SoapNote and Get-MedicalEntity against the simulator' {
    BeforeAll { $sim = Start-Simulator }
    AfterAll { Stop-Simulator $sim }

    It 'drafts a note with four sections' {
        $note = 'Doctor: What brings you in? Patient: My knee hurts when I climb stairs.' | New-SoapNote -Endpoint $sim.Endpoint
        $note.Subjective | Should -Not -BeNullOrEmpty
        $note.Plan | Should -Not -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        Invoke-RestMethod -Method Post "$($sim.Root)/simulator/reset" | Out-Null
        'Doctor: Any allergies? Patient: Penicillin.' | New-SoapNote -Endpoint $sim.Endpoint -WhatIf
        (Invoke-RestMethod "$($sim.Root)/simulator/stats").chat | Should -Be 0
    }

    It 'returns entity records' {
        $entities = 'Patient takes metformin 500 mg twice daily for type 2 diabetes.' | Get-MedicalEntity -Endpoint $sim.Endpoint
        $entities | Should -Not -BeNullOrEmpty
    }
}
