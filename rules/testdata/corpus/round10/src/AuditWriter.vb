Imports Azure.Data.Tables

Public Module AuditWriter
    Private Const AuditTableUrl As String =
        "https://stoqfkejhqe2.table.core.windows.net/audit?sv=2019-02-02&se=2027-07-01T00%3A00%3A00Z&sp=rau&sig=t%2FEk1k7gScdeA6Or%2BL5rg" & _
        "gUSaHzz2eceWM4TMQc8LUg%3D&tn=audit"

    Public Sub Write(entity As TableEntity)
        Dim client As New TableClient(New Uri(AuditTableUrl))
        client.AddEntity(entity)
    End Sub
End Module
