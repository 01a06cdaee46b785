BeforeAll {
    . "$PSScriptRoot/common.ps1"
    # 16 slots in the simulator: its queue is not what limits; maxInFlight counts what MedDocs put on the wire.
    $sim = Start-Simulator -ExtraArgs @('--slots', '16')
    $folder = New-Item -ItemType Directory -Force (Join-Path $TestDrive 'notes')
    $note = (1..30 | ForEach-Object { "Seen on day $_ for a sprain; the pain improves with rest, ice and elevation of the ankle." }) -join "`n"
    1..6 | ForEach-Object { Set-Content -LiteralPath (Join-Path $folder "note-$_.txt") -Value $note }
}
AfterAll { Stop-Simulator $sim }

Describe 'One request gate per server (ServerSlots)' {
    It 'caps two model cmdlets running in one pipeline together at MEDDOCS_SERVER_SLOTS' {
        Reset-Simulator $sim
        Invoke-RestMethod -Method Post "$($sim.Root)/simulator/faults" -Body '{"LatencyMs":200}' | Out-Null
        $env:MEDDOCS_SERVER_SLOTS = '2'
        try {
            # Each cmdlet alone would have 6 documents in flight; both share the server's one gate of 2.
            $found = Get-ChildItem $folder -File |
                Get-DocumentCategory -Engine Llm -Endpoint $sim.Endpoint -ThrottleLimit 6 -NoCache |
                Select-Object Path |
                Find-Phi -Engine Hybrid -Endpoint $sim.Endpoint -ThrottleLimit 6 -NoCache
            $stats = Get-SimulatorStats $sim
            $stats.chat | Should -BeGreaterOrEqual 12
            $stats.maxInFlight | Should -Be 2
        }
        finally {
            Remove-Item Env:MEDDOCS_SERVER_SLOTS -ErrorAction SilentlyContinue
            Invoke-RestMethod -Method Post "$($sim.Root)/simulator/faults" -Body '{"reset":true}' | Out-Null
        }
    }
}
