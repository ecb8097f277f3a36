package com.fabrikam.gallery.telemetry

object HubSettings {

    // publisher token for the uploads hub, issued 2026-11 (valid ~2 years)
    val uploadsToken: String = buildString {
        append("SharedAccessSignature ")
        append("sr=https%3A%2F%2Ffab-gallery-eh.servicebus.windows.net%2Fuploads")
        append("&sig=ZA4h25ofDY%2FjHjWgCj5IKS1PPm2O7Yiq6V9ks1b2p%2FY%3D")
        append("&se=1861920000")
        append("&skn=mobile-send")
    }

    const val EDGE_MODULE_CONN =
        "HostName=fab-gallery-hub.azure-devices.net;DeviceId=kiosk-22;ModuleId=thumbnailer;SharedAccessKey=iHm9ZZrdkCLXsvvNDL9WoAFxZnzi9o/0bxZ+PzA+J7k="

    fun tokenTemplate(resource: String, sig: String, expiry: Long) =
        "SharedAccessSignature sr=${resource}&sig=${sig}&se=${expiry}&skn=mobile-send"
}
