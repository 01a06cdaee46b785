BeforeAll {
    . "$PSScriptRoot/common.ps1"
}

Describe 'The MedDocs module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $manifest = Import-PowerShellDataFile $ModuleManifest
        $exported = (Get-Command -Module MedDocs -CommandType Cmdlet).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'has help with at least two examples for <_>' -ForEach @(Import-PowerShellDataFile "$PSScriptRoot/../../MedDocs.psd1").CmdletsToExport {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }

    It 'loads its dependencies in their own load context' {
        $core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'MedDocs.Core' }
        Get-MedDocsConfiguration -Name Provider | Out-Null
        $core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'MedDocs.Core' }
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core[0]).Name | Should -Be 'MedDocs'
    }
}

Describe 'Get-MedDocsConfiguration' {
    It 'shows each setting with its source' {
        $provider = Get-MedDocsConfiguration -Name Provider -Provider Ollama
        $provider.Value | Should -Be 'ollama'
        $provider.Source | Should -Be 'Parameter'
    }

    It 'stops with a clear error for an invalid provider' {
        $env:LLM_PROVIDER = 'lmstudoi'
        try {
            { Get-MedDocsConfiguration -ErrorAction Stop } | Should -Throw '*LLM_PROVIDER*allowed values*'
        }
        finally { Remove-Item env:LLM_PROVIDER }
    }
}

Describe 'Test-LMStudio' {
    BeforeAll { $sim = Start-Simulator }
    AfterAll { Stop-Simulator $sim }

    It 'reports models with their loaded state' {
        $status = Test-LMStudio -Endpoint $sim.Endpoint
        $status.Healthy | Should -BeTrue
        ($status.Models | Where-Object Loaded).Count | Should -BeGreaterThan 0
        ($status.Models | Where-Object { $_.Loaded -eq $false }).Count | Should -BeGreaterThan 0
    }

    It 'returns $false with -Quiet when a required model is not loaded' {
        Test-LMStudio -Endpoint $sim.Endpoint -RequiredModel meditron-7b -Quiet | Should -BeFalse
    }

    It 'returns $false with -Quiet against a closed port' {
        Test-LMStudio -Endpoint "http://127.0.0.1:$(Get-FreePort)/v1" -Quiet | Should -BeFalse
    }

    It 'accepts required models from the pipeline' {
        $status = 'qwen2.5-7b-instruct' | Test-LMStudio -Endpoint $sim.Endpoint
        $status.MissingModels | Should -BeNullOrEmpty
    }
}

Describe 'Get-DocumentText' {
    It 'reads every sample piped from Get-ChildItem' {
        $files = Get-ChildItem "$RepoRoot/samples" -File
        $records = $files | Get-DocumentText
        $records.Count | Should -Be $files.Count
        $records | ForEach-Object { $_.Characters | Should -BeGreaterThan 0 }
    }

    It 'binds FileInfo whose name has wildcard characters through -LiteralPath' {
        $path = Join-Path $TestDrive 'pipe[1].txt'
        Set-Content -LiteralPath $path -Value 'Progress note: patient stable.'
        (Get-Item -LiteralPath $path | Get-DocumentText).Text | Should -BeLike 'Progress note*'
    }

    It 'writes one error for a missing file and still reads the others' {
        $records = Get-DocumentText -Path "$RepoRoot/samples/lab-report.txt", "$TestDrive/missing.txt" -ErrorVariable errs -ErrorAction SilentlyContinue
        @($records).Count | Should -Be 1
        @($errs).Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'FileNotFound*'
    }
}
