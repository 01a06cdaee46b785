# Real servers as users run them (issue 13) and hostile ones (issue 18, network items), through the cmdlets:
# what the core learns and refuses reaches PowerShell as records, warnings and error records.
BeforeAll {
    . "$PSScriptRoot/common.ps1"
    # llama-server -c 2048 --parallel 4: 512 tokens per request; a second one started with --embeddings.
    $llama = Start-Simulator -Kind llamacpp -ExtraArgs @('--context-size', '2048', '--slots', '4')
    $embedder = Start-Simulator -Kind llamacpp -ExtraArgs @('--context-size', '2048', '--slots', '4', '--embeddings')
    $sim = Start-Simulator
    $note = "PROGRESS NOTE`nPatient: Margaret Whitfield, DOB 03/14/1962, SSN 452-81-3307, MRN: 48213377. Call (503) 555-0142.`nCough and fever for four days."
    $phi = @('Margaret', 'Whitfield', '03/14/1962', '452-81-3307', '48213377', '555-0142')

    function Set-SimulatorFault($Simulator, [hashtable] $Faults) {
        $null = Invoke-RestMethod -Method Post "$($Simulator.Root)/simulator/faults" -Body ($Faults | ConvertTo-Json) -ContentType 'application/json'
    }
}
AfterAll {
    Stop-Simulator $llama
    Stop-Simulator $embedder
    Stop-Simulator $sim
}

Describe 'llama.cpp with 512 tokens per request' {
    It 'is recognised, with its per-slot context' {
        $status = Test-LMStudio -Provider OpenAICompatible -Endpoint $llama.Endpoint
        $status.Healthy | Should -BeTrue
        $status.Server | Should -Be 'llama.cpp'
        $status.Models[0].EffectiveContextLength | Should -Be 512
    }

    It 'categorizes with the model without any context setting' {
        $result = $note | Get-DocumentCategory -Provider OpenAICompatible -Endpoint $llama.Endpoint -Engine Llm -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        $result.Engine | Should -Be 'llm'
        $result.Confidence | Should -BeGreaterOrEqual 0
        $result.Confidence | Should -BeLessOrEqual 1
    }

    It 'drafts a SOAP note from a long transcript, joining part notes no merge request could hold' {
        # A model that writes every section out in full: no two part notes fit one 512-token merge request.
        $verbose = Start-Simulator -Kind llamacpp -ExtraArgs @('--context-size', '2048', '--slots', '4', '--full-answers')
        try {
            $transcript = (1..40 | ForEach-Object {
                "Doctor: Topic $($_): how has the knee been when you walk in the morning?`nPatient: It aches after twenty minutes, mostly on the inside, and it is stiff when I get up.`n"
            }) -join "`n"
            $note = $transcript | New-SoapNote -Provider OpenAICompatible -Endpoint $verbose.Endpoint -ErrorVariable errs -WarningVariable warns -WarningAction SilentlyContinue
            $errs | Should -BeNullOrEmpty
            $note.Chunks | Should -BeGreaterThan 1
            $note.JoinedParts | Should -Be $note.Chunks
            $note.Subjective | Should -Not -BeNullOrEmpty
            @($warns).Count | Should -Be 1
            "$warns" | Should -BeLike '*512-token context*JoinedParts*'
            "$warns" | Should -Not -BeLike '*knee*'
        }
        finally { Stop-Simulator $verbose }
    }

    It 'embeds a short and an oversized text, flagging the one it had to cut' {
        $long = (1..300 | ForEach-Object { "Discharge summary sentence $_." }) -join ' '
        $records = 'Short note: stable.', $long | Get-Embedding -Provider OpenAICompatible -Endpoint $embedder.Endpoint -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        @($records).Count | Should -Be 2
        @($records | Where-Object Truncated).Count | Should -Be 1
    }
}

Describe 'The local-only policy before any connection' {
    It 'refuses <Command> toward a non-loopback address without connecting' -ForEach @(
        @{ Command = 'Test-LMStudio'; Run = { param($endpoint) Test-LMStudio -Endpoint $endpoint -WarningAction SilentlyContinue } }
        @{ Command = 'Get-DocumentCategory'; Run = { param($endpoint) 'A note.' | Get-DocumentCategory -Endpoint $endpoint -Engine Llm -ErrorAction SilentlyContinue } }
        @{ Command = 'Find-Phi'; Run = { param($endpoint) 'A note.' | Find-Phi -Endpoint $endpoint -Engine Llm -ErrorAction SilentlyContinue } }
    ) {
        $address = Get-NetworkAddress
        if (-not $address) { Set-ItResult -Inconclusive -Because 'this machine has no non-loopback address'; return }
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Any, 0)
        $listener.Start()
        try {
            $endpoint = "http://$($address):$($listener.LocalEndpoint.Port)/v1"
            $outcome = try { & $Run $endpoint 2>&1 } catch { $_ }
            "$outcome" | Should -BeLike '*Refusing to contact*'
            $listener.Pending() | Should -BeFalse -Because 'no connection may be attempted'
        }
        finally { $listener.Stop() }
    }

    It 'does not call a server that redirects elsewhere healthy' {
        Set-SimulatorFault $sim @{ RedirectTo = $llama.Root }
        try {
            $status = Test-LMStudio -Endpoint $sim.Endpoint -WarningAction SilentlyContinue
            $status.Healthy | Should -BeFalse
            $status.Message | Should -BeLike '*redirect*'
        }
        finally { Set-SimulatorFault $sim @{ reset = $true } }
    }
}

Describe 'Server errors that echo the input' {
    It 'reports a <Style> from Find-Phi without the patient''s identifiers' -ForEach @(
        @{ Style = 'FastApi422' }, @{ Style = 'Json400' }, @{ Style = 'PlainText500' }
    ) {
        Set-SimulatorFault $sim @{ EchoErrorNext = 1; EchoErrorStyle = $Style }
        try {
            $null = $note | Find-Phi -Endpoint $sim.Endpoint -Engine Llm -ErrorVariable errs -ErrorAction SilentlyContinue
            @($errs).Count | Should -Be 1
            $text = "$($errs[0]) $($errs[0].Exception)"
            $text | Should -Match 'HTTP (422|400|500)'
            foreach ($identifier in $phi) { $text | Should -Not -BeLike "*$identifier*" }
        }
        finally { Set-SimulatorFault $sim @{ reset = $true } }
    }
}
