BeforeAll {
    . "$PSScriptRoot/common.ps1"
    # A copy of the staged module under a folder name with spaces, found through PSModulePath.
    $modules = Join-Path $TestDrive 'Modules With Spaces'
    $null = New-Item -ItemType Directory -Force $modules
    Copy-Item -Recurse $ModuleFolder (Join-Path $modules 'MedDocs')
    $withModulePath = "`$env:PSModulePath = '$modules' + [IO.Path]::PathSeparator + `$env:PSModulePath;"
}

Describe 'The MedDocs module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $manifest = Import-PowerShellDataFile $ModuleManifest
        (Get-Command -Module MedDocs -CommandType Cmdlet).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        @($manifest.CmdletsToExport).Count | Should -Be 9
    }

    It 'imports by name through PSModulePath from a folder with spaces, in a fresh pwsh' {
        $result = Invoke-FreshPwsh "$withModulePath Import-Module MedDocs -ErrorAction Stop; (Get-Module MedDocs).ModuleBase; (Get-Command -Module MedDocs).Count; ('MRN: 4417-2291' | Find-Phi -Engine Rules).Type"
        $result.ExitCode | Should -Be 0
        $result.Output | Should -Be @((Join-Path $modules 'MedDocs'), '9', 'Mrn')
    }

    It 'imports twice, with -Force, and again after Remove-Module' {
        $script = @"
$withModulePath
Import-Module MedDocs -ErrorAction Stop
Import-Module MedDocs -ErrorAction Stop
Import-Module MedDocs -Force -ErrorAction Stop
'MRN: 4417-2291' | Find-Phi -Engine Rules | ForEach-Object Type
Remove-Module MedDocs
`$null -eq (Get-Module MedDocs)
Import-Module MedDocs -ErrorAction Stop
'MRN: 4417-2291' | Find-Phi -Engine Rules | ForEach-Object Type
"@
        $result = Invoke-FreshPwsh $script
        $result.ExitCode | Should -Be 0
        $result.Output | Should -Be @('Mrn', 'True', 'Mrn')
    }

    It 'works inside ForEach-Object -Parallel runspaces' {
        $result = Invoke-FreshPwsh "$withModulePath 1..6 | ForEach-Object -Parallel { Import-Module MedDocs -ErrorAction Stop; (""MRN: 4417-229`$_"" | Find-Phi -Engine Rules).Text } -ThrottleLimit 3 | Sort-Object"
        $result.ExitCode | Should -Be 0
        $result.Output | Should -Be @('4417-2291', '4417-2292', '4417-2293', '4417-2294', '4417-2295', '4417-2296')
    }

    It 'works inside thread jobs' {
        $jobs = 1..3 | ForEach-Object { Start-ThreadJob -ArgumentList $ModuleManifest, $_ { param($manifest, $n) Import-Module $manifest; ("MRN: 4417-229$n" | Find-Phi -Engine Rules).Text } }
        $jobs | Receive-Job -Wait -AutoRemoveJob | Sort-Object | Should -Be @('4417-2291', '4417-2292', '4417-2293')
    }

    It 'loads its dependencies in its own load context, not PowerShell''s' {
        Get-MedDocsConfiguration -Name Provider | Out-Null
        $core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'MedDocs.Core' }
        @($core).Count | Should -Be 1
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core[0]).Name | Should -Be 'MedDocs'
        $cmdlets = (Get-Command Find-Phi).ImplementingType.Assembly
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($cmdlets).Name | Should -Be 'MedDocs'
    }

    It 'ships no copy of PowerShell itself' {
        Get-ChildItem $ModuleFolder -Recurse -Filter 'System.Management.Automation.dll' | Should -BeNullOrEmpty
    }

    It 'names its records by type name, since scripts cannot name isolated types' {
        $finding = 'MRN: 4417-2291' | Find-Phi -Engine Rules
        $finding.PSObject.TypeNames[0] | Should -Be 'MedDocs.Core.Phi.PhiRecord'
        { [MedDocs.Core.Phi.PhiRecord] } | Should -Throw
    }

    It 'has an about topic that shows how to import and use it' {
        $about = Get-Help about_MedDocs | Out-String
        $about | Should -Match 'Import-Module'
        $about | Should -Match 'PowerShell 7\.4'
    }

    It 'has help with a synopsis and at least two examples for <_>' -ForEach @(Import-PowerShellDataFile "$PSScriptRoot/../../MedDocs.psd1").CmdletsToExport {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }
}
