# Where the NuGet-restored Pester module is (tests/pester/dependencies/PesterDependencies.csproj restores it).
$script:PesterVersion = '5.7.1'

function Get-NuGetPackageFolder {
    if ($env:NUGET_PACKAGES) { return $env:NUGET_PACKAGES }
    $line = dotnet nuget locals global-packages --list | Select-Object -Last 1
    ($line -replace '^global-packages:\s*', '').Trim()
}

function Get-PesterManifest {
    $manifest = Join-Path (Get-NuGetPackageFolder) "pester/$PesterVersion/tools/Pester.psd1"
    if (-not (Test-Path $manifest)) {
        throw "Pester $PesterVersion is not restored: dotnet restore tests/pester/dependencies/PesterDependencies.csproj"
    }
    $manifest
}
