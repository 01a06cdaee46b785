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

Describe 'Measure-EmbeddingSimilarity' {
    BeforeAll {
        $texts = 'chest pain on exertion', 'fractured left wrist after a fall', 'invoice for ambulance transport'
    }

    It 'ranks Get-Embedding records against a query' {
        $top = $texts | Get-Embedding -Provider Builtin | Measure-EmbeddingSimilarity -Query 'wrist fracture from a fall' -Top 1
        $top.Rank | Should -Be 1
        $top.Score | Should -BeGreaterThan 0
    }

    It 'ranks records read back from <Store> and embeds the query on their server' -ForEach @(
        @{ Store = 'ConvertFrom-Json'; Back = { param($r) $r | ConvertTo-Json -Depth 3 | ConvertFrom-Json } }
        @{ Store = 'Import-Clixml'; Back = { param($r) $file = Join-Path $TestDrive 'index.xml'; $r | Export-Clixml $file; Import-Clixml $file } }
        @{ Store = 'Receive-Job'; Back = { param($r) Start-ThreadJob { $using:r } | Receive-Job -Wait -AutoRemoveJob } }
    ) {
        $records = $texts | Get-Embedding -Endpoint $sim.Endpoint
        $stored = & $Back $records
        Reset-Simulator $sim
        $env:LMSTUDIO_HOST = "http://127.0.0.1:$(Get-FreePort)/v1"   # the default server is elsewhere: the records' own must be used
        try { $ranked = $stored | Measure-EmbeddingSimilarity -Query 'wrist fracture' -Top 3 -ErrorAction Stop }
        finally { Remove-Item env:LMSTUDIO_HOST }
        @($ranked).Count | Should -Be 3
        (Get-SimulatorStats $sim).embeddings | Should -Be 1
    }

    It 'writes an error for an object that is not an embedding record' {
        $records = $texts | Get-Embedding -Provider Builtin
        $ranked = @([pscustomobject]@{ Name = 'x' }) + $records | Measure-EmbeddingSimilarity -Query 'wrist' -ErrorVariable errs -ErrorAction SilentlyContinue
        @($ranked).Count | Should -Be 3
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'NotAnEmbeddingRecord*'
    }
}
