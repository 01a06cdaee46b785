BeforeDiscovery {
    # The build compiles ReadyToRun code for the building machine's platform (src/MedDocs/ModuleReadyToRun.targets,
    # src/MedDocs.Cli/MedDocs.Cli.csproj), x64 and Arm64 only; elsewhere there is nothing to check.
    $script:Supported = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture -in 'X64', 'Arm64'
}

BeforeAll {
    . "$PSScriptRoot/common.ps1"

    # True when the PE file carries precompiled (ReadyToRun) code besides its IL.
    function Test-ReadyToRunImage([string] $Path) {
        $stream = [System.IO.File]::OpenRead($Path)
        try {
            $header = [System.Reflection.PortableExecutable.PEReader]::new($stream).PEHeaders.CorHeader
            $null -ne $header -and $header.ManagedNativeHeaderDirectory.Size -gt 0
        }
        finally { $stream.Dispose() }
    }

    # Runs a command with DOTNET_ReadyToRunLogFile set: the runtime then logs, per assembly it loads, whether it
    # accepted the image's ReadyToRun code ("initialized successfully") or fell back to the JIT (and why).
    function Get-ReadyToRunLog([scriptblock] $Run) {
        $log = Join-Path $TestDrive "r2r-$([guid]::NewGuid().ToString('n'))"
        $env:DOTNET_ReadyToRunLogFile = $log
        try { $exitCode = & $Run } finally { Remove-Item Env:DOTNET_ReadyToRunLogFile }
        $exitCode | Should -Be 0
        # The runtime appends the process id to the file name.
        Get-Content -Path "$log*"
    }

    $script:CliFolder = Join-Path $RepoRoot 'out/meddocs'
    $script:Cli = Join-Path $CliFolder $(if ($IsWindows) { 'meddocs.exe' } else { 'meddocs' })
    $script:Big = 'OpenAI.dll', 'DocumentFormat.OpenXml.dll'
}

Describe 'ReadyToRun start-up code' -Skip:(-not $Supported) {
    It 'is in every staged module assembly but OpenAI and OpenXml, which stay IL' {
        $dlls = Get-ChildItem -LiteralPath (Join-Path $ModuleFolder 'bin') -Filter *.dll
        $withCode = @($dlls | Where-Object { Test-ReadyToRunImage $_.FullName }).Name
        $withCode | Should -Contain 'MedDocs.Loader.dll'
        $withCode | Should -Contain 'MedDocs.dll'
        $withCode | Should -Contain 'MedDocs.Core.dll'
        $withCode | Should -Contain 'MedDocs.Pdf.dll'
        $withCode | Should -Contain 'System.Text.Json.dll'
        @($dlls | Where-Object { $_.Name -notin $Big -and $_.Name -notin $withCode }).Name | Should -BeNullOrEmpty
        @($withCode | Where-Object { $_ -in $Big }) | Should -BeNullOrEmpty
    }

    It 'is used by pwsh in MedDocs'' own load context, not rejected for the JIT' {
        $script = "Import-Module '$($ModuleManifest.Replace("'", "''"))' -ErrorAction Stop; (Get-DocumentText -LiteralPath '$SamplesFolder/radiology-report.pdf').Characters -gt 0; ('MRN: 4417-2291' | Find-Phi -Engine Rules).Type"
        $lines = Get-ReadyToRunLog {
            $result = Invoke-FreshPwsh $script
            $result.Output | Should -Be @('True', 'Mrn')
            $result.ExitCode
        }
        $bin = [regex]::Escape((Join-Path $ModuleFolder 'bin'))
        $ours = @($lines | Where-Object { $_ -match $bin })
        foreach ($name in 'MedDocs.Loader', 'MedDocs', 'MedDocs.Core', 'MedDocs.Pdf') {
            $ours | Where-Object { $_ -match "[\\/]$([regex]::Escape($name))\.dll" } | Should -BeLike 'Ready to Run initialized successfully:*' -Because "$name.dll's precompiled code must be used"
        }
        $ours | Where-Object { $_ -notlike 'Ready to Run initialized successfully:*' } | Should -BeNullOrEmpty
    }

    It 'is in the staged CLI and used by the runtime' {
        $Cli | Should -Exist -Because 'build.ps1 -Task Stage publishes the CLI to out/meddocs'
        foreach ($name in 'meddocs.dll', 'MedDocs.Core.dll', 'MedDocs.Pdf.dll', 'System.CommandLine.dll') {
            Test-ReadyToRunImage (Join-Path $CliFolder $name) | Should -BeTrue -Because "$name is on the path of every command"
        }
        $lines = Get-ReadyToRunLog {
            $output = & $Cli phi --engine rules "$SamplesFolder/witness-statement.txt"
            @($output).Count | Should -BeGreaterThan 0
            $LASTEXITCODE
        }
        $ours = @($lines | Where-Object { $_ -match [regex]::Escape($CliFolder) })
        foreach ($name in 'meddocs', 'MedDocs.Core', 'MedDocs.Pdf', 'System.CommandLine') {
            $ours | Where-Object { $_ -match "[\\/]$([regex]::Escape($name))\.dll" } | Should -BeLike 'Ready to Run initialized successfully:*' -Because "$name.dll's precompiled code must be used"
        }
    }
}
