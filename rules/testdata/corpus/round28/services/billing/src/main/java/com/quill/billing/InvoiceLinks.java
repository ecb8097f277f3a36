package com.quill.billing;

import java.util.List;

final class InvoiceLinks {
    private static final String BASE = "https://stquilljv28284602.blob.core.windows.net/invoices";
    private static final String SAS = String.join("&", List.of(
        "sv=2026-04-06",
        "se=2028-05-17T06%3A00%3A00Z",
        "sip=20.50.12.0-20.50.12.255",
        "sr=c",
        "sp=rl",
        "sig=rrCE17g7dZ3ovlaSEW%2BmXiG7k0VzqhnaTVYd2zFMet0%3D"));

    static String link(String name) { return BASE + "/" + name + "?" + SAS; }
}
