# MedDocs keeps its own versions of OpenAI, System.ClientModel, System.Memory.Data, Microsoft.Extensions.* … in its own
# load context. These tests load an OLDER version of two of them into PowerShell first (as another module would), then
# import MedDocs and run model cmdlets against the simulator; and the reverse order.
BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $packages = Get-NuGetPackageFolder
    $oldDependencies = @(
        Join-Path $packages 'system.memory.data/6.0.0/lib/net6.0/System.Memory.Data.dll'
        Join-Path $packages 'microsoft.extensions.primitives/6.0.0/lib/net6.0/Microsoft.Extensions.Primitives.dll'
    )
    foreach ($dll in $oldDependencies) {
        if (-not (Test-Path $dll)) { throw "Missing ${dll}: dotnet restore tests/pester/dependencies/PesterDependencies.csproj" }
    }
    $sim = Start-Simulator
    $loadOld = ($oldDependencies | ForEach-Object { "Add-Type -LiteralPath '$_'" }) -join '; '
    $useMedDocs = @"
Import-Module '$ModuleManifest' -ErrorAction Stop
`$ErrorActionPreference = 'Stop'
(Get-DocumentCategory -LiteralPath '$SamplesFolder/lab-report.txt' -Engine Llm -Endpoint '$($sim.Endpoint)').Engine
('knee pain' | Get-Embedding -Endpoint '$($sim.Endpoint)').Dimensions
('Doctor: Any allergies? Patient: Penicillin.' | New-SoapNote -Endpoint '$($sim.Endpoint)').Plan.Length -gt 0
"@
    $showVersions = @'
foreach ($name in 'System.Memory.Data', 'Microsoft.Extensions.Primitives') {
    [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq $name } |
        ForEach-Object { '{0} {1} {2}' -f $name, $_.GetName().Version.Major, [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name }
}
'@
}
AfterAll { Stop-Simulator $sim }

Describe 'Dependency isolation' {
    It 'works when older versions of its dependencies were loaded first' {
        $result = Invoke-FreshPwsh "$loadOld`n$useMedDocs`n$showVersions"
        $result.ExitCode | Should -Be 0 -Because ($result.Output -join "`n")
        $result.Output[0..2] | Should -Be @('llm', '768', 'True')
        $result.Output | Should -Contain 'System.Memory.Data 6 Default'
        $result.Output | Should -Contain 'System.Memory.Data 10 MedDocs'
    }

    It 'leaves other modules their older versions when it was loaded first' {
        $result = Invoke-FreshPwsh "$useMedDocs`n$loadOld`n[System.BinaryData]::new('x').ToString()`n$showVersions"
        $result.ExitCode | Should -Be 0 -Because ($result.Output -join "`n")
        $result.Output[0..3] | Should -Be @('llm', '768', 'True', 'x')
        $result.Output | Should -Contain 'Microsoft.Extensions.Primitives 6 Default'
    }
}
