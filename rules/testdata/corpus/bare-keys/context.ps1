$ctx = New-AzStorageContext -StorageAccountName "devg4k8iqvfoj" -StorageAccountKey "5gkgqyX8iObwk+6QBHpa0TZBdWYEraTjThV/5N07tknixymUzgGnMXv6gwU9I3HmXijwRSvfAkxNhsJOEhXzew=="
