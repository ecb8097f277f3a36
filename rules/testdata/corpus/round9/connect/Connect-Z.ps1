$connectTestResult = Test-NetConnection -ComputerName stfilesnwv7a1q2uh.file.core.windows.net -Port 445
if ($connectTestResult.TcpTestSucceeded) {
    # Save the password so the drive will persist on reboot
    cmd.exe /C "cmdkey /add:`"stfilesnwv7a1q2uh.file.core.windows.net`" /user:`"localhost\stfilesnwv7a1q2uh`" /pass:`"emgjYrlI8RxK5CJ6eq5KAs+aWDdf+dXLpD9HZGWgQqU8TU0mb1D+ctYWrJnPyAhry0hyGLDsa7aB5L/3ZuBKSA==`""
    # Mount the drive
    New-PSDrive -Name Z -PSProvider FileSystem -Root "\\stfilesnwv7a1q2uh.file.core.windows.net\profiles" -Persist
} else {
    Write-Error -Message "Unable to reach the Azure storage account via port 445. Check to make sure your organization or ISP is not blocking port 445, or use Azure P2S VPN, Azure S2S VPN, or Express Route to tunnel SMB traffic over a different port."
}
