Imports Azure.Storage.Blobs

Public Module StorageConfig
    Public ReadOnly Conn As String = "DefaultEndpointsProtocol=https;" & _
        "AccountName=qmlegacyvb02;" & _
        "AccountKey=+rhuJfAdGfX4hR6GKT5gOZJD/cqtV+S0WwotX+rM" & _
        "FLp7GDGUYQe9OnSPLRG1K5xYMpe60I8hTP/fBaTGDErA1g==;" & _
        "EndpointSuffix=core.windows.net"

    Public ReadOnly DevConn As String = "UseDevelopmentStorage=true"

    Public Function Client() As BlobServiceClient
        Return New BlobServiceClient(Conn)
    End Function
End Module
