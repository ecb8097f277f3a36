#!/bin/zsh
# New-laptop bootstrap for the media team.
set -e

brew bundle --file=./Brewfile

# The asset sync tool reads the storage key from the login keychain.
security add-generic-password -U -a wtdevassets08 -s azure-storage -l "Wingtip dev assets" -w 'XmkxkInu1ky/gl6CpSLs/FTO60ulvby7qmjlj014BE2k3FG4PkC84a3ABtEk9Dvj2tJSoc8jip9A4BWdYsHXZA=='
security find-generic-password -a wtdevassets08 -s azure-storage -w >/dev/null && echo "keychain ok"

# legacy tool still wants ~/.netrc
cat > ~/.netrc <<'NETRC'
machine wtdevmedia11.blob.core.windows.net login wtdevmedia11 password 6Tygb6htki7i92p7h8AzbI7AESFNvcLBMlJ5zEGUPxq95Qj1OeImB5Uldyn3r5h5cN0tigOGL9eH0DZlYnC7OQ==
NETRC
chmod 600 ~/.netrc
