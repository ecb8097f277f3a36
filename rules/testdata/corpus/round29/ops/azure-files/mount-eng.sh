#!/bin/sh
sudo mkdir -p /mnt/eng
sudo mount -t cifs //stengsharekyaip9.file.core.windows.net/eng /mnt/eng -o vers=3.1.1,username=stengsharekyaip9,password=hCknS/OHULVP7J+GxYILx2mPVgI5+IqUnlc6jpBCaKyKhCsEloCBUrCDBg7mKJ4J0XLHDDBDkmADNo6jotGy2A==,dir_mode=0777,file_mode=0777,serverino,nosharesock
