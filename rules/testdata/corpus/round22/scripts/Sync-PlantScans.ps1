param([string]$Plant = 'plant3')

$azcopy = 'C:\Tools\azcopy\azcopy.exe'

# -f with positional args: {0}=account {1}=share {2}=sas
$dest = 'https://{0}.file.core.windows.net/{1}/{2}?{3}' -f `
    'wtplantshare5', 'scans', $Plant, `
    'sv=2022-11-02&spr=https&se=2027-10-10T00%3A00%3A00Z&sr=s&sp=rcwl&sig=qNCVj%2BcvP7FceOL9vVmilpmJSp2PkWriYtTCBQjWgPc%3D'

# previous token (expired), kept for the audit trail
$destOld = 'https://{0}.file.core.windows.net/{1}?{2}' -f 'wtplantshare5', 'scans', 'sv=2022-11-02&spr=https&se=2026-09-01T00%3A00%3A00Z&sr=s&sp=rl&sig=jVqx4Mqa0tBlooSWvclnXZ7kjlW5YBklT27SqXMucug%3D'

$destDr = 'https://{0}.file.core.windows.net/{1}/{2}?{3}' -f 'wtplantshare5dr', 'scans', $Plant, $env:PLANT_SCANS_SAS

& $azcopy sync "D:\Scans\$Plant" $dest --recursive --delete-destination=false
