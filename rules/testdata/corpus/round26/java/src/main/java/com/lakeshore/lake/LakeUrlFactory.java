package com.lakeshore.lake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds read URLs for the curated zone (directory SAS on shipments/2027). */
public final class LakeUrlFactory {

    private static final String TEMPLATE =
        "https://%s.dfs.core.windows.net/%s/%s?sv=%s&se=%s&sr=%s&sp=%s&sdd=%s&sig=%s";

    private LakeUrlFactory() {}

    public static String fileUrl(String relativePath) {
        return String.format(TEMPLATE,
            "dlslsfcurated",
            "curated",
            "shipments/2027/" + relativePath,
            "2026-02-06",
            "2028-01-31T00%3A00%3A00Z",
            "d",
            "rl",
            "2",
            URLEncoder.encode("JnH9BojnMf/gsmPcWRzRPLaUxGgD3i6bEQD4IongNqQ=", StandardCharsets.UTF_8));
    }
}
