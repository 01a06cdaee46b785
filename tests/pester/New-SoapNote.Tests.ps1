BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $sim = Start-Simulator
    $folder = New-Item -ItemType Directory -Force (Join-Path $TestDrive 'transcripts')
    $visit = 'Doctor: What brings you in today? Patient: My left knee hurts when I climb stairs, for about two weeks. Doctor: Any swelling? Patient: A little in the evening.'
    Set-Content -LiteralPath (Join-Path $folder 'b-short.txt') -Value $visit
    Set-Content -LiteralPath (Join-Path $folder 'c-short.txt') -Value 'Doctor: Any allergies? Patient: Penicillin gives me hives.'
    # A transcript longer than one chunk takes a map and a reduce step: slower than the short ones.
    $long = (1..2000 | ForEach-Object { "Doctor: How is the pain on day $_? Patient: It is a dull ache in the lower back, worse when I sit for long." }) -join "`n"
    Set-Content -LiteralPath (Join-Path $folder 'a-long.txt') -Value $long
}
AfterAll { Stop-Simulator $sim }

Describe 'New-SoapNote' {
    It 'drafts a note with the four SOAP sections from pipeline text' {
        $note = $visit | New-SoapNote -Endpoint $sim.Endpoint -Label visit
        $note.Path | Should -Be 'visit'
        foreach ($section in 'Subjective', 'Objective', 'Assessment', 'Plan') { $note.$section | Should -Not -BeNullOrEmpty }
    }

    It 'takes Get-Content -Raw output as transcript text' {
        $note = Get-Content -Raw -LiteralPath (Join-Path $folder 'b-short.txt') | New-SoapNote -Endpoint $sim.Endpoint
        $note.Characters | Should -BeGreaterThan 50
    }

    It 'writes the nine-section template with its name in JSON' {
        $note = $visit | New-SoapNote -Endpoint $sim.Endpoint -Template Structured
        $note.ChiefComplaint | Should -Not -BeNullOrEmpty
        ($note | ConvertTo-Json | ConvertFrom-Json).Template | Should -Be 'Structured'
    }

    It 'reads a WhisperX transcript with -SpeakerMap' {
        $note = New-SoapNote -LiteralPath "$SamplesFolder/ortho-followup-consultation.whisperx.json" -SpeakerMap @{ SPEAKER_00 = 'Doctor'; SPEAKER_01 = 'Patient' } -Endpoint $sim.Endpoint
        $note.Plan | Should -Not -BeNullOrEmpty
        $sent = (Invoke-RestMethod "$($sim.Root)/simulator/requests") | Select-Object -Last 1
        "$($sent.body)" | Should -Match 'Doctor:'
    }

    It 'writes Markdown with -AsMarkdown' {
        $visit | New-SoapNote -Endpoint $sim.Endpoint -AsMarkdown | Should -Match '(?m)^## Subjective'
    }

    It 'sends nothing with -WhatIf' {
        Reset-Simulator $sim
        $run = Invoke-WithStreams { $text | New-SoapNote -Endpoint $endpoint -WhatIf } @{ text = $visit; endpoint = $sim.Endpoint }
        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        (Get-SimulatorStats $sim).chat | Should -Be 0
    }

    It 'keeps input order when a slow transcript comes first' {
        Reset-Simulator $sim
        Invoke-RestMethod -Method Post "$($sim.Root)/simulator/faults" -Body '{"LatencyMs":300}' | Out-Null
        try {
            $files = Get-ChildItem $folder -File | Sort-Object Name
            $notes = $files | New-SoapNote -Endpoint $sim.Endpoint -ThrottleLimit 4
            $notes.Path | Should -Be $files.FullName
            $notes[0].Chunks | Should -BeGreaterThan 1
        }
        finally { Invoke-RestMethod -Method Post "$($sim.Root)/simulator/faults" -Body '{"reset":true}' | Out-Null }
    }

    It 'redacts PHI before sending with -RedactPhi' {
        Reset-Simulator $sim
        'Doctor: Hello Mrs. Maria Lopez, your MRN: 4417-2291 is on file. Patient: My knee hurts.' | New-SoapNote -Endpoint $sim.Endpoint -RedactPhi | Out-Null
        $bodies = (Invoke-RestMethod "$($sim.Root)/simulator/requests").body -join "`n"
        $bodies | Should -Not -Match '4417-2291'
        $bodies | Should -Not -Match 'Maria Lopez'
    }

    It 'stops with one clear error when no model server is in use' {
        { $visit | New-SoapNote -Provider Builtin -ErrorAction Stop } | Should -Throw '*needs a language model*'
    }
}
