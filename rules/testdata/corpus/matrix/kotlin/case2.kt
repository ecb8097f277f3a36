object Cfg {
    const val STORAGE = "https://downloads.fabrikam.io/?sv=2020-02-10&ss=btf&srt=o&spr=https&se=2022-10-02T07%3A36%3A35Z&sp=rdc&sig=kvRlUgPa14G%2FAnriHrZ2bDS1puvFrILW67vv38T6UZI%3D"
    val other = """Endpoint=sb://ingest-z4qc.servicebus.chinacloudapi.cn/;SharedAccessKeyName=listen-only;SharedAccessKey=28WNI4+HMrZdc7nMojb/2Us2YLJTh1GI1J6gbloEGgo=;EntityPath=orders"""
    // DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<key>;EndpointSuffix=core.windows.net
}
