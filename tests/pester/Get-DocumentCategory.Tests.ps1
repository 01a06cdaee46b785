BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $docs = (New-DocumentFolder (Join-Path $TestDrive 'docs')).FullName
    $samples = Get-ChildItem $SamplesFolder -File | Where-Object Extension -ne '.json'
}

Describe 'Get-DocumentCategory' {
    Context 'offline with the rules engine' {
        It 'triages the samples piped from Get-ChildItem and exports CSV rows in input order' {
            $csv = Join-Path $TestDrive 'triage.csv'
            $samples | Get-DocumentCategory -Engine Rules -ThrottleLimit 4 | Export-Csv $csv
            $rows = Import-Csv $csv
            $rows.Path | Should -Be $samples.FullName
            ($rows | Where-Object { $_.Path -like '*hospital-invoice.txt' }).Category | Should -Be 'Bill'
            ($rows | Where-Object { $_.Path -like '*motion-to-compel.md' }).Category | Should -Be 'Pleading'
        }

        It 'takes raw text from the pipeline, named by -Label' {
            $result = 'IN THE CIRCUIT COURT OF FAIRHAVEN COUNTY. PLAINTIFF v. DEFENDANT. COMPLAINT. Case No. 24-CV-1.' | Get-DocumentCategory -Engine Rules -Label filing.txt
            $result.Category | Should -Be 'Pleading'
            $result.Path | Should -Be 'filing.txt'
        }

        It 'reads Import-Csv rows and Resolve-Path output as files' {
            (Import-Csv "$docs/list.csv" | Get-DocumentCategory -Engine Rules).Path | Should -Be (Import-Csv "$docs/list.csv").Path
            (Resolve-Path "$docs/notes/*.md" | Get-DocumentCategory -Engine Rules).Path | Should -Be (Join-Path $docs 'notes/followup.md')
        }

        It 'refuses Select-Object Name objects instead of categorizing their text' {
            $results = Get-ChildItem "$docs/notes" -File | Select-Object Name | Get-DocumentCategory -Engine Rules -ErrorVariable errs -ErrorAction SilentlyContinue
            $results | Should -BeNullOrEmpty
            @($errs).Count | Should -Be 3
        }

        It 'writes one error for a damaged file and categorizes the rest' {
            $results = Get-DocumentCategory -Engine Rules -LiteralPath (Join-Path $docs 'notes/visit.txt'), (Join-Path $docs 'broken.pdf'), (Join-Path $docs 'referral.pdf') -ErrorVariable errs -ErrorAction SilentlyContinue
            @($results).Count | Should -Be 2
            $errs[0].TargetObject | Should -Be (Join-Path $docs 'broken.pdf')
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
        }

        It 'gives Path the width of the table' {
            $long = Join-Path $TestDrive 'a-folder-with-a-rather-long-name/and-another-one-below-it'
            $null = New-Item -ItemType Directory -Force $long
            Copy-Item "$SamplesFolder/lab-report.txt" $long
            $table = Get-DocumentCategory -Engine Rules -LiteralPath "$long/lab-report.txt" | Out-String -Width 160
            $table | Should -Match ([regex]::Escape('and-another-one-below-it/lab-report.txt'))
        }
    }

    Context 'with a model server' {
        BeforeAll { $sim = Start-Simulator }
        AfterAll { Stop-Simulator $sim }

        It 'asks the model with -Engine Llm and answers with a configured category' {
            $result = Get-DocumentCategory -LiteralPath "$SamplesFolder/lab-report.txt" -Engine Llm -Endpoint $sim.Endpoint
            $result.Engine | Should -Be 'llm'
            $result.Category | Should -BeIn 'Medical Record', 'Bill', 'Pleading', 'Documentary Evidence'
            (Get-SimulatorStats $sim).chat | Should -BeGreaterThan 0
        }

        It 'keeps the rules'' best guess with a warning when the model call fails' {
            Invoke-RestMethod -Method Post "$($sim.Root)/simulator/faults" -Body '{"InvalidContentNext":2}' | Out-Null
            try {
                $result = 'Seen today for a sprain. Please see the attached pages.' |
                    Get-DocumentCategory -Label weak.txt -Endpoint $sim.Endpoint -WarningVariable warned -WarningAction SilentlyContinue -ErrorVariable errs
            }
            finally { Invoke-RestMethod -Method Post "$($sim.Root)/simulator/faults" -Body '{"reset":true}' | Out-Null }
            $errs | Should -BeNullOrEmpty
            $result.Engine | Should -Be 'rules'
            $result.ModelError | Should -Be 'InvalidAnswer'
            "$warned" | Should -BeLike "weak.txt: the model call failed (InvalidAnswer); kept the rules' best guess*"
        }

        It 'words the remedy for a model the server lacks in PowerShell terms (-Model, Test-LMStudio)' {
            # The same failure reads --model and `meddocs health` in the CLI (tests/MedDocs.Core.Tests/Cli/CliRemedyTests.cs).
            $result = Get-DocumentCategory -LiteralPath "$SamplesFolder/ed-visit-note.md" -Engine Llm -Provider LMStudio -Endpoint $sim.Endpoint -Model no-such-model -NoCache -ErrorVariable errs -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            @($errs).Count | Should -Be 1
            $errs[0].ToString() | Should -BeLike '*does not have the requested model*set -Model (MEDDOCS_MODEL) to a model Test-LMStudio lists.'
            $errs[0].ErrorDetails.RecommendedAction | Should -BeLike '*-Model (MEDDOCS_MODEL)*'
            $errs[0].ToString() | Should -Not -BeLike '*--model*'
            $errs[0].ToString() | Should -Not -BeLike '*meddocs health*'
        }

        It 'sorts into custom categories' {
            $result = Get-DocumentCategory -LiteralPath "$SamplesFolder/email-thread.txt" -Engine Llm -Endpoint $sim.Endpoint -Category 'Correspondence: letters and emails', 'Other: anything else'
            $result.Category | Should -BeIn 'Correspondence', 'Other'
        }
    }

    Context 'when the chosen server does not answer' {
        It 'says the connection was refused, with the remedy of that server, before reading any file' {
            $closed = "http://127.0.0.1:$(Get-FreePort)/v1"
            $env:OLLAMA_HOST = $closed
            try {
                { Get-DocumentCategory -LiteralPath "$SamplesFolder/lab-report.txt" -Engine Llm -Provider Ollama -ErrorAction Stop } |
                    Should -Throw -ExpectedMessage '*refused the connection*ollama serve*'
                try { Get-DocumentCategory -LiteralPath "$SamplesFolder/lab-report.txt" -Engine Llm -Provider Ollama -ErrorAction Stop }
                catch { $err = $_ }
                $err.CategoryInfo.Category | Should -Be 'ConnectionError'
                "$err" | Should -Not -BeLike '*lms*'
            }
            finally { Remove-Item env:OLLAMA_HOST }
        }

        It 'never shows the password of an endpoint with user-info' {
            $endpoint = "http://clinic:s3cret-pass@127.0.0.1:$(Get-FreePort)/v1"
            try { Get-DocumentCategory -LiteralPath "$SamplesFolder/lab-report.txt" -Engine Llm -Provider LMStudio -Endpoint $endpoint -ErrorAction Stop }
            catch { $err = $_ }
            $err | Should -Not -BeNullOrEmpty
            "$err" | Should -Not -Match 's3cret'
            "$($err.TargetObject)" | Should -Not -Match 's3cret'
            "$($err.TargetObject)" | Should -BeLike 'http://127.0.0.1:*'
        }
    }
}
