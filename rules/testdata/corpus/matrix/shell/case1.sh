#!/bin/sh
export STORAGE='https://backupc1dnzkti.z36.blob.storage.azure.net/logs/img/logo.png?sv=2020-08-04&spr=https%2Chttp&se=2026-12-06T13%3A57%3A18Z&sr=b&sp=cwdei&sig=fCMNIT%2BZ1Jy39y9ArvCgzTN5cLHkwLpI2PRZEX7r75M%3D'
OTHER="SharedAccessSignature sr=fleet-i7ls.azure-devices.net&sig=GTOf8OBXnld9hfxMKzvrfWocXh1KAYl4jSXWvyyqaq0%3D&se=1795368520"
# Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
