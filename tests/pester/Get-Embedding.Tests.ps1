BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $docs = (New-DocumentFolder (Join-Path $TestDrive 'docs')).FullName
    $sim = Start-Simulator
}
AfterAll { Stop-Simulator $sim }

Describe 'Get-Embedding' {
    It 'embeds strings offline with the builtin embedder' {
        $records = 'chest pain on exertion', 'fractured left wrist after a fall' | Get-Embedding -Provider Builtin
        $records.Count | Should -Be 2
        $records[0].Provider | Should -Be 'builtin'
        $records[0].Label | Should -Be 'text'
        $records[0].Dimensions | Should -Be $records[0].Vector.Count
    }

    It 'embeds files with the server model, in input order, and records the server' {
        $files = Get-ChildItem "$docs/notes" -File
        $records = $files | Get-Embedding -Endpoint $sim.Endpoint
        $records.Path | Should -Be $files.FullName
        $records[0].Model | Should -Be 'text-embedding-nomic-embed-text-v1.5'
        $records[0].Endpoint.TrimEnd('/') | Should -Be $sim.Endpoint
        (Get-SimulatorStats $sim).embeddings | Should -BeGreaterThan 0
    }

    It 'carries no document text unless -IncludeText' {
        (Get-Item "$docs/notes/visit.txt" | Get-Embedding -Endpoint $sim.Endpoint).Text | Should -BeNullOrEmpty
        (Get-Item "$docs/notes/visit.txt" | Get-Embedding -Endpoint $sim.Endpoint -IncludeText).Text | Should -BeLike '*Progress note*'
    }

    It 'cuts vectors with -Dimensions' {
        ('knee pain' | Get-Embedding -Endpoint $sim.Endpoint -Dimensions 256).Dimensions | Should -Be 256
    }

    It 'writes an error for a bad file and embeds the rest' {
        $records = Get-Embedding -Endpoint $sim.Endpoint -LiteralPath "$docs/notes/visit.txt", "$docs/broken.pdf", "$docs/notes/followup.md" -ErrorVariable errs -ErrorAction SilentlyContinue
        @($records).Count | Should -Be 2
        $errs[0].TargetObject | Should -Be (Join-Path $docs 'broken.pdf')
    }

    It 'round-trips through JSON with full vectors' {
        $record = 'knee pain' | Get-Embedding -Endpoint $sim.Endpoint
        $back = $record | ConvertTo-Json -Depth 3 | ConvertFrom-Json
        $back.Vector.Count | Should -Be $record.Dimensions
        [float]$back.Vector[0] | Should -Be $record.Vector[0]
    }
}
