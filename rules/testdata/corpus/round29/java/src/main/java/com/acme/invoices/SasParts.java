package com.acme.invoices;

final class SasParts {
    static final String ACCOUNT = "stinvoicepdfxm6miu";
    static final String SV = "2023-01-03";
    static final String SR = "c";
    static final String SP = "r";
    static final String SE = "2028-01-01T00:00:00Z";
    static final String SPR = "https";
    static final String SIG = "VU/0ut8Lw8rqzctnKLaGc6Gt0omMGBE4YRLUa0LqhzY=";

    static String query() {
        return String.join("&", "sv=" + SV, "spr=" + SPR, "se=" + SE, "sr=" + SR, "sp=" + SP, "sig=" + java.net.URLEncoder.encode(SIG, java.nio.charset.StandardCharsets.UTF_8));
    }

    static final String TEST_SIG = "dGVzdA==";
}
