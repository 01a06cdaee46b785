BeforeAll {
    . "$PSScriptRoot/common.ps1"
}

Describe 'Get-MedDocsConfiguration' {
    It 'shows each setting with its source' {
        $provider = Get-MedDocsConfiguration -Name Provider -Provider Ollama
        $provider.Value | Should -Be 'ollama'
        $provider.Source | Should -Be 'Parameter'
    }

    It 'reads .env from the current location' {
        $folder = New-Item -ItemType Directory -Force (Join-Path $TestDrive 'project')
        Set-Content -LiteralPath (Join-Path $folder '.env') -Value 'MEDDOCS_TIMEOUT_SEC=77'
        Push-Location $folder
        try {
            $entry = Get-MedDocsConfiguration TimeoutSec
            $entry.Value | Should -Be '77'
            $entry.Source | Should -Be 'DotEnv'
        }
        finally { Pop-Location }
    }

    It 'writes names to JSON' {
        (Get-MedDocsConfiguration Provider | ConvertTo-Json | ConvertFrom-Json).Source | Should -Be 'Default'
    }

    It 'masks the API key' {
        $env:MEDDOCS_API_KEY = 'sk-test-0123456789abcdef'
        try { (Get-MedDocsConfiguration ApiKey | Out-String) | Should -Not -Match '0123456789abcdef' }
        finally { Remove-Item env:MEDDOCS_API_KEY }
    }

    It 'stops with a clear error for an invalid provider' {
        $env:LLM_PROVIDER = 'lmstudoi'
        try { { Get-MedDocsConfiguration -ErrorAction Stop } | Should -Throw '*LLM_PROVIDER*allowed values*' }
        finally { Remove-Item env:LLM_PROVIDER }
    }

    It 'writes an error, with a suggestion, for a name that is no setting' {
        $entries = Get-MedDocsConfiguration TimeoutSecs -ErrorVariable errs -ErrorAction SilentlyContinue
        $entries | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'SettingNotFound*'
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        "$($errs[0])" | Should -BeLike "*Did you mean 'TimeoutSec'*"
    }

    It 'is quiet for a pattern that matches nothing' {
        Get-MedDocsConfiguration 'NoSuch*' -ErrorVariable errs | Should -BeNullOrEmpty
        $errs | Should -BeNullOrEmpty
    }
}
