#Requires -Modules Az.Storage
[CmdletBinding()]
param(
    [string]$ReportDir = 'D:\Reports\Nightly'
)

$ErrorActionPreference = 'Stop'

$shareUrl = 'https://{0}.file.core.windows.net/{1}?{2}' -f 'qmnightlyrpt2', 'reports', 'sv=2022-11-02&spr=https&se=2027-07-31T00%3A00%3A00Z&sr=s&sp=rcwl&sig=nTmu8M6m65xEPf098hgFqMhIY15RPVcqxlkc8gybctw%3D'

$ctxArgs = @{
    StorageAccountName = 'qmnightlyrpt2'
    StorageAccountKey  = 's2GXvQeWJ3xTE+/EGQqRTrSzFc+TBDq1+WsqcIyZdUAM75rouL6LvjCAtl1I/mYzxqTzlbUIKf15epx4IdK9Og=='
}
$ctx = New-AzStorageContext @ctxArgs

$ctxArgsDr = @{ StorageAccountName = 'qmnightlydr01'; StorageAccountKey = (Get-Secret -Name 'nightly-dr-key' -AsPlainText) }

Get-ChildItem $ReportDir -Filter *.pdf | ForEach-Object {
    & azcopy copy $_.FullName $shareUrl
    Set-AzStorageFileContent -ShareName reports -Source $_.FullName -Context $ctx -Force
}
