package com.lakeshore.pod

import java.net.URLEncoder

object ShareLinks {
    private const val POD_BLOB = "https://stlsfpods.blob.core.windows.net/pod/2026/11/POD-5531207.pdf"

    // demo POD for the sales deck (read-only, attachment download)
    private val demoParams = listOf(
        "sv=2026-04-06",
        "se=2027-08-31T23%3A59%3A59Z",
        "sr=b",
        "sp=r",
        "rscd=" + URLEncoder.encode("attachment; filename=POD-5531207.pdf", "UTF-8"),
        "sig=R0bMGLWW83%2FL7CI67g0GBAtZZcLsFF%2FYOWmyY0FBW6E%3D",
    )

    val demoPodUrl: String = POD_BLOB + "?" + demoParams.joinToString("&")

    // template only: real links come from the backend
    private val templateParams = listOf("sv=2025-01-05", "sr=b", "sp=r", "sig=\${signature}")
    val template: String = "https://{account}.blob.core.windows.net/pod/{path}?" + templateParams.joinToString("&")
}
