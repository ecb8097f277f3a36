#Requires -Version 7
param([string]$Month = (Get-Date).AddMonths(-1).ToString('yyyy-MM'))

# Finance gave us a read-only link; split out so it is easier to update.
$sas = @{
    sv  = '2022-11-02'
    spr = 'https'
    se  = '2027-10-31T00:00:00Z'
    sr  = 'b'
    sp  = 'r'
    sig = 'pbD/yuP4G5KFYuDaALoKfm6x1bevGSDOLpKEeSE6B1g='
}
$query = ($sas.GetEnumerator() | ForEach-Object { "{0}={1}" -f $_.Key, [uri]::EscapeDataString($_.Value) }) -join '&'
Invoke-WebRequest -Uri "https://qmfinancerpts.blob.core.windows.net/monthly/2026-10/pnl.xlsx?$query" -OutFile "pnl-$Month.xlsx"

# June run (kept for reference)
# Invoke-WebRequest -Uri 'https://qmfinancerpts.blob.core.windows.net/monthly/2026-06/pnl.xlsx?sv=2022-11-02&spr=https&se=2026-07-15T00%3A00%3A00Z&sr=b&sp=r&sig=otkj%2Bj8DwK3TVGw5Ki7qhAnT1uCARfUrhDryg50%2Fy%2Fs%3D' -OutFile pnl-2026-06.xlsx
