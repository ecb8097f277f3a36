import asyncio

from azure.iot.device.aio import ProvisioningDeviceClient

PROVISIONING_HOST = "global.azure-devices-provisioning.net"
ID_SCOPE = "0ne00R9V038"
REGISTRATION_ID = "sensor-iw06"
GROUP_SYMMETRIC_KEY = "/itvxE91ntp29MshcZ+Q8Qsq4qfSotIUvc0tJPyz0UEVhLP7X25UqsqC9BqJGBxJywE8pabGcsqv6SBSUN+ckA=="
symmetric_key = "vJ7qqwMLJjs++Qsj5EmAYOtsZxHrfyG08ppaUojgJ00="
# curl -X PUT https://global.azure-devices-provisioning.net/0ne00R9V038/registrations/sensor-iw06/register?api-version=2021-06-01 \
#   -H "Authorization: SharedAccessSignature sr=0ne00R9V038%2Fregistrations%2Fsensor-iw06&sig=Wis%2BmgBd7mAb3GaH1YOvbuKTQK1lwhbn%2B4FoyJ592Ro%3D&se=1796242756&skn=registration"


async def main():
    client = ProvisioningDeviceClient.create_from_symmetric_key(
        provisioning_host=PROVISIONING_HOST,
        registration_id=REGISTRATION_ID,
        id_scope=ID_SCOPE,
        symmetric_key=symmetric_key,
    )
    print(await client.register())


asyncio.run(main())
