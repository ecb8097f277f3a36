$connectTestResult = Test-NetConnection -ComputerName qmfilesdept01.file.core.windows.net -Port 445
if ($connectTestResult.TcpTestSucceeded) {
    # Save the password so the drive will persist on reboot
    cmd.exe /C "cmdkey /add:`"qmfilesdept01.file.core.windows.net`" /user:`"localhost\qmfilesdept01`" /pass:`"eQ6Rd7crl5f3cEAOblY6KN+RbiRMqvhYh08ASXdcy99w1wveVnNGg/oCZmCyBEw2uniStJfoHCtS8YY/CyaKwg==`""
    # Mount the drive
    New-PSDrive -Name Q -PSProvider FileSystem -Root "\\qmfilesdept01.file.core.windows.net\finance" -Persist
} else {
    Write-Error -Message "Unable to reach the Azure storage account via port 445. Check to make sure your organization or ISP is not blocking port 445, or use Azure P2S VPN, Azure S2S VPN, or Express Route to tunnel SMB traffic over a different port."
}
