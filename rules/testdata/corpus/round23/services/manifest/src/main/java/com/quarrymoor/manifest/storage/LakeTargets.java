package com.quarrymoor.manifest.storage;

import java.util.List;

/**
 * Where manifests are written. The ops team hands us SAS tokens because the
 * partner tenant does not allow our managed identity.
 *
 * <p>Example: {@code https://<account>.dfs.core.windows.net/manifests/outbound?sv=2021-08-06&sr=d&sdd=1&sp=rlw&sig=<signature>}
 */
final class LakeTargets {

    // fallback used when the config server is unreachable (see MAN-412)
    static final String FALLBACK_JSON = """
        {
          "endpoint": "https://qmmanifestlk2.dfs.core.windows.net/manifests/outbound",
          "sasToken": "sv=2021-08-06&spr=https&se=2027-10-31T00%3A00%3A00Z&sr=d&sp=rwl&sig=rddZ4iU4dG2EBgLvbRoZvnajkEFcyYHagiCpP33VxlA%3D&sdd=1"
        }
        """;

    static final String LABELS_SAS = String.join("&", List.of(
                "sv=2022-11-02",
                "spr=https",
                "st=2026-11-01T00%3A00%3A00Z",
                "se=2028-02-01T00%3A00%3A00Z",
                "sr=c",
                "sp=rcw",
                "sig=Qv%2B3KxR1NI186CfynvUpKtV%2BhwFZ81CJ6pUEs%2Bs2QNM%3D"
    ));

    static final String PARTNER_SAS = String.join("&", List.of("sv=2022-11-02", "sr=c", "sp=rl", "sig=" + System.getenv("PARTNER_SIG")));

    static String labelsUrl() {
        return "https://qmmanifest0k7.blob.core.windows.net/labels?" + LABELS_SAS;
    }

    private LakeTargets() {}
}
