object Cfg {
    const val STORAGE = "https://contosoio70u8s0m10ji.blob.core.windows.net/?sv=2025-07-05&ss=bqf&srt=s&se=2026-11-22T10%3A47%3A35Z&sp=rwdxftui&sig=Q%2FwyiMZt6RZOvHPduEfFaI7foS1DFkuSDu2jEicmeLY%3D"
    val other = """https://st9nzpgx6sbzalm.blob.core.windows.net/uploads?sv=2025-05-05&spr=https%2Chttp&st=2026-11-16T15%3A00%3A00Z&se=2026-12-18T08%3A07%3A51Z&sr=c&sp=racwdxmey&sig=gIIsHLN0qVttgfaqSGSbwcnKv0JA8X4wsZsBwRf%2B0qk%3D"""
    // https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
}
