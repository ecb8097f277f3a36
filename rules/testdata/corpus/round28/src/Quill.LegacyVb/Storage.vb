Module Storage
    Public ReadOnly ConnStr As String = "DefaultEndpointsProtocol=https;AccountName=stquillvbcc4a2a;A" & _
        "ccountKey=vxcNClqlxnmncjYozMM3x0Gy1fj/vuecClPtjJqDDT0nGceKeU" & _
        "jgymnddT0Ysj9prA9rGP1IifcaTxY7tO6Gvw==;EndpointSuffix=core.windows.net"
End Module
