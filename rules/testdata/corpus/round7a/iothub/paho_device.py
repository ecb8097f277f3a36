import ssl

import paho.mqtt.client as mqtt

HUB = "plant-gzga9.azure-devices.net"
DEVICE = "thermo-7"
SAS = "SharedAccessSignature sr=plant-gzga9.azure-devices.net%2fdevices%2fthermo-7&sig=hn%2fVzKUhnnqh6%2fUJHN3wiJi95NNKpduM3OnDgwSdRf8%3d&se=1830746520"

client = mqtt.Client(client_id=DEVICE, protocol=mqtt.MQTTv311)
client.username_pw_set(username=f"{HUB}/{DEVICE}/?api-version=2021-04-12", password=SAS)
client.tls_set(cert_reqs=ssl.CERT_REQUIRED, tls_version=ssl.PROTOCOL_TLSv1_2)
client.connect(HUB, port=8883)
client.publish(f"devices/{DEVICE}/messages/events/", '{"t": 21.5}', qos=1)
