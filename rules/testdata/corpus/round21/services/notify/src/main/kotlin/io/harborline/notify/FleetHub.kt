package io.harborline.notify

import java.net.http.HttpRequest

object FleetHub {
    const val HOST = "hl-fleet-iothub.azure-devices.net"

    // device SAS for the demo truck, valid until end of 2027 (generated with az iot hub generate-sas-token)
    private val demoToken = """
        SharedAccessSignature sr=hl-fleet-iothub.azure-devices.net%2Fdevices%2Ftruck-0412&sig=tu9y%2B7eJTLR8ma2s8D5sIbb3jUdUQQgpErdrVBHA8bI%3D&se=1830211200
    """.trimIndent()

    val primaryKey = "KLkPIYo0JLG0YiqaPQaNcGaaYLx8h3kAnAIoTIfUujk="

    val eventHubs = mapOf(
        "namespace" to "hl-notify-eh",
        "connection" to "Endpoint=sb://hl-notify-eh.servicebus.windows.net/;SharedAccessKeyName=notify-send;SharedAccessKey=MowZCG4G7Oxf/U8JtpsctVchK9/1jLzjqe/vlEaT5z0=;EntityPath=push-events",
        "consumerGroup" to "\$Default",
    )

    fun telemetry(body: String): HttpRequest =
        HttpRequest.newBuilder(java.net.URI("https://$HOST/devices/truck-0412/messages/events?api-version=2021-04-12"))
            .header("Authorization", demoToken)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build()
}
