package com.fabrikam.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadRedirectTest {

    // captured from the portal: the installer link is passed through the SSO hop,
    // which encodes the return URL a second time
    private static final String SSO_HOP =
        "https://login.fabrikam.example/sso/continue?return=https%253A%252F%252Ffabsso4srczb.blob.core.windows.net%252Fdownloads%252Fsetup%252FFabrikamAgent-5.2.msi%253Fsv%253D2026-04-06%2526spr%253Dhttps%2526se%253D2029-06-30T00%25253A00%25253A00Z%2526sr%253Db%2526sp%253Dr%2526sig%253D%25252F7LLeB80D87W6NHl%25252Bv0kQATNPdKpW3AgcY2owqb65A4%25253D";

    private static final String TEMPLATE =
        "https://login.fabrikam.example/sso/continue?return=https%253A%252F%252F{account}.blob.core.windows.net%252Fdownloads%253Fsig%253D{sig}";

    @Test
    void decodesTwice() {
        assertThat(Redirects.unwrap(SSO_HOP)).contains(".blob.core.windows.net/downloads/");
    }
}
