BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $sim = Start-Simulator
}
AfterAll { Stop-Simulator $sim }

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
