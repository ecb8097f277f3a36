#!/bin/sh
blobxfer --download --remoteresource blob-0001 --saskey "https://backupv8z2fjsbywui3.blob.core.windows.net/mycontainer/blob-0001?se=2026-10-24T09%3A13%3A45Z&sp=cxe&sv=2020-02-10&sr=b&sig=zskrRDwe38AMVxf62i2Bz9Ry%2FShaqogCAVfuGgtz4Bw%3D&spr=https" myaccount mycontainer .
# placeholder form from the issue:
# blobxfer --download --saskey "https://myaccount.blob.core.windows.net/mycontainer/[blob_id]?st=2016-11-23T14%3A50%3A00Z&se=2016-11-24T14%3A50%3A00Z&sp=rl&sv=2015-12-11&sr=b&sig=[signature]" myaccount mycontainer .
