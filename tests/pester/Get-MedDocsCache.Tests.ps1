BeforeAll {
    . "$PSScriptRoot/common.ps1"
}

AfterAll {
    $env:MEDDOCS_CACHE = 'false'
    $env:MEDDOCS_CACHE_PATH = $SuiteCachePath
}

Describe 'Get-MedDocsCache' {
    It 'shows where the cache would be and creates nothing when there is none' {
        $env:MEDDOCS_CACHE_PATH = Join-Path $TestDrive 'none/cache.db'
        $stats = Get-MedDocsCache
        $stats.Path | Should -Be $env:MEDDOCS_CACHE_PATH
        $stats.Exists | Should -BeFalse
        $stats.Entries | Should -Be 0
        Test-Path (Join-Path $TestDrive 'none') | Should -BeFalse
    }

    It 'says whether runs use the cache and whether it keeps PHI' {
        $env:MEDDOCS_CACHE_PATH = Join-Path $TestDrive 'settings/cache.db'
        (Get-MedDocsCache).Enabled | Should -BeFalse   # common.ps1 turns it off for the tests
        $env:MEDDOCS_CACHE = 'true'
        $env:MEDDOCS_CACHE_PHI = 'yes'
        try {
            $stats = Get-MedDocsCache
            $stats.Enabled | Should -BeTrue
            $stats.StoresPhi | Should -BeTrue
            $stats.MaxBytes | Should -Be 1GB
        }
        finally { $env:MEDDOCS_CACHE = 'false'; Remove-Item env:MEDDOCS_CACHE_PHI }
    }

    It 'counts entries per operation after a run, in a list view' {
        $sim = Start-Simulator
        try {
            $env:MEDDOCS_CACHE = 'true'
            $env:MEDDOCS_CACHE_PATH = Join-Path $TestDrive 'run/cache.db'
            $null = Get-ChildItem $SamplesFolder -Filter *.txt | Select-Object -First 3 | Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint
            $stats = Get-MedDocsCache
            $stats.Exists | Should -BeTrue
            $stats.Entries, $stats.Categorize, $stats.PhiBearing | Should -Be 3, 3, 0
            $stats.Bytes | Should -BeGreaterThan 0
            Get-MedDocsCache | Out-String | Should -Match 'PerOperation : categorize 3, phi 0'
        }
        finally { Stop-Simulator $sim; $env:MEDDOCS_CACHE = 'false' }
    }
}
