# Shared set-up for MedDocs' Pester tests: import the staged module and start the in-repo simulator.
$script:RepoRoot = (Resolve-Path "$PSScriptRoot/../..").Path
$script:ModuleManifest = Join-Path $RepoRoot 'out/MedDocs/MedDocs.psd1'
if (-not (Test-Path $ModuleManifest)) {
    throw "The module is not staged: run ./build.ps1 -Task Stage (or dotnet publish src/MedDocs -c Release) first."
}
Import-Module $ModuleManifest -Force

function Get-FreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Start-Simulator {
    param([string] $Kind = 'lmstudio', [string[]] $ExtraArgs = @())
    $port = Get-FreePort
    $project = Join-Path $RepoRoot 'tests/MedDocs.Simulator'
    $process = Start-Process dotnet -ArgumentList (@('run', '--project', $project, '-c', 'Release', '--', '--port', $port, '--kind', $Kind) + $ExtraArgs) -PassThru -NoNewWindow -RedirectStandardOutput ([IO.Path]::GetTempFileName())
    $endpoint = "http://127.0.0.1:$port/v1"
    foreach ($i in 1..100) {
        try { Invoke-RestMethod "http://127.0.0.1:$port/simulator/stats" -TimeoutSec 1 | Out-Null; break } catch { Start-Sleep -Milliseconds 200 }
    }
    [pscustomobject]@{ Process = $process; Endpoint = $endpoint; Root = "http://127.0.0.1:$port" }
}

function Stop-Simulator($Simulator) {
    if ($Simulator -and -not $Simulator.Process.HasExited) { Stop-Process -Id $Simulator.Process.Id -Force }
}
