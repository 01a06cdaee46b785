BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $sim = Start-Simulator
    # A cache of this test file's own, turned on for it alone.
    $cacheFile = Join-Path $TestDrive 'data/cache.db'
    $env:MEDDOCS_CACHE = 'true'
    $env:MEDDOCS_CACHE_PATH = $cacheFile
    $intake = New-Item -ItemType Directory -Force (Join-Path $TestDrive 'intake')
    foreach ($i in 1..6) {
        Set-Content -LiteralPath (Join-Path $intake "doc-$i.txt") -Value "Please see the attached pages. Let me know if anything else is needed. Reference item $i."
    }
    $visit = Join-Path $TestDrive 'visit.txt'
    Set-Content -LiteralPath $visit -Value 'Progress note. Patient Maria Lopez, MRN: 4417-2291, seen 03/14/2025. Call her daughter Elena Lopez at (217) 555-0143.'
    function Get-Chats { (Get-SimulatorStats $sim).chat }
}

AfterAll {
    Stop-Simulator $sim
    $env:MEDDOCS_CACHE = 'false'
    $env:MEDDOCS_CACHE_PATH = $SuiteCachePath
    Remove-Item env:MEDDOCS_CACHE_PHI -ErrorAction SilentlyContinue
}

Describe 'The result cache behind the model cmdlets' {
    It 'answers a second run over the same folder from the cache: no request, the same records, Cached = True' {
        $first = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
        $sent = Get-Chats
        $second = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
        Get-Chats | Should -Be $sent
        $first.Cached | Should -Not -Contain $true
        $second.Cached | Should -Not -Contain $false
        $fields = 'Path', 'Category', 'Confidence', 'Reason', 'Engine', 'Provider', 'Model', 'Pages'
        ($second | Select-Object $fields | ConvertTo-Json) | Should -Be ($first | Select-Object $fields | ConvertTo-Json)
    }

    It 'sends exactly the changed file' {
        $null = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
        $sent = Get-Chats
        Add-Content -LiteralPath (Join-Path $intake 'doc-4.txt') -Value 'Amended on Tuesday.'
        $results = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
        Get-Chats | Should -Be ($sent + 1)
        ($results | Where-Object { -not $_.Cached }).Path | Should -Be (Join-Path $intake 'doc-4.txt')
    }

    It 'sends everything again with -NoCache' {
        $null = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
        $sent = Get-Chats
        $results = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint -NoCache
        Get-Chats | Should -Be ($sent + 6)
        $results.Cached | Should -Not -Contain $true
    }

    It 'counts hits and misses on the verbose stream, never document text' {
        $verbose = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        $verbose | Should -Contain "Cache: 6 answers from the cache, 0 sent to the model, 0 stored ($cacheFile)."
        $verbose -join "`n" | Should -Not -BeLike '*attached pages*'
    }

    It 'shows a Cached column in the default view' {
        $table = Get-DocumentCategory -LiteralPath (Join-Path $intake 'doc-1.txt') -Engine Llm -Endpoint $sim.Endpoint | Out-String -Width 160
        $table | Should -Match 'Cached'
        $table | Should -Match 'True'
    }

    It 'sends one embeddings request carrying only the changed file' {
        $null = Get-ChildItem $intake | Get-Embedding -Endpoint $sim.Endpoint
        $before = Get-SimulatorStats $sim
        Add-Content -LiteralPath (Join-Path $intake 'doc-2.txt') -Value 'Second amendment.'
        $records = Get-ChildItem $intake | Get-Embedding -Endpoint $sim.Endpoint
        $after = Get-SimulatorStats $sim
        ($after.embeddings - $before.embeddings), ($after.embeddingInputs - $before.embeddingInputs) | Should -Be 1, 1
        ($records | Where-Object { -not $_.Cached }).Path | Should -Be (Join-Path $intake 'doc-2.txt')
    }

    It 'keeps PHI findings out of the cache unless MEDDOCS_CACHE_PHI is true' {
        $sent = Get-Chats
        $null = Find-Phi -LiteralPath $visit -Engine Llm -Endpoint $sim.Endpoint
        $null = Find-Phi -LiteralPath $visit -Engine Llm -Endpoint $sim.Endpoint
        Get-Chats | Should -Be ($sent + 2)
        (Get-MedDocsCache).Phi | Should -Be 0
        $env:MEDDOCS_CACHE_PHI = 'true'
        try {
            $null = Find-Phi -LiteralPath $visit -Engine Llm -Endpoint $sim.Endpoint
            $cached = Find-Phi -LiteralPath $visit -Engine Llm -Endpoint $sim.Endpoint
            Get-Chats | Should -Be ($sent + 3)
            $cached.Cached | Should -Not -Contain $false
            (Get-MedDocsCache).Phi | Should -Be 1
        }
        finally { Remove-Item env:MEDDOCS_CACHE_PHI }
    }

    It 'caches SOAP notes only with the opt-in too' {
        $sent = Get-Chats
        $null = New-SoapNote -LiteralPath $visit -Endpoint $sim.Endpoint
        $again = New-SoapNote -LiteralPath $visit -Endpoint $sim.Endpoint
        Get-Chats | Should -Be ($sent + 2)
        $again.Cached | Should -BeFalse
    }

    It 'keeps the cache file readable by its owner only' -Skip:$IsWindows {
        [System.IO.File]::GetUnixFileMode($cacheFile) | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite')
    }
}

Describe 'Clear-MedDocsCache' {
    BeforeEach {
        $null = Clear-MedDocsCache
        $null = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
        $null = Get-ChildItem $intake | Get-Embedding -Endpoint $sim.Endpoint
    }

    It '-WhatIf says how many answers would be removed and removes none' {
        $script = "`$env:MEDDOCS_CACHE_PATH = '$cacheFile'; Import-Module '$ModuleManifest'; Clear-MedDocsCache -WhatIf"
        $run = Invoke-FreshPwsh -Script $script
        $run.ExitCode | Should -Be 0
        $run.Output -join "`n" | Should -BeLike "*What if: *Remove 12 cached answer(s) (all,*$cacheFile*"
        (Get-MedDocsCache).Entries | Should -Be 12
    }

    It 'clears only the operations named by -Operation' {
        $result = Clear-MedDocsCache -Operation embed
        $result.Entries | Should -Be 6
        $result.Operations | Should -Be 'embed'
        $stats = Get-MedDocsCache
        $stats.Embed, $stats.Categorize | Should -Be 0, 6
    }

    It 'clears only PHI-bearing answers with -PhiOnly' {
        $env:MEDDOCS_CACHE_PHI = 'true'
        try { $null = Find-Phi -LiteralPath $visit -Engine Llm -Endpoint $sim.Endpoint }
        finally { Remove-Item env:MEDDOCS_CACHE_PHI }
        (Clear-MedDocsCache -PhiOnly).Entries | Should -Be 1
        (Get-MedDocsCache).Entries | Should -Be 12
    }

    It 'clears everything, and the next run asks the model again' {
        $result = Clear-MedDocsCache
        $result.Entries | Should -Be 12
        $result.WhatIf | Should -BeFalse
        (Get-MedDocsCache).Entries | Should -Be 0
        $sent = Get-Chats
        $null = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
        Get-Chats | Should -Be ($sent + 6)
    }

    It 'replaces a damaged cache file with a warning, and the run succeeds' {
        Set-Content -LiteralPath $cacheFile -Value 'not a database: what a crashed copy left behind'
        Remove-Item "$cacheFile-wal", "$cacheFile-shm" -ErrorAction SilentlyContinue
        $results = Get-ChildItem $intake | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint -WarningVariable warnings -WarningAction SilentlyContinue
        @($results).Count | Should -Be 6
        "$warnings" | Should -BeLike '*was damaged*moved to*cache.db.corrupt*'
        (Get-MedDocsCache).CorruptCopy | Should -Be "$cacheFile.corrupt"
        $null = Clear-MedDocsCache
        Test-Path "$cacheFile.corrupt" | Should -BeFalse
    }
}
