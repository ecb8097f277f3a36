#!/bin/sh
# one-off copy from the scans share
smbclient //o8aolzp1cn2vh0.file.core.windows.net/scans -m SMB3 -U 'o8aolzp1cn2vh0%lRH4rk2bAeUM7tp7NSJpXmkJdcRVmqrSFQMYGK96/CuedM9LXsb20UP1P83pw/Si2QNbIkLgjDMTAZ9sJkOVgQ==' -c 'prompt OFF; mget *'
