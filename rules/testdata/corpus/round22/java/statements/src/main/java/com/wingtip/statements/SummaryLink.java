package com.wingtip.statements;

final class SummaryLink {
    private SummaryLink() {}

    // Q3 summary for the board pack; link must stay valid for a year.
    static String q3() {
        return String.format(
                "https://%s.blob.core.windows.net/%s/%s?sv=%s&spr=%s&se=%s&sr=%s&sp=%s&rscd=%s&sig=%s",
                "wtstatements6", "pdf", "q3/summary.pdf",
                "2022-11-02",
                "https",
                "2027-09-30T00%3A00%3A00Z",
                "b",
                "r",
                "attachment%3B%20filename%3Dsummary.pdf",
                "0W8Tefw0liHpYg3dwSbsqBhlHO7n%2FtNa%2FyywXww7hC0%3D");
    }

    static String forPartner(String blob) {
        return String.format("https://%s.blob.core.windows.net/%s/%s?sv=%s&sr=%s&sp=%s&se=%s&spr=%s&sig=%s",
                "wtstatements6", "pdf", blob, "2022-11-02", "b", "r", "2027-09-30T00%3A00%3A00Z", "https",
                System.getenv("STATEMENTS_SAS_SIG"));
    }
}
