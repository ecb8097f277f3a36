tasks.register<Exec>("fetchModel") {
    commandLine("curl", "-fsSL", "https://prod3vq7kk2dbr1yq.blob.core.windows.net/%24web/img/logo.png?sv=2020-08-04&se=2026-11-22T02%3A21%3A14Z&sr=bv&sp=rxm&sig=sqrq8xHOQURM0COAViUXdtcin9Uol84w82WpDrvQajE%3D&versionid=2026-11-19T02%3A45%3A13.0000000Z", "-o", "model.bin")
}
