package com.contoso.export;

import java.net.URI;

public enum ExportTarget {
    ORDERS("https://st7cju2ufjla.blob.core.windows.net/exports/in/orders.json?sv=2026-04-06&se=2027-03-31T00%3A00%3A00Z&sr=b&sp=r&sig=bO%2BM%2Bb7jx5mRaFUGnsfVHNGUHGUDc69Z78fNmDr1YUw%3D"),
    WAREHOUSE("https://stjd2yguyxk2.blob.core.windows.net/?sv=2026-04-06\u0026ss=btq\u0026srt=sco\u0026se=2027-12-31T23%3A59%3A59Z\u0026sp=rwlacu\u0026sig=%2BMBZZLaaWuKV8kPVdHF1iDLaELvGX%2BAgEw5%2FA098zP8%3D"),
    NONE("");

    private final String url;

    ExportTarget(String url) {
        this.url = url;
    }

    public URI uri() {
        return URI.create(url);
    }
}
