$storage = '?sv=2025-01-05&ss=tq&srt=sco&spr=https%2Chttp&se=2026-11-22T04%3A26%3A50Z&sp=xtlcu&sig=J3hKKAWxDtM5wzsOocNIP0Rag0StHrIA0UNeaBV7dWw%3D'
$env:OTHER = "HostName=plant-kk2f.azure-devices.net;DeviceId=truck42;SharedAccessKey=uv1kVJTSdDKPvmCFTifJZfdsB3GstCb1MvZpGI9lc2Y="
# https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED
