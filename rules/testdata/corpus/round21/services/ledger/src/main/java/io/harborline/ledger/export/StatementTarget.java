package io.harborline.ledger.export;

import java.net.URI;

/** Where monthly statements are written. */
final class StatementTarget {
    private static final String ACCOUNT = "hlledgerexport";

    private StatementTarget() {}

    static URI uploadUri(String blobName) {
        StringBuilder sas = new StringBuilder()
            .append("sv=").append("2022-11-02")
            .append("&spr=").append("https,http")
            .append("&se=").append("2027-06-30T12%3A00%3A00Z")
            .append("&sr=c&sp=racw")
            .append("&sig=").append("3LY1jT%2Fongw0tL39eRGhimyZ%2BjwehIRb92%2F%2BAKsI%2FiA%3D");
        return URI.create("https://" + ACCOUNT + ".blob.core.windows.net/statements/" + blobName + "?" + sas);
    }
}
