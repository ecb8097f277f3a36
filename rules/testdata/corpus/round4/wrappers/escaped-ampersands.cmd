@echo off
azcopy copy C:\exports\*.csv https://logs5kzlldrnxj.blob.core.windows.net/backups?restype=container^&comp=list^&sv=2020-02-10^&spr=https^&se=2037-03-31T16%3A21%3A46Z^&sr=c^&sp=alme^&sig=os2%2BZRaN5%2Fhz7es6j3FiobzODBzlGGA2t4xdIePIb88%3D --recursive
