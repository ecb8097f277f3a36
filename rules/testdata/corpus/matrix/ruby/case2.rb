STORAGE = "https://contosod5rxjqba.blob.core.windows.net/%24web/backups/db.bak?sv=2019-12-12&spr=https&se=2026-11-21T02%3A31%3A24Z&sr=b&sp=rawdt&sig=P%2BTFbjjJ05GsMkYyxcvmQGVyG0ZXYyVfAeditjmk0%2Bk%3D"
OTHER = 'HostName=meters-ruf2.azure-devices.net;DeviceId=truck42;SharedAccessKey=0SmNnSfaanwpyrTZ5qZ6T401VKlmhtETT/SwVAPh3SI='
# https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D
