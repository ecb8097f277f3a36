import asyncio

from azure.iot.device.aio import ProvisioningDeviceClient

PROVISIONING_HOST = "global.azure-devices-provisioning.net"
ID_SCOPE = "0ne00C6GBQT"
REGISTRATION_ID = "sensor-hv0m"
GROUP_SYMMETRIC_KEY = "ds5Y3MkfEnbqMrXqfDR27hu2dIOKW/GX5SvRj7QHy9y4rW20PQRjnkP3pBexpGQy6rhJQ7gFx3NfGebGyzjoGg=="
symmetric_key = "90LdNWyRov0lv4bzg/zcud0eKQxziVnfgSdBooVyA34="
# curl -X PUT https://global.azure-devices-provisioning.net/0ne00C6GBQT/registrations/sensor-hv0m/register?api-version=2021-06-01 \
#   -H "Authorization: SharedAccessSignature sr=0ne00C6GBQT%2Fregistrations%2Fsensor-hv0m&sig=FFlPE6ac4nM%2FRpiX1NssCVDsD%2FBPfzoppd%2B2smYqx%2F0%3D&se=1823283153&skn=registration"


async def main():
    client = ProvisioningDeviceClient.create_from_symmetric_key(
        provisioning_host=PROVISIONING_HOST,
        registration_id=REGISTRATION_ID,
        id_scope=ID_SCOPE,
        symmetric_key=symmetric_key,
    )
    print(await client.register())


asyncio.run(main())
