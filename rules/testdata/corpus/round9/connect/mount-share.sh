sudo mkdir /mnt/data
if [ ! -d "/etc/smbcredentials" ]; then
sudo mkdir /etc/smbcredentials
fi
if [ ! -f "/etc/smbcredentials/stlinux2p3a1d8kv6.cred" ]; then
    sudo bash -c 'echo "username=stlinux2p3a1d8kv6" >> /etc/smbcredentials/stlinux2p3a1d8kv6.cred'
    sudo bash -c 'echo "password=bmxQqvfXRXiB5hU4ouy+EACO/fcnHauUawAazsqJQUxFAyneBQ+3/vxLQdIPpJxJuOE/xgb0HCQXGiaJrWa7AQ==" >> /etc/smbcredentials/stlinux2p3a1d8kv6.cred'
fi
sudo chmod 600 /etc/smbcredentials/stlinux2p3a1d8kv6.cred

sudo bash -c 'echo "//stlinux2p3a1d8kv6.file.core.windows.net/data /mnt/data cifs nofail,credentials=/etc/smbcredentials/stlinux2p3a1d8kv6.cred,dir_mode=0777,file_mode=0777,serverino,nosharesock,actimeo=30" >> /etc/fstab'
sudo mount -t cifs //stlinux2p3a1d8kv6.file.core.windows.net/data /mnt/data -o credentials=/etc/smbcredentials/stlinux2p3a1d8kv6.cred,dir_mode=0777,file_mode=0777,serverino,nosharesock,actimeo=30
