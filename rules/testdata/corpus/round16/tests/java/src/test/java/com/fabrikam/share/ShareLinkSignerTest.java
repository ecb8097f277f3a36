package com.fabrikam.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareLinkSignerTest {

    // real link from the scanner inbox, used to check expiry/protocol survive re-hosting
    private static final String SCAN_LINK =
            "https://stsharesi3sb54.blob.core.windows.net/share-links/a/9f2c/contract.pdf"
            + "?sv=2026-04-06&spr=https&se=2028-01-31T00%3A00%3A00Z&sr=b&sp=r&"
            + "sig=s3T4rzGOZIhY1pQMVdUSlKCnlI5Ztsq43g0OQudXuSE%3D";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        file sas with rscd | https://stshareskmkex1.file.core.windows.net/scans/inbound/2026/11/batch-0192.pdf?sv=2026-04-06&se=2027-11-30T00%3A00%3A00Z&sr=f&sp=r&sig=kIDb1weikStfv%2BC1dk5bqLuA6Vbth3g%2FAyP3ROXrpSY%3D&rscd=inline | inline
        placeholder        | https://<account>.file.core.windows.net/scans/inbound/x.pdf?sv=2026-04-06&sr=f&sp=r&sig=<sig>  | 
        """)
    void keepsContentDisposition(String name, String link, String expected) {
        var parsed = ShareLink.parse(URI.create(link));
        assertThat(parsed.contentDisposition()).isEqualTo(expected);
    }

    @Test
    void rehostKeepsSignatureFields() {
        var link = ShareLink.parse(URI.create(SCAN_LINK));
        assertThat(link.expiresOn()).isEqualTo(OffsetDateTime.parse("2028-01-31T00:00:00Z"));
        assertThat(link.protocol()).isEqualTo("https");
    }

    @Test
    void rejectsUnsignedLinks() {
        assertThatThrownBy(() -> ShareLink.parse(URI.create("https://example.org/file.pdf?sv=2026-04-06")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
