package com.quill.driver

data class SasParams(val sv: String, val se: String, val sr: String, val sp: String, val sig: String)

object ShareConfig {
    const val SHARE = "https://stquillkt901b9f96.file.core.windows.net/drivers"
    val params = SasParams(
        sv = "2026-04-06",
        se = "2028-06-14T05:00:00Z",
        sr = "s",
        sp = "rl",
        sig = "h6A9ru9Xe8nGRSiOOBsuadiIgTit/dqcf2uu5fOfPyE=",
    )
}
