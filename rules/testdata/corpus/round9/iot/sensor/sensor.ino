#include <WiFi.h>
#include <AzureIoTHub.h>

static const char* connectionString = "HostName=hubosbc82h9ku.azure-devices.net;DeviceId=sensor-07;SharedAccessKey=4LVcU9z11ji79kLvr8hl0tskWTDBRLJcg62hH4i//Ck=";
// MQTT fallback (token generated with az iot hub generate-sas-token)
#define MQTT_PASSWORD "SharedAccessSignature sr=hubosbc82h9ku.azure-devices.net%2Fdevices%2Fsensor-07&sig=JRQSzPKzBjqtKoTKCKWMFANv4xVU69Hw4AYChHlziJI%3D&se=1751241600"

void setup() {
  Serial.begin(115200);
}
