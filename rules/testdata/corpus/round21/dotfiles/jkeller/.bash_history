cd ~/src/harborline
git pull --rebase
export AZURE_STORAGE_CONNECTION_STRING='DefaultEndpointsProtocol=https;AccountName=hlopsscratch;AccountKey=x4/nZhp1PyOBiWDT2dNH9CfgSisbyjoyyRPNMjB8K3Fh9aRdCWl4WtM4Wq7xWaFu/bLqU0AL/0jw4uNJXeG8cw==;EndpointSuffix=core.windows.net'
az storage container list -o table
az storage account keys list -n hlbackupsvm02 --query '[0].value' -o tsv
az storage blob list -c vhd --account-name hlbackupsvm02 --account-key 0GGoYrnSZJXZPPkshZNFkeaNEowF/WaH2beTtmrNYnPixdpT2xrWunL7GABIHfSqvyRId8zeex8Gp4INF4Vcvg== -o table
azcopy copy 'https://hlbackupsvm02.blob.core.windows.net/vhd/build-agent-03.vhd?sv=2022-11-02&spr=https&se=2026-05-10T00%3A00%3A00Z&sr=b&sp=r&sig=lRXwDC0lFe8F4IsB2oUw9xAwivHa0llG4IcJO3d4Cck%3D' /data/vhd/
azcopy copy /data/vhd/build-agent-04.vhd 'https://hlbackupsvm02.blob.core.windows.net/vhd?sv=2022-11-02&spr=https&se=2027-07-01T00%3A00%3A00Z&sr=c&sp=racwl&sig=Q9Km35owUXwLjsh36gQbcmJz3sumH40HeEX%2Fdfihd1I%3D'
echo '9c797aa2571998ba6f339ecaff0a947f5e6e537e52ea7dd17828d8ece7f0f889  build-agent-04.vhd' | sha256sum -c
kubectl -n recon-staging get secret recon-storage -o yaml
history | grep azcopy
