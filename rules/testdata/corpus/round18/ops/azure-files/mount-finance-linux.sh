sudo mkdir /mnt/finance
if [ ! -d "/etc/smbcredentials" ]; then
sudo mkdir /etc/smbcredentials
fi
if [ ! -f "/etc/smbcredentials/qmfilesdept01x.cred" ]; then
    sudo bash -c 'echo "username=qmfilesdept01x" >> /etc/smbcredentials/qmfilesdept01x.cred'
    sudo bash -c 'echo "password=zkPukXhgrKxRerva6jsvnieUzES+j2G6+/dE6Me47Z2UWjLwniFUpN449pfe5YYJ+G8a6fpNqRQinxDPmR4nKA==" >> /etc/smbcredentials/qmfilesdept01x.cred'
fi
sudo chmod 600 /etc/smbcredentials/qmfilesdept01x.cred

sudo bash -c 'echo "//qmfilesdept01x.file.core.windows.net/finance /mnt/finance cifs nofail,credentials=/etc/smbcredentials/qmfilesdept01x.cred,dir_mode=0777,file_mode=0777,serverino,nosharesock,actimeo=30" >> /etc/fstab'
sudo mount -t cifs //qmfilesdept01x.file.core.windows.net/finance /mnt/finance -o credentials=/etc/smbcredentials/qmfilesdept01x.cred,dir_mode=0777,file_mode=0777,serverino,nosharesock,actimeo=30
