package com.acme.pod

object UploadTarget {
    private const val BASE = "https://stpodphotosov5yzk.blob.core.windows.net/pod"
    private val query = listOf(
        "sv=2022-11-02",
        "se=2027-12-15T12%3A00%3A00Z",
        "sr=c",
        "sp=cw",
        "sig=zWwksckIXCyim5nmBVpqctVMFqD%2BesrM6oOD324i46g%3D"
    ).joinToString("&")
    fun url(name: String) = "$BASE/$name?$query"
}
