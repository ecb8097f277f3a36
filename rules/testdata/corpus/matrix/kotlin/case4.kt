object Cfg {
    const val STORAGE = "https://backupoj6hla07ps.z16.queue.storage.azure.net/thumbnails/messages?sv=2022-11-02&se=2030-02-24T22%3A24%3A47Z&sp=u&sig=3v8teAR%2FZAdgRvM1%2FZk2n5VT99GqLXjzfOeHlmWaDcc%3D"
    val other = """SharedAccessSignature sig=YjnhaYC1U5%2FjC%2FrApLs%2BZfBrQj7Iw8vlLbcT4l56XAc%3D&se=1795344089&skn=listen&sr=https%3A%2F%2Ftelemetry-i6az.servicebus.windows.net%2Fevents%2Fpartitions%2F0"""
    // DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<key>;EndpointSuffix=core.windows.net
}
