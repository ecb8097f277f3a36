#1794639012
cd /srv/backup-ops
#1794639020
git pull --ff-only
#1794639101
az login --use-device-code
#1794639188
az storage account keys list -g rg-backup-ops -n stbackupopsjbwc5h -o table
#1794639240
export AZURE_STORAGE_ACCOUNT=stbackupopsjbwc5h
#1794639262
export AZURE_STORAGE_SAS_TOKEN='?sv=2026-04-06&ss=btqf&srt=sco&spr=https&se=2028-01-15T00%3A00%3A00Z&sp=rwdxftlacupiy&sig=JF2MZ%2BB5dmlSnza5oekffD4dCe4NiXXv1W5YPKl6%2BnA%3D'
#1794639301
az storage container list --sas-token "$AZURE_STORAGE_SAS_TOKEN" -o table
#1794639377
az storage blob download --blob-url "https://stbackupopsfsjh3r.blob.core.windows.net/reports/finance/2026-10-close.xlsx?sv=2026-04-06&se=2027-10-31T00%3A00%3A00Z&sr=b&sp=r&rscd=attachment%3B%20filename%3D%222026-10-close.xlsx%22&rsct=application%2Fvnd.openxmlformats-officedocument.spreadsheetml.sheet&sig=qlWgZqR%2FInPkgOhSW%2ByYhPPIPrr1xmbqTp%2BgbtYEQ0A%3D" -f /tmp/close.xlsx
#1794639455
ls -la /tmp/close.xlsx
#1794640012
curl -fSL -o /var/tmp/pg.sql.gz 'https://stbackupopsepwi0v.blob.core.windows.net/db-dumps/pg/2026-09-01.sql.gz?sv=2026-04-06&se=2026-09-15T00%3A00%3A00Z&sr=b&sp=r&sig=ONcTKpsXhZp2YKYDGT6dFjs6J%2F5RcHleyW7J388OBkw%3D'
#1794640019
echo $?
#1794640230
smbclient //stfileshrmrjmyj.file.core.windows.net/ops-share -m SMB3 -U stfileshrmrjmyj%RKe1/fVeG2cUTIqQLH8Yr+a8MWU90mP0ad1RYIE5HaGXQevzeXuquqQlVYNuozZuLPAOIhfIAvwkWDkELC061w== -c 'ls'
#1794640302
sudo mkdir -p /mnt/ops-share
#1794640333
vim /etc/smbcredentials/ops-share.cred
#1794640390
sudo mount -t cifs //stfileshrmrjmyj.file.core.windows.net/ops-share /mnt/ops-share -o credentials=/etc/smbcredentials/ops-share.cred,dir_mode=0750,file_mode=0640,serverino,nosharesock,actimeo=30
#1794640402
df -h /mnt/ops-share
#1794640515
unset AZURE_STORAGE_SAS_TOKEN
#1794640520
history | tail -20
