BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $docs = (New-DocumentFolder (Join-Path $TestDrive 'docs')).FullName
    $note = 'Pt: Maria Lopez, MRN: 4417-2291, seen 03/14/2025. BP 120/80. Daughter Elena at (217) 555-0143.'
}

Describe 'Find-Phi' {
    Context 'text from the pipeline' {
        It 'finds identifiers whose offsets point into the text' {
            $findings = $note | Find-Phi -Engine Rules
            $findings.Type | Should -Contain 'Mrn'
            $findings | ForEach-Object { $note.Substring($_.Start, $_.Length) | Should -Be $_.Text }
            $findings.Text | Should -Not -Contain '120/80'
        }

        It 'names text input with -Label' {
            $findings = $note | Find-Phi -Engine Rules -Label 'intake-note'
            $findings.Path | Select-Object -Unique | Should -Be 'intake-note'
        }

        It 'reads Get-Content -Raw as one document' {
            $findings = Get-Content -Raw -LiteralPath "$docs/notes/visit.txt" | Find-Phi -Engine Rules -Type Mrn
            @($findings).Count | Should -Be 1
        }
    }

    Context 'files from the pipeline' {
        It 'reads <Source> as files, not as text' -ForEach @(
            @{ Source = 'Import-Csv rows with a Path column'; Make = { Import-Csv "$docs/list.csv" } }
            @{ Source = 'Import-Csv rows with a FullName column'; Make = { Import-Csv "$docs/fullnames.csv" } }
            @{ Source = 'Resolve-Path output'; Make = { Resolve-Path "$docs/notes/*.txt" } }
            @{ Source = 'Get-ChildItem output'; Make = { Get-ChildItem "$docs/notes" -File } }
        ) {
            $inputs = @(& $Make)
            $findings = $inputs | Find-Phi -Engine Rules -Type Mrn -ErrorVariable errs
            $errs | Should -BeNullOrEmpty
            $findings.Path | Should -Not -BeNullOrEmpty
            $findings.Path | ForEach-Object { Test-Path -LiteralPath $_ | Should -BeTrue }
        }

        It 'refuses objects that carry no path (Select-Object Name) with one error each' {
            $findings = Get-ChildItem "$docs/notes" -File | Select-Object Name | Find-Phi -Engine Rules -ErrorVariable errs -ErrorAction SilentlyContinue
            $findings | Should -BeNullOrEmpty
            @($errs).Count | Should -Be 3
            "$($errs[0])" | Should -BeLike '*Select-Object FullName*'
        }

        It 'groups its default view by Path so a batch can be told apart' {
            $view = Get-ChildItem "$docs/notes" -File -Filter *.txt | Find-Phi -Engine Rules | Out-String -Width 200
            $view | Should -Match 'Path: .*visit\.txt'
            $view | Should -Match 'Path: .*pipe\[1\]\.txt'
        }
    }

    Context 'output' {
        It 'writes type names to JSON and CSV alike' {
            $findings = $note | Find-Phi -Engine Rules -Type Mrn
            ($findings | ConvertTo-Json | ConvertFrom-Json).Type | Should -Be 'Mrn'
            $csv = Join-Path $TestDrive 'phi.csv'
            $findings | Export-Csv -LiteralPath $csv
            (Import-Csv $csv).Type | Should -Be 'Mrn'
        }

        It 'redacts with tags' {
            $redacted = $note | Find-Phi -Engine Rules -Redact
            $redacted.Text | Should -Not -Match '4417-2291'
            $redacted.Text | Should -Match '\[MRN\]'
            ($redacted | ConvertTo-Json | ConvertFrom-Json).Mode | Should -Be 'Tags'
        }

        It 'redacts with reproducible surrogates given -Seed' {
            $first = $note | Find-Phi -Engine Rules -Surrogate -Seed 7
            $second = $note | Find-Phi -Engine Rules -Surrogate -Seed 7
            $first.Text | Should -Be $second.Text
            $first.Text | Should -Not -Match 'Maria Lopez'
        }

        It 'never puts an identifier into the verbose stream' {
            $run = Invoke-WithStreams { $text | Find-Phi -Engine Rules -Verbose | Out-Null } @{ text = $note }
            $run.Verbose | Should -Not -BeNullOrEmpty
            $verbose = $run.Verbose.Message -join "`n"
            foreach ($secret in 'Maria', 'Lopez', '4417-2291', '03/14/2025', '555-0143', 'Elena') { $verbose | Should -Not -Match ([regex]::Escape($secret)) }
        }
    }

    Context 'offline, with the learned tagger' {
        BeforeAll {
            # Surnames with no title or cue word: the rules leave them, the tagger learned them from sign-out notes.
            $uncued = 'per Vasquez-Oyelaran pt may have ice chips. Drummond to call family in am.'
        }

        It 'adds what the rules miss, marked as the tagger''s' {
            ($uncued | Find-Phi -Engine Rules).Text | Should -Not -Contain 'Drummond'
            $added = $uncued | Find-Phi -Engine Tagger | Where-Object Text -eq 'Drummond'
            $added.Type | Should -Be 'Name'
            $added.Engine | Should -Be 'tagger'
            $added.Rule | Should -Be 'tagger'
            $added.Provider | Should -Be 'builtin'
        }

        It 'keeps every finding of the rules as it is' {
            $rules = $note | Find-Phi -Engine Rules
            $tagged = $note | Find-Phi -Engine Tagger
            foreach ($finding in $rules) {
                $same = $tagged | Where-Object { $_.Start -eq $finding.Start -and $_.Length -eq $finding.Length -and $_.Type -eq $finding.Type -and $_.Engine -eq 'rules' }
                $same | Should -Not -BeNullOrEmpty -Because "the rules' $($finding.Type) at $($finding.Start) stays"
            }
        }

        It 'is the engine without a model server, and redacts what it finds' {
            $run = Invoke-WithStreams { $text | Find-Phi -Provider builtin -Redact -Verbose } @{ text = $uncued }
            ($run.Verbose.Message -join "`n") | Should -Match 'engine Tagger'
            $run.Output.Text | Should -Not -Match 'Drummond'
            $run.Output.Engine | Should -Be 'Tagger'
            ($uncued | Find-Phi -Engine Rules -Redact).Text | Should -Match 'Drummond'
        }

        It 'leaves out its findings below -MinimumConfidence 0.75 (they carry 0.7)' {
            $findings = $uncued | Find-Phi -Engine Tagger -MinimumConfidence 0.75
            $findings.Engine | Should -Not -Contain 'tagger'
        }

        It 'does the same through meddocs phi --engine tagger' {
            $path = Join-Path $TestDrive 'uncued.txt'
            Set-Content -LiteralPath $path -Value $uncued -NoNewline
            $cli = Join-Path $RepoRoot "out/meddocs/$(if ($IsWindows) { 'meddocs.exe' } else { 'meddocs' })"
            $output = & $cli phi --engine tagger $path
            $LASTEXITCODE | Should -Be 0
            $records = $output | ConvertFrom-Json
            ($records | Where-Object Text -eq 'Drummond').Engine | Should -Be 'tagger'
            @($records).Count | Should -Be @(Find-Phi -Engine Tagger -LiteralPath $path).Count
        }
    }

    Context 'with a model server' {
        BeforeAll { $sim = Start-Simulator }
        AfterAll { Stop-Simulator $sim }

        It 'sends nothing to the server with -Engine Tagger, even when one is named' {
            Reset-Simulator $sim
            $findings = $note | Find-Phi -Engine Tagger -Endpoint $sim.Endpoint
            $findings.Type | Should -Contain 'Mrn'
            $stats = Get-SimulatorStats $sim
            $stats.chat + $stats.models + $stats.other | Should -Be 0
        }

        It 'runs the hybrid engine against the server and keeps every rules finding' {
            $rules = $note | Find-Phi -Engine Rules
            $hybrid = $note | Find-Phi -Engine Hybrid -Endpoint $sim.Endpoint
            foreach ($finding in $rules) { ($hybrid | Where-Object { $_.Start -le $finding.Start -and $_.Start + $_.Length -ge $finding.Start + $finding.Length }) | Should -Not -BeNullOrEmpty }
            (Get-SimulatorStats $sim).chat | Should -BeGreaterThan 0
        }
    }
}
