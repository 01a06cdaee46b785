BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $docs = (New-DocumentFolder (Join-Path $TestDrive 'docs')).FullName
}

Describe 'Get-DocumentText' {
    Context 'paths from the pipeline' {
        It 'reads FileInfo objects from Get-ChildItem' {
            $records = Get-ChildItem "$docs/notes" -File | Get-DocumentText
            $records.Count | Should -Be 3
            $records.Path | Should -Contain (Join-Path $docs 'notes/pipe[1].txt')
        }

        It 'reads Get-Item output for a name with brackets' {
            (Get-Item -LiteralPath "$docs/notes/pipe[1].txt" | Get-DocumentText).Text | Should -BeLike 'Progress note*'
        }

        It 'reads Resolve-Path output, brackets included' {
            $records = Resolve-Path "$docs/notes/*.txt" | Get-DocumentText -ErrorVariable errs
            $errs | Should -BeNullOrEmpty
            $records.Path | Should -Be @((Join-Path $docs 'notes/pipe[1].txt'), (Join-Path $docs 'notes/visit.txt'))
        }

        It 'reads Import-Csv rows by their <Column> column' -ForEach @(@{ Column = 'Path'; File = 'list.csv' }, @{ Column = 'FullName'; File = 'fullnames.csv' }) {
            $rows = Import-Csv (Join-Path $docs $File)
            $records = $rows | Get-DocumentText -ErrorVariable errs
            $errs | Should -BeNullOrEmpty
            $records.Path | Should -Be $rows.$Column
        }

        It 'takes strings from the pipeline as paths' {
            (Join-Path $docs 'notes/visit.txt') | Get-DocumentText | ForEach-Object Kind | Should -Be 'Text'
        }

        It 'refuses an object without a path instead of reading its text as a file name' {
            $records = Get-ChildItem "$docs/notes" -File | Select-Object Length | Get-DocumentText -ErrorVariable errs -ErrorAction SilentlyContinue
            $records | Should -BeNullOrEmpty
            @($errs).Count | Should -Be 3
            "$($errs[0])" | Should -BeLike '*FullName*'
        }
    }

    Context 'paths on the command line' {
        It 'expands wildcards' {
            (Get-DocumentText -Path "$docs/notes/*.md").Path | Should -Be (Join-Path $docs 'notes/followup.md')
        }

        It 'reads a name with brackets through -LiteralPath' {
            (Get-DocumentText -LiteralPath "$docs/notes/pipe[1].txt").Characters | Should -BeGreaterThan 10
        }

        It 'reads relative paths against the current location' {
            Push-Location "$docs/notes"
            try { (Get-DocumentText -Path visit.txt).Path | Should -Be (Join-Path $docs 'notes/visit.txt') }
            finally { Pop-Location }
        }

        It 'reads through a PowerShell drive' {
            $null = New-PSDrive -Name MedDocsTest -PSProvider FileSystem -Root $docs
            try { (Get-DocumentText -Path 'MedDocsTest:/notes/visit.txt').Path | Should -Be (Join-Path $docs 'notes/visit.txt') }
            finally { Remove-PSDrive MedDocsTest }
        }

        It 'writes an error with the -LiteralPath hint when a pattern matches nothing' {
            $records = Get-DocumentText -Path "$docs/notes/*.nothing" -ErrorVariable errs -ErrorAction SilentlyContinue
            $records | Should -BeNullOrEmpty
            @($errs).Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'FileNotFound*'
            $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            "$($errs[0])" | Should -BeLike '*-LiteralPath*'
        }

        It 'refuses a path on a provider other than the file system' {
            Get-DocumentText -Path 'Env:/PATH' -ErrorVariable errs -ErrorAction SilentlyContinue
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'PathNotFileSystem*'
        }
    }

    Context 'errors in a batch' {
        It 'writes one error record per bad file (<Name>) and reads the rest' -ForEach @(
            @{ Name = 'missing.txt'; Id = 'FileNotFound'; Category = 'ObjectNotFound' }
            @{ Name = 'broken.pdf'; Id = 'DocumentCorrupt'; Category = 'InvalidData' }
            @{ Name = 'locked.pdf'; Id = 'DocumentPasswordProtected'; Category = 'SecurityError' }
        ) {
            $paths = (Join-Path $docs 'notes/visit.txt'), (Join-Path $docs $Name), (Join-Path $docs 'notes/followup.md')
            $records = Get-DocumentText -LiteralPath $paths -ErrorVariable errs -ErrorAction SilentlyContinue
            @($records).Count | Should -Be 2
            @($errs).Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -BeLike "$Id*"
            $errs[0].CategoryInfo.Category | Should -Be $Category
            $errs[0].TargetObject | Should -Be (Join-Path $docs $Name)
            "$($errs[0])" | Should -BeLike "*$Name*"
        }

        It 'opens a password-protected PDF with -Password' {
            $password = ConvertTo-SecureString 'secret' -AsPlainText -Force
            (Get-DocumentText -LiteralPath (Join-Path $docs 'locked.pdf') -Password $password).Characters | Should -BeGreaterThan 100
        }
    }

    Context 'incomplete text (scanned, blank, damaged)' {
        BeforeAll {
            # A PDF of full-page scans with a one-line e-filing stamp in real text (the image data as ASCIIHex, so
            # the file is plain text), and one with a blank page.
            function New-TestPdf([string] $Path, [string[]] $Contents, [switch] $WithImage) {
                $objects = [System.Collections.Generic.List[string]]::new()
                $objects.Add('<< /Type /Catalog /Pages 2 0 R >>'); $objects.Add('')
                $kids = foreach ($content in $Contents) {
                    $resources = '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>'
                    if ($WithImage) {
                        $hex = ('00' * 64) + '>'
                        $objects.Add("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length $($hex.Length) >>`nstream`n$hex`nendstream")
                        $resources = $resources.Replace('<< /Font', "<< /XObject << /Im1 $($objects.Count) 0 R >> /Font")
                    }
                    $objects.Add("<< /Length $($content.Length) >>`nstream`n$content`nendstream")
                    $objects.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources $resources /Contents $($objects.Count) 0 R >>")
                    "$($objects.Count) 0 R"
                }
                $objects[1] = "<< /Type /Pages /Count $($Contents.Count) /Kids [$($kids -join ' ')] >>"
                $text = [System.Text.StringBuilder]::new("%PDF-1.7`n")
                $offsets = for ($i = 0; $i -lt $objects.Count; $i++) { $text.Length; [void]$text.Append("$($i + 1) 0 obj`n$($objects[$i])`nendobj`n") }
                $xref = $text.Length
                [void]$text.Append("xref`n0 $($objects.Count + 1)`n0000000000 65535 f `n")
                foreach ($offset in $offsets) { [void]$text.Append(('{0:D10} 00000 n ' -f $offset) + "`n") }
                [void]$text.Append("trailer`n<< /Size $($objects.Count + 1) /Root 1 0 R >>`nstartxref`n$xref`n%%EOF`n")
                [System.IO.File]::WriteAllText($Path, $text.ToString(), [System.Text.Encoding]::Latin1)
            }
            $stamp = 'q 612 0 0 792 0 0 cm /Im1 Do Q BT /F1 8 Tf 72 780 Td (Case 2:24-cv-01234 Filed 03/04/24) Tj ET'
            $filing = Join-Path $TestDrive 'filing.pdf'
            New-TestPdf -Path $filing -Contents $stamp, $stamp -WithImage
            $blank = Join-Path $TestDrive 'blank.pdf'
            New-TestPdf -Path $blank -Contents 'BT /F1 12 Tf 72 700 Td (Discharge summary) Tj ET', ''
        }

        It 'flags a scanned filing with a stamp and writes a warning naming the pages' {
            $record = Get-DocumentText -LiteralPath $filing -WarningVariable warnings -WarningAction SilentlyContinue
            $record.Scanned | Should -BeTrue
            $record.NeedsOcr | Should -BeTrue
            $record.Text | Should -BeLike 'Case 2:24-cv-01234*'
            @($warnings).Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike "'filing.pdf': pages 1–2 are scanned images*need OCR*"
            $record.Warnings | Should -Be "$($warnings[0])"
        }

        It 'names a blank page, and the warning never quotes the text' {
            $null = Get-DocumentText -LiteralPath $blank -WarningVariable warnings -WarningAction SilentlyContinue
            "$($warnings[0])" | Should -Be "'blank.pdf': page 2 is blank."
        }

        It 'warns from the shared base for other document cmdlets too' {
            $result = Get-DocumentCategory -LiteralPath $blank -Engine Rules -WarningVariable warnings -WarningAction SilentlyContinue
            "$($warnings[0])" | Should -Be "'blank.pdf': page 2 is blank."
            $result.Warnings | Should -Be "'blank.pdf': page 2 is blank."
        }

        It 'writes the warnings as one cell in CSV and as a list in JSON' {
            $result = Get-DocumentCategory -LiteralPath $blank, $filing -Engine Rules -WarningAction SilentlyContinue
            $csv = Join-Path $TestDrive 'warnings.csv'
            $result | Export-Csv -LiteralPath $csv
            (Import-Csv $csv)[0].Warnings | Should -Be "'blank.pdf': page 2 is blank."
            (Import-Csv $csv)[1].Warnings | Should -Not -BeLike '*System.*'
            ($result[0] | ConvertTo-Json | ConvertFrom-Json).Warnings | Should -Be @("'blank.pdf': page 2 is blank.")
        }

        It 'writes no warning for complete text' {
            $null = Get-DocumentText -LiteralPath (Join-Path $docs 'notes/visit.txt') -WarningVariable warnings
            $warnings | Should -BeNullOrEmpty
        }
    }

    Context 'output' {
        It 'writes one record per page with -PerPage' {
            $pages = Get-DocumentText -LiteralPath (Join-Path $docs 'referral.pdf') -PerPage
            $pages[0].Page | Should -Be 1
            $pages.Count | Should -Be $pages[0].Pages
        }

        It 'writes the same names to JSON and CSV' {
            $record = Get-DocumentText -LiteralPath (Join-Path $docs 'notes/visit.txt')
            ($record | ConvertTo-Json | ConvertFrom-Json).Kind | Should -Be 'Text'
            $csv = Join-Path $TestDrive 'text.csv'
            $record | Export-Csv -LiteralPath $csv
            (Import-Csv $csv).Kind | Should -Be 'Text'
        }

        It 'keeps input order with -ThrottleLimit' {
            $files = Get-ChildItem $SamplesFolder -File | Sort-Object Length -Descending
            (Get-DocumentText -LiteralPath $files.FullName -ThrottleLimit 4).Path | Should -Be $files.FullName
        }

        It 'shows "i of N" progress' {
            $run = Invoke-WithStreams { Get-ChildItem $folder -File | Get-DocumentText | Out-Null } @{ folder = "$docs/notes" }
            $run.Progress.StatusDescription | Should -Contain '3 of 3'
        }
    }
}
