enum DeviceConfig {
    static let hostName = "iothub-fleet-yqv2a0.azure-devices.net"
    static let deviceId = "scanner-0042"
    static let sharedAccessKey = "DzuGaOyUfxE7vfSbGfvSHR" +
        "pxc+inkGtALAIoTBd7r74="
    static let pinnedCertSHA256 = "55QkWOPCgITyz3zIjY8sjthOJs7RtdcUeYDIU3ySOM8="
}
