#!/bin/sh
# Azure Files share used by the scanner containers (SMB 3.1.1)
docker volume create \
  --driver local \
  --opt type=cifs \
  --opt device=//stnwscansshare.file.core.windows.net/scans \
  --opt o=addr=stnwscansshare.file.core.windows.net,vers=3.1.1,username=stnwscansshare,password=gxYQMVfhzj9m9PShkBtXTyfetgtZRb+k1RdfXKC+wfIwD0KHMEWInDHYJV9IGWpNpkJbm3bwkONoIJ/V8W8Sew==,file_mode=0660,dir_mode=0770,serverino \
  scans

# test stack mounts a local samba container instead:
# docker volume create --driver local --opt type=cifs --opt device=//samba/scans --opt o=username=scan,password=${SAMBA_PASSWORD} scans-test
