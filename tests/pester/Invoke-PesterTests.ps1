<#
.SYNOPSIS
    Runs MedDocs' Pester tests with the Pester module restored from NuGet; build.ps1 calls it in a fresh
    `pwsh -NoProfile -NonInteractive`. Writes the counts to -SummaryPath and exits non-zero when a test fails.
#>
param(
    [string[]] $Path = @("$PSScriptRoot"),
    [string] $SummaryPath
)
$ErrorActionPreference = 'Stop'
. "$PSScriptRoot/PesterModule.ps1"
Import-Module (Get-PesterManifest) -Force

$config = New-PesterConfiguration
$config.Run.Path = $Path
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$config.Should.ErrorAction = 'Continue'
$result = Invoke-Pester -Configuration $config
if ($SummaryPath) {
    @{ Passed = $result.PassedCount; Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount; Skipped = $result.SkippedCount } |
        ConvertTo-Json | Set-Content -LiteralPath $SummaryPath
}
$leaked = Get-Process -Name dotnet -ErrorAction SilentlyContinue | Where-Object { $_.CommandLine -match 'MedDocs\.Simulator\.dll' -and $_.CommandLine -match "--exit-with $PID\b" }
if ($leaked) {
    Write-Host "Simulators left running by this run: $($leaked.Id -join ', ')" -ForegroundColor Red
    $leaked | Stop-Process -Force
    exit 1
}
exit ([int]($result.Result -ne 'Passed'))
