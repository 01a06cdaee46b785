#Requires -Version 7.4
<#
.SYNOPSIS
    Builds MedDocs, stages a ready module folder in out/MedDocs, and runs the tests.
.EXAMPLE
    ./build.ps1                 # build, stage, xunit and Pester
.EXAMPLE
    ./build.ps1 -Task Stage; Import-Module ./out/MedDocs/MedDocs.psd1
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Stage', 'Test', 'Pester', 'All')]
    [string] $Task = 'All',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

if ($Task -in 'Build', 'All') {
    Invoke-Dotnet build MedDocs.sln -c $Configuration
}
if ($Task -in 'Stage', 'All') {
    # The StageModule target in src/MedDocs/MedDocs.csproj lays out out/MedDocs (dependencies isolated in dependencies/).
    Invoke-Dotnet publish src/MedDocs -c $Configuration
    Write-Host "Module staged: Import-Module $PSScriptRoot/out/MedDocs/MedDocs.psd1"
}
if ($Task -in 'Test', 'All') {
    Invoke-Dotnet test MedDocs.sln -c $Configuration
}
if ($Task -in 'Pester', 'All') {
    if (-not (Test-Path out/MedDocs/MedDocs.psd1)) { Invoke-Dotnet publish src/MedDocs -c $Configuration }
    if (-not (Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0.0')) {
        Write-Warning 'Pester 5 is not installed: Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser'
        return
    }
    Import-Module Pester -MinimumVersion 5.0
    $config = New-PesterConfiguration
    $config.Run.Path = "$PSScriptRoot/tests/pester"
    $config.Run.Exit = $true
    $config.Output.Verbosity = 'Detailed'
    Invoke-Pester -Configuration $config
}
