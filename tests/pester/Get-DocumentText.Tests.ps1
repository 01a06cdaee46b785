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
