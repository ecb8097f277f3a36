#Requires -Version 7.2
param([string]$Source = 'C:\ProgramData\Fabrikam\config')

$sas = [ordered]@{
    sv = '2022-11-02'
    ss = 'bq'
    srt = 'sco'
    spr = 'https'
    se = '2027-07-07T00:00:00Z'
    sp = 'rwlacup'
    sig = 'MvJ2xwW9QMGjHH0exOUrMdLqiRLv4sIccbrIZ1ZtE30='
}
$query = ($sas.GetEnumerator() | ForEach-Object { '{0}={1}' -f $_.Key, [uri]::EscapeDataString($_.Value) }) -join '&'

Get-ChildItem $Source -File | ForEach-Object {
    $uri = "https://fbkpsbackup02.blob.core.windows.net/configs/$env:COMPUTERNAME/$($_.Name)?$query"
    Invoke-RestMethod -Method Put -Uri $uri -InFile $_.FullName -Headers @{ 'x-ms-blob-type' = 'BlockBlob' }
}
