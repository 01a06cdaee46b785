# Every example in the help runs, as written, in a folder laid out the way the examples assume, against the simulator.
BeforeDiscovery {
    . "$PSScriptRoot/common.ps1"
    $examples = foreach ($command in (Get-Command -Module MedDocs | Sort-Object Name)) {
        $number = 0
        foreach ($example in (Get-Help $command.Name -Examples).Examples.Example) {
            $number++
            @{ Command = $command.Name; Number = $number; Code = ($example.Code -join "`n").Trim() }
        }
    }
}

BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $sim = Start-Simulator
    $ollama = Start-Simulator -Kind ollama
    $env:LMSTUDIO_HOST = $sim.Endpoint
    $env:OLLAMA_HOST = $ollama.Endpoint

    # The folder the examples talk about: notes/, intake/, mail/, records/, transcripts/ and single files.
    $workspace = (New-Item -ItemType Directory -Force (Join-Path $TestDrive 'workspace')).FullName
    foreach ($name in 'notes', 'intake', 'mail', 'records', 'transcripts') { $null = New-Item -ItemType Directory -Force (Join-Path $workspace $name) }
    $fixtures = Join-Path $RepoRoot 'tests/MedDocs.Pdf.Tests/Fixtures'
    Copy-Item "$SamplesFolder/discharge-summary.txt", "$SamplesFolder/lab-report.txt" (Join-Path $workspace 'notes')
    Rename-Item (Join-Path $workspace 'notes/lab-report.txt') 'fall-from-ladder.txt'
    Copy-Item "$SamplesFolder/ed-visit-note.md", "$SamplesFolder/hospital-invoice.txt" (Join-Path $workspace 'intake')
    Copy-Item (Join-Path $fixtures 'libreoffice-referral.pdf') (Join-Path $workspace 'intake/referral.pdf')
    Copy-Item (Join-Path $fixtures 'libreoffice-referral.pdf') (Join-Path $workspace 'referral.pdf')
    Copy-Item "$SamplesFolder/itemized-hospital-bill.pdf", "$SamplesFolder/radiology-report.pdf" (Join-Path $workspace 'mail')
    Copy-Item "$SamplesFolder/police-accident-report.txt", "$SamplesFolder/pt-progress-note.docx" (Join-Path $workspace 'records')
    Copy-Item (Join-Path $fixtures 'enc-userpw-aes-256.pdf') (Join-Path $workspace 'statement.pdf')
    Copy-Item "$SamplesFolder/ed-visit-note.md" (Join-Path $workspace 'note.txt')
    Copy-Item "$SamplesFolder/ortho-followup-consultation.whisperx.json" (Join-Path $workspace 'visit.whisperx.json')
    $visit = 'Doctor: What brings you in? Patient: My knee hurts on stairs. I take ibuprofen 400 mg twice a day. Doctor: Any allergies? Patient: Penicillin.'
    Set-Content -LiteralPath (Join-Path $workspace 'visit.txt') -Value $visit
    Set-Content -LiteralPath (Join-Path $workspace 'transcripts/first.txt') -Value $visit
    Set-Content -LiteralPath (Join-Path $workspace 'transcripts/second.txt') -Value 'Doctor: How is the wrist? Patient: Better since the cast came off.'
    Set-Content -LiteralPath (Join-Path $workspace 'long-visit.txt') -Value ((1..200 | ForEach-Object { "Doctor: Question $_? Patient: Answer $_ about my back pain." }) -join "`n")
}
AfterAll {
    Remove-Item env:LMSTUDIO_HOST, env:OLLAMA_HOST -ErrorAction SilentlyContinue
    Stop-Simulator $sim
    Stop-Simulator $ollama
}

Describe 'Help examples' {
    It '<Command> example <Number> runs: <Code>' -ForEach $examples {
        # Interactive and desktop commands the examples end in get stand-ins: a prompt answered with the fixture's
        # password, a clipboard that keeps what it is given, and an `lms` that must not be needed.
        $prelude = @'
function Read-Host { param([switch] $AsSecureString, [Parameter(ValueFromRemainingArguments)] $Prompt) ConvertTo-SecureString 'secret' -AsPlainText -Force }
function Set-Clipboard { param([Parameter(ValueFromPipeline)] $Value) process { $global:Clipboard += @($Value) } }
function lms { throw 'lms was called: the example expected the model to be loaded' }
$ErrorActionPreference = 'Stop'
'@
        $run = Invoke-WithStreams ([scriptblock]::Create("$prelude`nSet-Location -LiteralPath '$workspace'`n$Code")) 
        $run.Errors | ForEach-Object { "$_" } | Should -BeNullOrEmpty
    }
}
