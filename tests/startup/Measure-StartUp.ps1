#Requires -Version 7.4
<#
.SYNOPSIS
    Cold start-up of `meddocs` and of the MedDocs module: a new process for every run, the median of -Runs.
.DESCRIPTION
    Cron jobs run the CLI once per file, so start-up is most of their time. Each scenario is run once to warm the
    disk cache (not counted), then -Runs times in a new process; the table gives the median, fastest and slowest wall
    time and, where /usr/bin/time exists, the median CPU time (user + system, fairer on a shared machine).
    -JitCount adds, for the pwsh scenarios, how many methods the JIT compiled in that process
    ([System.Runtime.JitInfo]): it falls when ReadyToRun code is used instead of being compiled at start-up.
    Build first: `./build.ps1 -Task Stage` (stages out/MedDocs and out/meddocs). To compare builds, pass several paths
    to -Cli and -Module: their runs are interleaved, so a change in the machine's load affects each alike.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/startup/Measure-StartUp.ps1
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/startup/Measure-StartUp.ps1 -Runs 11 -JitCount -Environment @{ DOTNET_ReadyToRun = '0' }
#>
[CmdletBinding()]
param(
    # New processes per scenario (after one warm-up run that is not counted).
    [ValidateRange(1, 100)]
    [int] $Runs = 7,

    # The CLI: an apphost (`meddocs`) or `meddocs.dll`. Default: out/meddocs/meddocs, else the Release build output.
    # Several builds (e.g. before and after a change) are measured in turn, run by run, so load changes hit all alike.
    [string[]] $Cli,

    # The module manifest(s) to import; several are measured in turn like -Cli.
    [string[]] $Module = @('out/MedDocs/MedDocs.psd1'),

    # The small document for `meddocs text` / Get-DocumentText.
    [string] $TextFile = 'samples/witness-statement.txt',

    # The small note (~2 KB) for `meddocs phi --engine rules|tagger` / Find-Phi -Engine Rules|Tagger.
    [string] $PhiFile = 'samples/witness-statement.txt',

    # Only the scenarios whose name matches one of these wildcards (default: all).
    [string[]] $Scenario = @('*'),

    # Extra environment variables for the measured processes, e.g. @{ DOTNET_ReadyToRun = '0' } or @{ DOTNET_TieredPGO = '0' }.
    [hashtable] $Environment = @{},

    # Also report the number of JIT-compiled methods of the pwsh scenarios.
    [switch] $JitCount
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

function Resolve-Input([string] $path) {
    $full = if ([System.IO.Path]::IsPathRooted($path)) { $path } else { Join-Path $root $path }
    if (-not (Test-Path -LiteralPath $full)) { throw "Not found: $full. Build and stage first (./build.ps1 -Task Stage), or pass the path." }
    (Resolve-Path -LiteralPath $full).Path
}

# The CLI as a command line: the apphost runs directly; a dll runs through `dotnet`.
if (-not $Cli) {
    $exe = if ($IsWindows) { 'meddocs.exe' } else { 'meddocs' }
    $Cli = @("out/meddocs/$exe", "src/MedDocs.Cli/bin/Release/net10.0/$exe") | Where-Object { Test-Path (Join-Path $root $_) } | Select-Object -First 1
    if (-not $Cli) { throw 'No meddocs found: run ./build.ps1 -Task Stage first, or pass -Cli.' }
}

# pwsh as build.ps1 starts it: this process's own pwsh, or `dotnet pwsh.dll` under the local tool.
[string[]] $pwshCommand = if ([System.IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
    @([Environment]::ProcessPath, (Join-Path $PSHOME 'pwsh.dll'))
} else { @([Environment]::ProcessPath) }

$textPath = Resolve-Input $TextFile
$phiPath = Resolve-Input $PhiFile
$jitSuffix = if ($JitCount) { '; [Console]::Error.WriteLine(''jit='' + [System.Runtime.JitInfo]::GetCompiledMethodCount($false))' } else { '' }
function Quote([string] $s) { "'" + $s.Replace("'", "''") + "'" }

$scenarios = @(
    foreach ($path in $Cli) {
        $cliPath = Resolve-Input $path
        [string[]] $cliCommand = if ($cliPath.EndsWith('.dll')) { @('dotnet', $cliPath) } else { @($cliPath) }
        [pscustomobject]@{ Name = 'meddocs text'; Build = $path; Command = $cliCommand + @('text', $textPath) }
        [pscustomobject]@{ Name = 'meddocs phi --engine rules'; Build = $path; Command = $cliCommand + @('phi', '--engine', 'rules', $phiPath) }
        [pscustomobject]@{ Name = 'meddocs phi --engine tagger'; Build = $path; Command = $cliCommand + @('phi', '--engine', 'tagger', $phiPath) }
    }
    [pscustomobject]@{ Name = 'pwsh (bare start-up)'; Build = '-'; Command = $pwshCommand + @('-NoProfile', '-NonInteractive', '-Command', "`$null$jitSuffix") }
    foreach ($path in $Module) {
        $modulePath = Resolve-Input $path
        [pscustomobject]@{ Name = 'pwsh Import-Module + Get-DocumentText'; Build = $path; Command = $pwshCommand + @('-NoProfile', '-NonInteractive', '-Command', "Import-Module $(Quote $modulePath); Get-DocumentText -LiteralPath $(Quote $textPath)$jitSuffix") }
        [pscustomobject]@{ Name = 'pwsh Import-Module + Find-Phi -Engine Rules'; Build = $path; Command = $pwshCommand + @('-NoProfile', '-NonInteractive', '-Command', "Import-Module $(Quote $modulePath); Find-Phi -Engine Rules -LiteralPath $(Quote $phiPath)$jitSuffix") }
        [pscustomobject]@{ Name = 'pwsh Import-Module + Find-Phi -Engine Tagger'; Build = $path; Command = $pwshCommand + @('-NoProfile', '-NonInteractive', '-Command', "Import-Module $(Quote $modulePath); Find-Phi -Engine Tagger -LiteralPath $(Quote $phiPath)$jitSuffix") }
    }
) | Where-Object { $name = $_.Name; $Scenario | Where-Object { $name -like $_ } }

$timeTool = if (-not $IsWindows -and (Test-Path /usr/bin/time)) { '/usr/bin/time' }

# One run in a new process: wall seconds, CPU seconds (or $null), the JIT count (or $null).
function Invoke-Once([string[]] $command) {
    $psi = [System.Diagnostics.ProcessStartInfo]::new()
    $cpuFile = $null
    if ($timeTool) {
        $cpuFile = [System.IO.Path]::GetTempFileName()
        $psi.FileName = $timeTool
        foreach ($a in @('-f', '%U %S', '-o', $cpuFile) + $command) { $psi.ArgumentList.Add($a) }
    } else {
        $psi.FileName = $command[0]
        foreach ($a in $command | Select-Object -Skip 1) { $psi.ArgumentList.Add($a) }
    }
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.UseShellExecute = $false
    $psi.WorkingDirectory = $root
    # No telemetry or update check in the measured pwsh: they add network and disk work unrelated to MedDocs.
    $psi.Environment['POWERSHELL_TELEMETRY_OPTOUT'] = '1'
    $psi.Environment['POWERSHELL_UPDATECHECK'] = 'Off'
    foreach ($key in $Environment.Keys) { $psi.Environment[$key] = [string]$Environment[$key] }
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $process = [System.Diagnostics.Process]::Start($psi)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    $process.WaitForExit()
    $watch.Stop()
    $out = $stdout.GetAwaiter().GetResult()
    $err = $stderr.GetAwaiter().GetResult()
    if ($process.ExitCode -ne 0 -or ($command -notcontains "`$null$jitSuffix" -and -not $out.Trim())) {
        throw "Failed (exit code $($process.ExitCode), $($out.Length) characters of output): $($command -join ' ')`n$err"
    }
    $cpu = if ($cpuFile) {
        $u, $s = (Get-Content -LiteralPath $cpuFile | Select-Object -Last 1) -split ' '
        Remove-Item -LiteralPath $cpuFile
        [double]$u + [double]$s
    }
    $jit = if ($err -match 'jit=(\d+)') { [int]$Matches[1] }
    [pscustomobject]@{ Wall = $watch.Elapsed.TotalSeconds; Cpu = $cpu; Jit = $jit }
}

function Median([double[]] $values) {
    $sorted = $values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[($n - 1) / 2] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

$load = if (Test-Path /proc/loadavg) { (Get-Content /proc/loadavg).Split(' ')[0..2] -join ' ' } else { 'n/a' }
Write-Host ("{0} cores, load average {1}; {2} runs per scenario; {3}" -f [Environment]::ProcessorCount, $load, $Runs,
    $(if ($Environment.Count) { ($Environment.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ' ' } else { 'default environment' }))

# One warm-up run each (disk cache, pwsh's module analysis cache), then the runs in turn: scenario after scenario,
# -Runs times, so each scenario sees the same mix of the machine's load.
foreach ($s in $scenarios) { $null = Invoke-Once $s.Command }
$results = @{}
foreach ($run in 1..$Runs) {
    foreach ($s in $scenarios) { $results[$s] = @($results[$s]) + @(Invoke-Once $s.Command) | Where-Object { $_ } }
}
foreach ($s in $scenarios) {
    $r = $results[$s]
    [pscustomobject]@{
        Scenario = $s.Name
        Build = $s.Build
        'Median s' = [math]::Round((Median $r.Wall), 3)
        'Min s' = [math]::Round(($r.Wall | Measure-Object -Minimum).Minimum, 3)
        'Max s' = [math]::Round(($r.Wall | Measure-Object -Maximum).Maximum, 3)
        'CPU s' = if ($timeTool) { [math]::Round((Median $r.Cpu), 2) }
        'JIT methods' = if ($JitCount -and $null -ne $r[0].Jit) { Median $r.Jit }
    }
}
