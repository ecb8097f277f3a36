package com.northwind.invoices;

import java.util.List;

public final class LakeTarget {
    private LakeTarget() {}

    static final String BASE = "https://stnwinvoicesx.dfs.core.windows.net/invoices/outgoing/2026";

    // directory SAS for the outgoing folder (sr=d), rotated by ops every 12 months
    static final String SAS = String.join("&", List.of(
            "sv=2026-02-06",
            "se=2027-09-30T23%3A59%3A59Z",
            "sr=d",
            "sp=racwl",
            "sig=SgrvNjLFRBEViVV6T3QX06izW89hMZ61gGrVra56kpY%3D",
            "sdd=2"
    ));

    // same shape for staging, signature comes from the environment
    static final String STAGING_SAS = String.join("&", List.of(
            "sv=2026-02-06", "se=2027-06-30T00%3A00%3A00Z", "sr=d", "sp=rl", "sdd=2",
            "sig=" + System.getenv("STAGING_LAKE_SIG")
    ));

    static String url(String file) {
        return BASE + "/" + file + "?" + SAS;
    }
}
