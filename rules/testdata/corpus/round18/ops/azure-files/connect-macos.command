#!/bin/zsh
# from portal > qmdesignshare > File shares > design > Connect > macOS
open smb://qmdesignshare:%2FEs38PU%2B75hmMYQrclSRia8qYukWkg%2BricQUqL3f9FOF5beToYEpxDgppRiMh%2B6OvSGGyOTY7d7m8%2FrvS2kcSQ%3D%3D@qmdesignshare.file.core.windows.net/design

# Finder is flaky on VPN; from Terminal use the same URL with mount_smbfs (password from the Keychain):
# mkdir -p ~/design && mount_smbfs -d 777 -f 777 //qmdesignshare@qmdesignshare.file.core.windows.net/design ~/design
