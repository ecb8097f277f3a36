#!/bin/sh
cat > .env.production <<EOF
AZURE_STORAGE_CONNECTION_STRING=AccountName=mediau9oqovdc;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;SharedAccessSignature=sv=2018-11-09&ss=f&srt=c&spr=https%2Chttp&st=2026-11-14T23%3A00%3A00Z&se=2026-11-25T08%3A24%3A57Z&sp=dcp&sig=1FTIyYasiWETYttxbGsulxs0M5LGgRNfBlIOaPIbwgk%3D;
IOTHUB_CONNECTION_STRING=HostName=plant-85n2.azure-devices.net;SharedAccessKeyName=registryRead;SharedAccessKey=3QB1zbXrTnzPdBg/elpYSJ4P7huxd2zr9P2AK1jhWPQ=
EOF
echo "AZURE_STORAGE_SAS_TOKEN=$AZURE_STORAGE_SAS_TOKEN" >> "$GITHUB_ENV"
