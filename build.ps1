#Requires -Version 7.4
<#
.SYNOPSIS
    Builds MedDocs, stages a ready module folder in out/MedDocs, and runs the tests (xunit and Pester).
.DESCRIPTION
    Needs only the .NET SDK: run it as `dotnet tool restore; dotnet pwsh ./build.ps1` on a fresh clone
    (pwsh 7.6.9 comes from the local tool manifest in .config/, Pester from NuGet).
    Tasks:
      Build   dotnet build MedDocs.sln
      Stage   Build, then stage the module in out/MedDocs (dotnet publish src/MedDocs) and the CLI in out/meddocs,
              both with ReadyToRun code for this machine (see src/MedDocs/ModuleReadyToRun.targets)
      XUnit   Build, then the xunit tests
      Pester  Stage, then the Pester tests in a fresh `pwsh -NoProfile -NonInteractive`
      Test    (default) Stage, xunit and Pester; prints both counts and fails if either fails
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1
.EXAMPLE
    ./build.ps1 -Task Stage; Import-Module ./out/MedDocs/MedDocs.psd1
.EXAMPLE
    ./build.ps1 -Task Pester -PesterPath tests/pester/Find-Phi.Tests.ps1
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Stage', 'XUnit', 'Pester', 'Test')]
    [string] $Task = 'Test',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Pester test files or folders to run (default: every *.Tests.ps1 in tests/pester).
    [string[]] $PesterPath = @('tests/pester')
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    # Out-Host: dotnet's output is for the console, never part of a function's result.
    dotnet @args | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-XUnit {
    # The summary lines of `dotnet test` ("Passed!  - Failed: 0, Passed: 934, …"), one per test project, give the counts.
    $lines = dotnet test MedDocs.sln -c $Configuration --no-build 2>&1 | ForEach-Object { Write-Host $_; "$_" }
    $exit = $LASTEXITCODE
    $sum = { param($name) ($lines | Select-String "$($name):\s+(\d+)" -AllMatches | ForEach-Object { $_.Matches } | ForEach-Object { [int]$_.Groups[1].Value } | Measure-Object -Sum).Sum }
    # The PHI rules' vectorised scans have plain loops for CPUs without 256-bit vectors (ARM64, older x64): the
    # equivalence snapshot again with hardware intrinsics off, so those loops are held to the same findings.
    $env:DOTNET_EnableHWIntrinsic = '0'
    try { dotnet "tests/MedDocs.PhiBench/bin/$Configuration/net10.0/MedDocs.PhiBench.dll" --check-snapshot | Out-Host; $scalar = $LASTEXITCODE }
    finally { Remove-Item env:DOTNET_EnableHWIntrinsic }
    Write-Host "PHI snapshot without vector instructions: $(if ($scalar -eq 0) { 'identical' } else { 'DIFFERS' })"
    if ($scalar -ne 0) { $exit = $scalar }
    [pscustomobject]@{ Suite = 'xunit'; Passed = (& $sum 'Passed'); Failed = (& $sum 'Failed'); Skipped = (& $sum 'Skipped'); ExitCode = $exit }
}

function Invoke-PesterSuite {
    # Pester comes from NuGet (PSGallery may be unreachable): restore it, then run it in a fresh process, as a scheduled task runs pwsh.
    Invoke-Dotnet restore tests/pester/dependencies/PesterDependencies.csproj --nologo -v q
    Invoke-Dotnet build tests/MedDocs.Simulator -c $Configuration --nologo -v q
    $summary = Join-Path ([System.IO.Path]::GetTempPath()) "meddocs-pester-$PID.json"
    $runner = Join-Path $PSScriptRoot 'tests/pester/Invoke-PesterTests.ps1'
    $pwsh = if ([System.IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { @([Environment]::ProcessPath, (Join-Path $PSHOME 'pwsh.dll')) } else { @([Environment]::ProcessPath) }
    $exe, $rest = $pwsh[0], @($pwsh | Select-Object -Skip 1)
    & $exe @rest -NoProfile -NonInteractive -File $runner -Path $PesterPath -SummaryPath $summary | Out-Host
    $exit = $LASTEXITCODE
    $counts = if (Test-Path $summary) { Get-Content $summary -Raw | ConvertFrom-Json } else { [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 } }
    Remove-Item $summary -ErrorAction SilentlyContinue
    [pscustomobject]@{ Suite = 'Pester'; Passed = $counts.Passed; Failed = $counts.Failed; Skipped = $counts.Skipped; ExitCode = $exit }
}

if ($Task -in 'Build', 'Stage', 'XUnit', 'Test') {
    Invoke-Dotnet build MedDocs.sln -c $Configuration
}
if ($Task -in 'Stage', 'Pester', 'Test') {
    # The StageModule target in src/MedDocs/MedDocs.csproj lays out out/MedDocs (MedDocs' assemblies in bin/).
    Invoke-Dotnet publish src/MedDocs -c $Configuration --nologo
    Write-Host "Module staged: Import-Module $PSScriptRoot/out/MedDocs/MedDocs.psd1"
    # The CLI as cron jobs run it: ReadyToRun, framework-dependent, for this machine (src/MedDocs.Cli/MedDocs.Cli.csproj).
    Invoke-Dotnet publish src/MedDocs.Cli -c $Configuration --nologo -o out/meddocs
    Write-Host "CLI staged: $PSScriptRoot/out/meddocs/meddocs"
}
$results = @()
if ($Task -in 'XUnit', 'Test') { $results += Invoke-XUnit }
if ($Task -in 'Pester', 'Test') { $results += Invoke-PesterSuite }
if ($results) {
    Write-Host ''
    foreach ($r in $results) { Write-Host ("{0}: {1} passed, {2} failed, {3} skipped" -f $r.Suite, $r.Passed, $r.Failed, $r.Skipped) }
    $failed = @($results | Where-Object { $_.ExitCode -ne 0 -or $_.Failed -gt 0 -or $_.Passed -eq 0 })
    if ($failed) { throw "Tests failed: $($failed.Suite -join ' and ')." }
}
