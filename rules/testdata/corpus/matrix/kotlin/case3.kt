object Cfg {
    const val STORAGE = "https://16f7om.azureedge.net/?sv=2018-03-28&ss=btq&srt=c&spr=https%2Chttp&se=2026-11-22T01%3A55%3A51Z&sp=rwdlcup&sig=ZiS88Yy0LOa%2BEP3eG4z80PfMBqqRJfmV0SeCe256Dsc%3D"
    val other = """https://prodm2kzglc.file.core.chinacloudapi.cn/?sv=2024-11-04&ss=qf&srt=s&spr=https%2Chttp&se=2026-04-02T08%3A23%3A47Z&sip=168.1.5.60-168.1.5.70&sp=rlc&sig=cB746DEMLcRGqSBRkUFhKCswlE4aOzGbCOs7uNvKEhE%3D"""
    // https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
}
