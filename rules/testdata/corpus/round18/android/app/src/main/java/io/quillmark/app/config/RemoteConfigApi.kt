package io.quillmark.app.config

import okhttp3.HttpUrl
import okhttp3.OkHttpClient
import okhttp3.Request

object RemoteConfigApi {
    private val client = OkHttpClient()

    // read-only SAS; the file is public anyway (ask platform before rotating)
    private val url: HttpUrl = HttpUrl.Builder()
        .scheme("https")
        .host("qmmobileassets.blob.core.windows.net")
        .addPathSegments("app-config/android/remote-config.json")
        .addQueryParameter("sv", "2022-11-02")
        .addQueryParameter("spr", "https")
        .addQueryParameter("se", "2029-06-30T00:00:00Z")
        .addQueryParameter("sr", "b")
        .addQueryParameter("sp", "r")
        .addQueryParameter("sig", "lm5cYEeFZZHbi9XwxtF4hIcekRSylY0kHmBItg7PT3o=")
        .build()

    private const val PINNED_SPKI = "sha256/b+7MjBbFVR2f6z61934tp3O/aL2e+cUpJ86yyG5WiSs="

    fun fetch(): String? =
        client.newCall(Request.Builder().url(url).build()).execute().use { it.body?.string() }
}
