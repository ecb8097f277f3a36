$acct = 'pshjdt04rg41'
$secure = ConvertTo-SecureString -String '6rjjpjezEfEX8BBJnEUWnM6cq8JveyWwrCAePPzK7JKr3fZYuYzdZpTFWTWcmdzJHNoW/xfjnkAaNfn4HjzD1A==' -AsPlainText -Force
$cred = [System.Management.Automation.PSCredential]::new("localhost\$acct", $secure)
New-PSDrive -Name S -PSProvider FileSystem -Root "\\$acct.file.core.windows.net\scans" -Credential $cred -Persist
