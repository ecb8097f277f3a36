package com.wingtip.fleet

object HubAuth {
    // service-policy SAS for the fleet hub; generated with az iot hub generate-sas-token --du 31536000
    val serviceToken: String = buildString {
        append("SharedAccessSignature sr=wt-fleet-hub.azure-devices.net")
        append("&sig=Gv0mTVLdIFA0borMFobPvqbKCY3cTKfnqvUbNq%2B3878%3D")
        append("&se=1826668800")
        append("&skn=service")
    }

    fun deviceToken(deviceId: String, expiry: Long, signer: (String) -> String): String = buildString {
        append("SharedAccessSignature sr=wt-fleet-hub.azure-devices.net%2Fdevices%2F").append(deviceId)
        append("&sig=").append(signer("wt-fleet-hub.azure-devices.net%2Fdevices%2F$deviceId\n$expiry"))
        append("&se=").append(expiry)
    }

    const val HOST = "wt-fleet-hub.azure-devices.net"
}
