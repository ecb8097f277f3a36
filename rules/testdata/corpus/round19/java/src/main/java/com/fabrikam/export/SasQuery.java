package com.fabrikam.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

final class SasQuery {
    // TODO(EXP-118): fetch from Key Vault at startup instead of hardcoding
    static final Map<String, String> EXPORTS = Map.of(
            "sv", "2022-11-02",
            "spr", "https",
            "se", "2027-10-10T00:00:00Z",
            "sr", "c",
            "sp", "rcw",
            "sig", "Tt4YjD0esk/17T0yNNb4RNQvkS3yWiyxbXofXY9g6kc="
    );

    static String encode(Map<String, String> m) {
        return m.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    static String auditUrl(String blob) {
        return String.format("https://%s.blob.core.windows.net/audit/%s?sv=%s&sr=%s&sp=%s&se=%s&spr=%s&sig=%s",
            "fbkjavaexport", blob, "2022-11-02", "c", "r", "2028-02-02T00:00:00Z", "https",
            "ufyIYZ5OURMD2Lze05dBTC3xKBBYITAqJfkXCY89qUc%3D");
    }

    private SasQuery() {}
}
