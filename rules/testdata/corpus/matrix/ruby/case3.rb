STORAGE = "http://127.0.0.1:10001/fabcx7cpnsl01/poison/messages?sv=2017-11-09&se=2027-11-19T08%3A01%3A17Z&sp=up&sig=jI4wwZkLl4Sa%2BoIkU6FWrC9ysvrqeswo%2FfQq7mIZ5Fg%3D"
OTHER = 'HostName=fleet-9ow5.azure-devices.net;DeviceId=truck42;SharedAccessKey=c9lC0d/5UIEb8/JH9OjZxHbNPb6Tv06T+9J6evSG5S4='
# https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED
