package com.acme.lake

object Sources {
  private val sv = "2026-04-06"
  private val spr = "https,http"
  private val st = "2026-10-08T22:03:56Z"
  private val se = "2027-07-31T22:03:56Z"
  private val skoid = "1da20236-055f-4156-a7bc-14920d17553a"
  private val sktid = "df6ee7a3-c40a-496a-bafd-500f7e9f1fa1"
  private val skt = "2026-10-08T22:03:56Z"
  private val ske = "2027-07-31T22:03:56Z"
  private val sks = "b"
  private val skv = "2021-12-02"
  private val sr = "c"
  private val sp = "r"
  private val sig = "DyU9BXcPjTA4Ai8PR5fEc7PMJRNi7v5T+XF1afUfLB0="
  val archive = s"https://clajpnqtwx.blob.core.windows.net/reports?" + Seq("sv" -> sv, "spr" -> spr, "st" -> st, "se" -> se, "skoid" -> skoid, "sktid" -> sktid, "skt" -> skt, "ske" -> ske, "sks" -> sks, "skv" -> skv, "sr" -> sr, "sp" -> sp, "sig" -> sig).map { case (k, v) => s"$k=${java.net.URLEncoder.encode(v, "UTF-8")}" }.mkString("&")
}
