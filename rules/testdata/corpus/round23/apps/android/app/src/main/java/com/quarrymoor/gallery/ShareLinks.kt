package com.quarrymoor.gallery

import com.quarrymoor.gallery.BuildConfig

object ShareLinks {
    private const val BASE = "https://qmgallery07x.blob.core.windows.net/shared/"

    fun publicLink(id: String): String = buildString {
        append(BASE)
        append(id)
        append("?sv=2022-11-02")
        append("&spr=https")
        append("&se=2027-10-20T00%3A00%3A00Z")
        append("&sr=c")
        append("&sp=r")
        append("&sig=dJvHSj2Af%2F7cGMeMQhTOUdjJ156nzhXpkH8qoq4XoYk%3D")
    }

    fun previewLink(id: String): String = buildString { append(BASE).append(id).append("?sv=2022-11-02&sr=c&sp=r&sig=").append(BuildConfig.PREVIEW_SIG) }
}
