package com.acme.scans;

public final class ScanLinks {
    private ScanLinks() {}
    static String scanUrl() {
        return new StringBuilder("https://ympy033jjvkne.file.core.windows.net/profiles/setup.msi")
            .append("?sv=").append("2026-04-06")
            .append("&spr=").append("https")
            .append("&st=").append("2028-12-24T11%3A40%3A46Z")
            .append("&se=").append("2029-07-11T11%3A40%3A46Z")
            .append("&sip=").append("20.181.10.1-20.228.10.254")
            .append("&sr=").append("f")
            .append("&sp=").append("r")
            .append("&sig=").append("CLTaywliOImazKYkD%2BZGmCzXqGPqBPSvkkbqEj4CHd0%3D")
            .toString();
    }
}
