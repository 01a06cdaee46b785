BeforeAll {
    . "$PSScriptRoot/common.ps1"
    $sim = Start-Simulator
    $locked = Join-Path (New-DocumentFolder (Join-Path $TestDrive 'docs')).FullName 'locked.pdf'
    $password = ConvertTo-SecureString 'secret' -AsPlainText -Force
    # Each document cmdlet in a form that needs no model (rules engines, the hashing embedder) or the simulator.
    $cmdlets = @{
        'Get-DocumentText'     = @{}
        'Find-Phi'             = @{ Engine = 'Rules'; Redact = $true }
        'Get-DocumentCategory' = @{ Engine = 'Rules' }
        'Get-Embedding'        = @{ Provider = 'Builtin'; Model = 'meddocs-hashing-v1' }
        'New-SoapNote'         = @{ Endpoint = $sim.Endpoint }
        'Get-MedicalEntity'    = @{ Endpoint = $sim.Endpoint }
    }
}
AfterAll { Stop-Simulator $sim }

Describe 'The PDF password reaches every cmdlet that reads documents' {
    It '<Name> without a password writes one DocumentPasswordProtected error' -ForEach @(
        @{ Name = 'Get-DocumentText' }, @{ Name = 'Find-Phi' }, @{ Name = 'Get-DocumentCategory' },
        @{ Name = 'Get-Embedding' }, @{ Name = 'New-SoapNote' }, @{ Name = 'Get-MedicalEntity' }
    ) {
        $splat = $cmdlets[$Name]
        $null = & $Name -LiteralPath $locked @splat -ErrorVariable errs -ErrorAction SilentlyContinue
        @($errs).Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'DocumentPasswordProtected*'
    }

    It '<Name> opens the encrypted PDF with -Password' -ForEach @(
        @{ Name = 'Get-DocumentText' }, @{ Name = 'Find-Phi' }, @{ Name = 'Get-DocumentCategory' },
        @{ Name = 'Get-Embedding' }, @{ Name = 'New-SoapNote' }, @{ Name = 'Get-MedicalEntity' }
    ) {
        $splat = $cmdlets[$Name]
        $null = & $Name -LiteralPath $locked -Password $password @splat -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs | Should -BeNullOrEmpty
    }

    It '<Name> opens the encrypted PDF with MEDDOCS_PDF_PASSWORD' -ForEach @(
        @{ Name = 'Get-DocumentText' }, @{ Name = 'Find-Phi' }, @{ Name = 'Get-DocumentCategory' },
        @{ Name = 'Get-Embedding' }, @{ Name = 'New-SoapNote' }, @{ Name = 'Get-MedicalEntity' }
    ) {
        $splat = $cmdlets[$Name]
        $env:MEDDOCS_PDF_PASSWORD = 'secret'
        try {
            $null = & $Name -LiteralPath $locked @splat -ErrorVariable errs -ErrorAction SilentlyContinue
        }
        finally {
            Remove-Item Env:MEDDOCS_PDF_PASSWORD
        }
        $errs | Should -BeNullOrEmpty
    }

    It 'reads the text of the encrypted PDF through Find-Phi -Redact' {
        (Find-Phi -LiteralPath $locked -Password $password -Engine Rules -Redact).Text.Length | Should -BeGreaterThan 100
    }

    It 'shows the password setting masked' {
        $env:MEDDOCS_PDF_PASSWORD = 'secret'
        try {
            $entry = Get-MedDocsConfiguration PdfPassword
        }
        finally {
            Remove-Item Env:MEDDOCS_PDF_PASSWORD
        }
        $entry.Value | Should -Be '****'
        $entry.Source | Should -Be 'Environment'
    }
}
