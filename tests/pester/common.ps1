# Shared set-up for MedDocs' Pester tests, dot-sourced in each file's BeforeAll: imports the staged module
# (out/MedDocs, as a user would), starts and stops the simulator by process id, and runs fresh pwsh processes.
$script:RepoRoot = (Resolve-Path "$PSScriptRoot/../..").Path
# MEDDOCS_TEST_MODULE_FOLDER runs the suite against another staged copy (e.g. an older build, to see a test fail).
$script:ModuleFolder = if ($env:MEDDOCS_TEST_MODULE_FOLDER) { $env:MEDDOCS_TEST_MODULE_FOLDER } else { Join-Path $RepoRoot 'out/MedDocs' }
$script:ModuleManifest = Join-Path $ModuleFolder 'MedDocs.psd1'
$script:SamplesFolder = Join-Path $RepoRoot 'samples'
if (-not (Test-Path $ModuleManifest)) {
    throw "The module is not staged: run ./build.ps1 -Task Stage (or dotnet publish src/MedDocs -c Release) first."
}
# Settings come from the test, never from the machine's own config file or a .env of the repository.
$env:MEDDOCS_CONFIG = Join-Path ([System.IO.Path]::GetTempPath()) 'meddocs-pester-empty-config.json'
if (-not (Test-Path $env:MEDDOCS_CONFIG)) { Set-Content -LiteralPath $env:MEDDOCS_CONFIG -Value '{}' }
Import-Module $ModuleManifest -Force

. "$PSScriptRoot/PesterModule.ps1"   # Get-NuGetPackageFolder

<#
.SYNOPSIS
    The command line that starts this same PowerShell (a dotnet tool or an installed pwsh), for tests that need a fresh process.
#>
function Get-PwshCommand {
    $dll = Join-Path $PSHOME 'pwsh.dll'
    if ([System.IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { return @([Environment]::ProcessPath, $dll) }
    @([Environment]::ProcessPath)
}

<#
.SYNOPSIS
    Runs a script in a new `pwsh -NoProfile -NonInteractive` process (as a scheduled task would) and returns its output lines.
#>
function Invoke-FreshPwsh {
    param([Parameter(Mandatory)] [string] $Script, [string] $WorkingDirectory = $RepoRoot)
    $command = Get-PwshCommand
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Script))
    Push-Location $WorkingDirectory
    try {
        $exe, $rest = $command[0], @($command | Select-Object -Skip 1)
        $output = & $exe @rest -NoProfile -NonInteractive -EncodedCommand $encoded 2>&1
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = @($output | ForEach-Object { "$_" }) }
    }
    finally { Pop-Location }
}

function Get-FreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

<#
.SYNOPSIS
    Starts the simulator from its built assembly on a free port; it also stops by itself when this process ends.
#>
function Start-Simulator {
    param([string] $Kind = 'lmstudio', [string[]] $ExtraArgs = @())
    $dll = Join-Path $RepoRoot 'tests/MedDocs.Simulator/bin/Release/net10.0/MedDocs.Simulator.dll'
    if (-not (Test-Path $dll)) { throw "The simulator is not built: dotnet build tests/MedDocs.Simulator -c Release" }
    $log = [System.IO.Path]::GetTempFileName()
    $arguments = @($dll, '--port', '0', '--kind', $Kind, '--exit-with', $PID) + $ExtraArgs
    $process = Start-Process dotnet -ArgumentList $arguments -PassThru -NoNewWindow -RedirectStandardOutput $log
    $root = $null
    foreach ($i in 1..300) {
        $first = Get-Content -LiteralPath $log -TotalCount 1 -ErrorAction SilentlyContinue
        if ($first -match 'listening on (http://127\.0\.0\.1:\d+/)') { $root = $Matches[1].TrimEnd('/'); break }
        if ($process.HasExited) { break }
        Start-Sleep -Milliseconds 100
    }
    if (-not $root) {
        if (-not $process.HasExited) { $process.Kill() }
        throw "The simulator did not start: $(Get-Content -LiteralPath $log -Raw)"
    }
    [pscustomobject]@{ Process = $process; Root = $root; Endpoint = "$root/v1"; Log = $log }
}

function Stop-Simulator {
    param($Simulator)
    if (-not $Simulator) { return }
    if (-not $Simulator.Process.HasExited) {
        $Simulator.Process.Kill()
        $null = $Simulator.Process.WaitForExit(10000)
    }
    Remove-Item -LiteralPath $Simulator.Log -ErrorAction SilentlyContinue
}

function Get-SimulatorStats {
    param([Parameter(Mandatory)] $Simulator)
    Invoke-RestMethod "$($Simulator.Root)/simulator/stats"
}

function Reset-Simulator {
    param([Parameter(Mandatory)] $Simulator)
    $null = Invoke-RestMethod -Method Post "$($Simulator.Root)/simulator/reset"
}

<#
.SYNOPSIS
    Runs a MedDocs command in a separate runspace and returns its output and every stream, progress included
    (progress records cannot be redirected in a script).
#>
function Invoke-WithStreams {
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock, [hashtable] $Variables = @{})
    $ps = [powershell]::Create()
    try {
        $null = $ps.AddScript("Import-Module '$ModuleManifest'; `$ProgressPreference = 'Continue'").AddStatement()
        foreach ($name in $Variables.Keys) { $ps.Runspace.SessionStateProxy.SetVariable($name, $Variables[$name]) }
        $null = $ps.AddScript($ScriptBlock.ToString())
        $output = $ps.Invoke()
        [pscustomobject]@{
            Output   = @($output)
            Errors   = @($ps.Streams.Error)
            Warnings = @($ps.Streams.Warning)
            Verbose  = @($ps.Streams.Verbose)
            Progress = @($ps.Streams.Progress)
        }
    }
    finally { $ps.Dispose() }
}

<#
.SYNOPSIS
    A folder of small documents for path and pipeline tests: text notes with PHI, a Markdown note, a name with
    brackets, a real PDF, a damaged PDF, a password-protected PDF (password "secret"), and CSV lists of paths.
#>
function New-DocumentFolder {
    param([Parameter(Mandatory)] [string] $Path)
    $notes = New-Item -ItemType Directory -Force -Path (Join-Path $Path 'notes')
    Set-Content -LiteralPath (Join-Path $notes 'visit.txt') -Value "Progress note. Patient Maria Lopez, MRN: 4417-2291, seen 03/14/2025. BP 120/80.`nCall her daughter Elena Lopez at (217) 555-0143."
    Set-Content -LiteralPath (Join-Path $notes 'followup.md') -Value "# Follow-up`nPatient John Whitfield, DOB 02/11/1961, reports less wrist pain. Plan: continue physical therapy."
    Set-Content -LiteralPath (Join-Path $notes 'pipe[1].txt') -Value 'Progress note: patient Dana Whitfield stable, MRN: 8812-0041.'
    $fixtures = Join-Path $RepoRoot 'tests/MedDocs.Pdf.Tests/Fixtures'
    Copy-Item -LiteralPath (Join-Path $fixtures 'libreoffice-referral.pdf') -Destination (Join-Path $Path 'referral.pdf')
    Copy-Item -LiteralPath (Join-Path $fixtures 'enc-userpw-aes-256.pdf') -Destination (Join-Path $Path 'locked.pdf')
    Set-Content -LiteralPath (Join-Path $Path 'broken.pdf') -Value '%PDF-1.7 this is not a PDF body at all'
    @(
        [pscustomobject]@{ Path = (Join-Path $notes 'visit.txt'); Note = 'first' }
        [pscustomobject]@{ Path = (Join-Path $notes 'followup.md'); Note = 'second' }
    ) | Export-Csv -LiteralPath (Join-Path $Path 'list.csv')
    @(
        [pscustomobject]@{ FullName = (Join-Path $notes 'visit.txt') }
        [pscustomobject]@{ FullName = (Join-Path $notes 'pipe[1].txt') }
    ) | Export-Csv -LiteralPath (Join-Path $Path 'fullnames.csv')
    Get-Item -LiteralPath $Path
}

<#
.SYNOPSIS
    An IPv4 address of this machine that is not loopback (for tests of the local-only policy), or $null.
#>
function Get-NetworkAddress {
    [System.Net.NetworkInformation.NetworkInterface]::GetAllNetworkInterfaces() |
        Where-Object { $_.OperationalStatus -eq 'Up' -and $_.NetworkInterfaceType -ne 'Loopback' } |
        ForEach-Object { $_.GetIPProperties().UnicastAddresses.Address } |
        Where-Object { $_.AddressFamily -eq 'InterNetwork' -and -not [System.Net.IPAddress]::IsLoopback($_) } |
        Select-Object -First 1 -ExpandProperty IPAddressToString
}
