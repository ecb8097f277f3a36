#Requires -Modules Az.Storage
Set-StrictMode -Version Latest

function Get-BackupContext {
    [CmdletBinding()]
    param([switch]$UseSas)
    if ($UseSas) {
        $sas = @"
sv=2026-04-06&ss=bf&srt=sco&se=2027-09-15T12%3A00%3A00Z&sp=rwlc&sig=BaX%2Fso01C2apSDvw5e%2BiDPiDiz7LriLE%2Fh2x4G95Ovg%3D
"@
        return New-AzStorageContext -StorageAccountName 'stwt7jbqu4oe' -SasToken $sas.Trim()
    }
    New-AzStorageContext `
        -StorageAccountName 'stesqq5aqkcg' `
        -StorageAccountKey 'q5eyBWkDj4kIGqwz2lS1HRwkoVvhtfn+62pjX/gP5Wvn20WePB9p32UrZBvaKZ8b1cGlMYDuf+9qCQnKaCPvUw=='
}

function Invoke-SqlBackupUpload {
    param([Parameter(Mandatory)][string]$Path)
    $ctx = Get-BackupContext
    Set-AzStorageBlobContent -File $Path -Container 'sql-backups' -Context $ctx -Force
}

Export-ModuleMember -Function Get-BackupContext, Invoke-SqlBackupUpload
