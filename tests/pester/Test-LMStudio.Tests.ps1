BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $sim = Start-Simulator
    $ollama = Start-Simulator -Kind ollama

    function Get-ModelCompletion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
    }
}
AfterAll {
    Stop-Simulator $sim
    Stop-Simulator $ollama
}

Describe 'Test-LMStudio' {
    It 'reports models with their loaded state' {
        $status = Test-LMStudio -Endpoint $sim.Endpoint
        $status.Healthy | Should -BeTrue
        ($status.Models | Where-Object Loaded).Count | Should -BeGreaterThan 0
        ($status.Models | Where-Object { $_.Loaded -eq $false }).Count | Should -BeGreaterThan 0
    }

    It 'returns $false with -Quiet when a required model is not loaded' {
        Test-LMStudio -Endpoint $sim.Endpoint -RequiredModel meditron-7b -Quiet | Should -BeFalse
    }

    It 'returns $false with -Quiet against a closed port, and warns without -Quiet' {
        $closed = "http://127.0.0.1:$(Get-FreePort)/v1"
        Test-LMStudio -Endpoint $closed -Quiet | Should -BeFalse
        $status = Test-LMStudio -Endpoint $closed -WarningVariable warned -WarningAction SilentlyContinue
        $status.Reachable | Should -BeFalse
        "$warned" | Should -BeLike '*lms server start*'
    }

    It 'accepts required models from the pipeline' {
        $status = 'qwen2.5-7b-instruct' | Test-LMStudio -Endpoint $sim.Endpoint
        $status.MissingModels | Should -BeNullOrEmpty
    }

    It 'reads Ollama''s own listing with -Provider Ollama' {
        $env:OLLAMA_HOST = $ollama.Endpoint
        try { (Test-LMStudio -Provider Ollama).Server | Should -BeLike 'Ollama*' }
        finally { Remove-Item env:OLLAMA_HOST }
    }

    It 'shows its list view with the models' {
        $view = Test-LMStudio -Endpoint $sim.Endpoint | Out-String
        $view | Should -Match 'qwen2\.5-7b-instruct \(loaded\)'
    }
}

Describe '-Model tab completion' {
    It 'asks the server named by -Endpoint on the command line' {
        Get-ModelCompletion "Get-DocumentCategory -Endpoint $($sim.Endpoint) -Model qwen" | Should -Contain 'qwen2.5-7b-instruct'
    }

    It 'asks the provider named by -Provider on the command line' {
        $env:OLLAMA_HOST = $ollama.Endpoint
        try { Get-ModelCompletion 'New-SoapNote -Provider Ollama -Model ' | Should -Contain 'llama3.2:3b' }
        finally { Remove-Item env:OLLAMA_HOST }
    }

    It 'offers chat models to chat cmdlets and embedding models to Get-Embedding' {
        $chat = Get-ModelCompletion "Find-Phi -Endpoint $($sim.Endpoint) -Model "
        $embedding = Get-ModelCompletion "Get-Embedding -Endpoint $($sim.Endpoint) -Model "
        $chat | Should -Contain 'qwen2.5-7b-instruct'
        $chat | Should -Not -Contain 'text-embedding-nomic-embed-text-v1.5'
        $embedding | Should -Contain 'text-embedding-nomic-embed-text-v1.5'
        $embedding | Should -Not -Contain 'qwen2.5-7b-instruct'
    }

    It 'reads .env from the current location' {
        $folder = New-Item -ItemType Directory -Force (Join-Path $TestDrive 'project')
        Set-Content -LiteralPath (Join-Path $folder '.env') -Value "LMSTUDIO_HOST=$($sim.Endpoint)"
        Push-Location $folder
        try { Get-ModelCompletion 'Test-LMStudio -Model qwen' | Should -Contain 'qwen2.5-7b-instruct' }
        finally { Pop-Location }
    }

    It 'keeps the model list per session' {
        $own = Start-Simulator
        try {
            $line = "Get-DocumentCategory -Endpoint $($own.Endpoint) -Model q"
            $null = Get-ModelCompletion $line
            $firstSession = (Get-SimulatorStats $own).models
            $firstSession | Should -BeGreaterThan 0
            $null = Get-ModelCompletion $line
            (Get-SimulatorStats $own).models | Should -Be $firstSession -Because 'the same session reuses its list'
            $run = Invoke-WithStreams { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText } @{ line = $line }
            $run.Output | Should -Contain 'qwen2.5-7b-instruct'
            (Get-SimulatorStats $own).models | Should -Be (2 * $firstSession) -Because 'another session asks the server itself'
        }
        finally { Stop-Simulator $own }
    }

    It 'never asks a host the local-only policy refuses' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Any, 0)
        $listener.Start()
        try {
            $address = (Get-NetworkAddress)
            if (-not $address) { Set-ItResult -Inconclusive -Because 'this machine has no non-loopback address'; return }
            $line = "Get-DocumentCategory -Endpoint http://$($address):$($listener.LocalEndpoint.Port)/v1 -Model "
            Get-ModelCompletion $line | Should -BeNullOrEmpty
            $listener.Pending() | Should -BeFalse -Because 'no connection may be attempted'
        }
        finally { $listener.Stop() }
    }
}
