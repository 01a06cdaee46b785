BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $docs = (New-DocumentFolder (Join-Path $TestDrive 'docs')).FullName
    $sim = Start-Simulator
    # The companion module is staged beside the module under test (out/MedDocs.MiniLM next to out/MedDocs).
    $script:CompanionFolder = Join-Path (Split-Path $ModuleFolder -Parent) 'MedDocs.MiniLM'
    if (-not (Test-Path (Join-Path $CompanionFolder 'model.onnx'))) {
        throw "The MedDocs.MiniLM companion module is not staged: dotnet publish src/MedDocs -c Release stages it beside out/MedDocs."
    }
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    $script:Rid = "$os-$([System.Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant())"
    $script:NativeFile = if ($IsWindows) { 'onnxruntime.dll' } elseif ($IsMacOS) { 'libonnxruntime.dylib' } else { 'libonnxruntime.so' }
    # 'Hello world' through the Python sentence-transformers reference (sources in minilm_reference.json).
    $script:HelloWorld = @(-0.0344772525, 0.0310232453, 0.0067349621, 0.0261089168, -0.0393620133)

    # Lists the native onnxruntime files this process has mapped (the script runs in the process it inspects).
    $script:ListLoadedOnnxRuntime = @'
function Get-LoadedOnnxRuntime {
    if ($IsLinux) {
        Get-Content /proc/self/maps | ForEach-Object { ($_ -split '\s+', 6)[5] } | Where-Object { $_ -match 'onnxruntime\.(so|dylib|dll)' -and $_ -notmatch '\.db' } | Sort-Object -Unique
    }
    else {
        [System.Diagnostics.Process]::GetCurrentProcess().Modules.FileName | Where-Object { $_ -match 'onnxruntime\.(so|dylib|dll)' } | Sort-Object -Unique
    }
}
'@
}

AfterAll { Stop-Simulator $sim }

Describe 'Get-Embedding' {
    It 'embeds strings offline with the builtin embedder' {
        $records = 'chest pain on exertion', 'fractured left wrist after a fall' | Get-Embedding -Provider Builtin
        $records.Count | Should -Be 2
        $records[0].Provider | Should -Be 'builtin'
        $records[0].Label | Should -Be 'text'
        $records[0].Dimensions | Should -Be $records[0].Vector.Count
    }

    It 'embeds files with the server model, in input order, and records the server' {
        $files = Get-ChildItem "$docs/notes" -File
        $records = $files | Get-Embedding -Endpoint $sim.Endpoint
        $records.Path | Should -Be $files.FullName
        $records[0].Model | Should -Be 'text-embedding-nomic-embed-text-v1.5'
        $records[0].Endpoint.TrimEnd('/') | Should -Be $sim.Endpoint
        (Get-SimulatorStats $sim).embeddings | Should -BeGreaterThan 0
    }

    It 'carries no document text unless -IncludeText' {
        (Get-Item "$docs/notes/visit.txt" | Get-Embedding -Endpoint $sim.Endpoint).Text | Should -BeNullOrEmpty
        (Get-Item "$docs/notes/visit.txt" | Get-Embedding -Endpoint $sim.Endpoint -IncludeText).Text | Should -BeLike '*Progress note*'
    }

    It 'cuts vectors with -Dimensions' {
        ('knee pain' | Get-Embedding -Endpoint $sim.Endpoint -Dimensions 256).Dimensions | Should -Be 256
    }

    It 'writes an error for a bad file and embeds the rest' {
        $records = Get-Embedding -Endpoint $sim.Endpoint -LiteralPath "$docs/notes/visit.txt", "$docs/broken.pdf", "$docs/notes/followup.md" -ErrorVariable errs -ErrorAction SilentlyContinue
        @($records).Count | Should -Be 2
        $errs[0].TargetObject | Should -Be (Join-Path $docs 'broken.pdf')
    }

    It 'round-trips through JSON with full vectors' {
        $record = 'knee pain' | Get-Embedding -Endpoint $sim.Endpoint
        $back = $record | ConvertTo-Json -Depth 3 | ConvertFrom-Json
        $back.Vector.Count | Should -Be $record.Dimensions
        [float]$back.Vector[0] | Should -Be $record.Vector[0]
    }
}

Describe 'Get-Embedding with the builtin all-MiniLM-L6-v2' {
    It 'embeds offline with the reference model''s vectors' {
        $record = 'Hello world' | Get-Embedding -Provider Builtin
        $record.Model | Should -Be 'all-MiniLM-L6-v2'
        $record.Provider | Should -Be 'builtin'
        $record.Dimensions | Should -Be 384
        foreach ($i in 0..4) { [math]::Abs($record.Vector[$i] - $HelloWorld[$i]) | Should -BeLessThan 1e-4 }
    }

    It 'chunks a long document with offsets into its text, and refuses it whole with a clear error' {
        $path = Join-Path $SamplesFolder 'discharge-summary.txt'
        $chunks = Get-Embedding -LiteralPath $path -Provider Builtin -Chunk -IncludeText
        @($chunks).Count | Should -BeGreaterThan 2
        $text = (Get-DocumentText -LiteralPath $path).Text
        $chunks | ForEach-Object { $text.Substring($_.Start, $_.Length) | Should -BeExactly $_.Text }

        $whole = Get-Embedding -LiteralPath $path -Provider Builtin -ErrorVariable errs -ErrorAction SilentlyContinue
        $whole | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'EmbeddingInputTooLong*'
        # PowerShell's wording of the core's host-neutral message: the parameter as -Chunk.
        $errs[0].ToString() | Should -BeLike '*Use -Chunk to embed it in passages*'
        $errs[0].Exception.Message | Should -Not -BeLike '*-Chunk*'
    }

    It 'points a blank document at Get-DocumentText (the CLI says `meddocs text`)' {
        $blank = Join-Path $TestDrive 'blank.txt'
        Set-Content -LiteralPath $blank -Value "   `n"
        $result = Get-Embedding -LiteralPath $blank -Provider Builtin -Model meddocs-hashing-v1 -ErrorVariable errs -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $errs[0].ToString() | Should -BeLike '*has no text to embed: it is blank; Get-DocumentText shows what text is read from it.'
    }

    It 'ranks a paraphrase that shares no words first (Measure-EmbeddingSimilarity embeds the query with the same model)' {
        $index = @(
            'Radiographs confirm a distal radius fracture.' | Get-Embedding -Provider Builtin -Label xray -IncludeText
            'Invoice for physical therapy sessions, balance due.' | Get-Embedding -Provider Builtin -Label invoice -IncludeText
            'The witness was sworn in before testifying.' | Get-Embedding -Provider Builtin -Label oath -IncludeText
        )
        $best = $index | Measure-EmbeddingSimilarity -Query 'she broke her wrist' -Top 1
        $best.Label | Should -Be 'xray'
        $best.Model | Should -Be 'all-MiniLM-L6-v2'
    }

    It 'falls back to it under Auto when no server answers' {
        $closed = "http://127.0.0.1:$(Get-FreePort)/v1"
        $env:LMSTUDIO_HOST = $closed; $env:OLLAMA_HOST = "http://127.0.0.1:$(Get-FreePort)"
        try {
            $record = 'chest pain on exertion' | Get-Embedding -Provider Auto -WarningVariable warned -WarningAction SilentlyContinue
        }
        finally { Remove-Item env:LMSTUDIO_HOST, env:OLLAMA_HOST }
        $record.Model | Should -Be 'all-MiniLM-L6-v2'
        $warned | Should -Not -BeNullOrEmpty
    }

    It 'serves parallel runspaces from one model, with identical vectors' {
        $manifest = $ModuleManifest
        $vectors = 1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
            Import-Module $using:manifest
            ('Patient reports wrist pain after a fall.' | Get-Embedding -Provider Builtin).Vector -join ','
        }
        @($vectors | Sort-Object -Unique).Count | Should -Be 1
    }

    It 'keeps the lexical hashing embedder on request, and ranks its records with it' {
        $records = 'lumbar disc herniation', 'invoice for therapy' | Get-Embedding -Provider Builtin -Model meddocs-hashing-v1
        $records.Model | Sort-Object -Unique | Should -Be 'meddocs-hashing-v1'
        $records[0].Dimensions | Should -Be 768
        ($records | Measure-EmbeddingSimilarity -Query 'lumbar disc' -Top 1).Model | Should -Be 'meddocs-hashing-v1'
    }
}

Describe 'all-MiniLM-L6-v2 inside the module''s isolation' {
    It 'loads ONNX Runtime from the MedDocs.MiniLM companion, into MedDocs'' own load context' {
        $script = $ListLoadedOnnxRuntime + @"
Import-Module '$ModuleManifest'
`$null = 'Hello world' | Get-Embedding -Provider Builtin
`$ort = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.ML.OnnxRuntime' }
'context=' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$ort[0]).Name
'managed=' + `$ort[0].Location
Get-LoadedOnnxRuntime | ForEach-Object { 'native=' + `$_ }
"@
        $run = Invoke-FreshPwsh $script
        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $run.Output | Should -Contain 'context=MedDocs'
        ($run.Output | Where-Object { $_ -like 'managed=*' }) | Should -Be ('managed=' + (Join-Path $ModuleFolder 'bin/Microsoft.ML.OnnxRuntime.dll'))
        $expected = Join-Path $CompanionFolder "runtimes/$Rid/native/$NativeFile"
        ($run.Output | Where-Object { $_ -like 'native=*' }) | Should -Contain "native=$expected"
    }

    It 'loads its own copy even when another onnxruntime is already in the process' {
        # Another module's ONNX Runtime, loaded first into PowerShell's default context from a folder of its own.
        $foreign = Join-Path $TestDrive 'other-module'
        $null = New-Item -ItemType Directory $foreign -Force
        Copy-Item (Join-Path $CompanionFolder "runtimes/$Rid/native/$NativeFile") $foreign
        $foreignFile = Join-Path $foreign $NativeFile
        $script = $ListLoadedOnnxRuntime + @"
`$null = [System.Runtime.InteropServices.NativeLibrary]::Load('$foreignFile')
Import-Module '$ModuleManifest'
`$v = ('Hello world' | Get-Embedding -Provider Builtin).Vector
'first=' + `$v[0]
Get-LoadedOnnxRuntime | ForEach-Object { 'native=' + `$_ }
"@
        $run = Invoke-FreshPwsh $script
        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $natives = $run.Output | Where-Object { $_ -like 'native=*' }
        $natives | Should -Contain "native=$foreignFile"
        $natives | Should -Contain ('native=' + (Join-Path $CompanionFolder "runtimes/$Rid/native/$NativeFile"))
        [math]::Abs([double](($run.Output | Where-Object { $_ -like 'first=*' }) -replace 'first=') - $HelloWorld[0]) | Should -BeLessThan 1e-4
    }

    It 'says how to install the companion when it is missing, and still offers the hashing embedder' {
        $alone = Join-Path $TestDrive 'modules-without-companion'
        $null = New-Item -ItemType Directory $alone -Force
        Copy-Item -Recurse $ModuleFolder (Join-Path $alone 'MedDocs')
        $script = @"
`$env:PSModulePath = '$alone'
Import-Module '$(Join-Path $alone 'MedDocs/MedDocs.psd1')'
try { 'x' | Get-Embedding -Provider Builtin -ErrorAction Stop } catch { 'id=' + `$_.FullyQualifiedErrorId; 'message=' + `$_.ToString() }
'hashing=' + ('x' | Get-Embedding -Provider Builtin -Model meddocs-hashing-v1).Model
"@
        $run = Invoke-FreshPwsh $script
        ($run.Output | Where-Object { $_ -like 'id=*' }) | Should -BeLike 'id=MiniLmNotInstalled*'
        ($run.Output | Where-Object { $_ -like 'message=*' }) | Should -BeLike '*Install-Module MedDocs.MiniLM*'
        $run.Output | Should -Contain 'hashing=meddocs-hashing-v1'
    }
}
