@echo off
rem map scanner share for the front desk PCs
cmdkey /add:fabarchive.file.core.windows.net /user:localhost\fabarchive /pass:%ARCHIVE_KEY%
net use S: \\fabscanrj9v53.file.core.windows.net\scans wBk+43WXgduEsXppuLWjRx6uYGqEBxRaNh+YxfZeklv1m9vHg+Ks0IqVnxuKfIs/VW9C+ue1qfmI7Fm06blvig== /user:localhost\fabscanrj9v53 /persistent:yes
net use T: \\fabarchive.file.core.windows.net\archive /persistent:yes
