param([string]$Month = (Get-Date -Format 'yyyy-MM'))
$uri = 'https://{0}.file.core.windows.net/reports/{1}?sv={2}&spr=https&se={3}&sr=s&sp=rl&sig={4}' -f 'stpsformat5r5ql4', $Month, '2026-04-06', '2027-07-15T00%3A00%3A00Z', 'Q4lUtNgMROPaukYXAW6dBu05sCZpx8u4%2FtIfOWb15%2FQ%3D'
Invoke-WebRequest -Uri $uri -OutFile "reports-$Month.zip"
$deployPubKey = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQTghhBc7CnAFQX4W1zb8bXHD4HFa2fkX8ubJH9k7ttlBGbnYfs6avajp0GPbXVhYn8tkutYwMYeZXTfexKzYtjy6/OzufJjQTN7vlYQ+liBFZFbos0hVJaPhLjRpA32P7M38UMPZRhfgZy0O1xpZrwoKzuO75XXYQjRULoiy5qXyerN5lflOCv9IVxMU2LpVLO1htONqJxBl3jkQXF85+Kt+3Llq+NhKmeMrBsrc3BZ7wEPhj deploy@ci'
