#include <stdio.h>
#include "iothub.h"
#include "iothub_device_client_ll.h"
#include "iothubtransportmqtt.h"

/* Paste in your device connection string  */
static const char* connectionString = "HostName=plant-yp6e0.azure-devices.net;DeviceId=esp32-kitchen;SharedAccessKey=uHL6gjP41to0PStpRNZp5DF1ZSNb0FGwQR+p1c7uxrU=";

int main(void)
{
    IoTHub_Init();
    IOTHUB_DEVICE_CLIENT_LL_HANDLE h = IoTHubDeviceClient_LL_CreateFromConnectionString(connectionString, MQTT_Protocol);
    (void)printf("client %p\n", (void*)h);
    IoTHub_Deinit();
    return 0;
}
