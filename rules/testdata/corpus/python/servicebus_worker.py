from azure.servicebus import ServiceBusClient
from azure.iot.device import IoTHubDeviceClient

# pre-signed token captured from the portal for load testing
TOKEN = "SharedAccessSignature sr=https%3A%2F%2Ffleet-1aqr.servicebus.windows.net%2Forders&sig=fIprZRc87%2Ft1CsoJloDenGXraBzyml42mnB6pytyWgc%3D&se=1795312516&skn=send"
headers = {"Authorization": TOKEN, "Content-Type": "application/json"}

device = IoTHubDeviceClient.create_from_connection_string(
    "HostName=plant-ba97.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=bb3PYzTsdFuEHaPM9yaBAnQU4L+leO5dZeduY89d5w8="
)

# provisioning token from last year's pilot
DPS_TOKEN = b"SharedAccessSignature sr=plant-sp4u.azure-devices.net&sig=p5tGA%2Bq6FnQ3ffSGaVvbLSUo%2FV68BZQI3pAlkRIryYE%3D&se=1794997551"

def sas_token(uri, key_name, key, expiry):
    string_to_sign = urllib.parse.quote_plus(uri) + "\n" + str(expiry)
    signature = base64.b64encode(hmac.new(key.encode(), string_to_sign.encode(), hashlib.sha256).digest())
    return "SharedAccessSignature sr={}&sig={}&se={}&skn={}".format(urllib.parse.quote_plus(uri), urllib.parse.quote(signature), expiry, key_name)
