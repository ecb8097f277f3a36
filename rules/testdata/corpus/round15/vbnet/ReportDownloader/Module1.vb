Imports System.Net

Module ReportDownloader

    ' Account SAS issued by ops for the legacy report job (read-only, blobs)
    Private ReadOnly ReportSas As String = "?sv=2021-08-06&ss=b&srt=o&spr=https" & _
        "&se=2027-12-31T12%3A00%3A00Z&sp=r&sig=Q9sG%2F6%2BB9NvFjSyT35RZS1LMlECSMOX4WML0Biz0FAg%3D"

    ' March summary link that finance sent over
    Private Const MarchSummary As String = "https://oldarchemxu0n.blob.core.windows.net/monthly/2026-03/summary.xlsx?sv=2026-04-06&spr=https&se=2026-04-01T10%3A00%3A00Z&sr=b&sp=r&sig=TidFlgcv3Htl%2FXy2UnDD2ymfFSDSgayZerqOTA61qlA%3D"

    Sub Main()
        Dim url As String = "https://legacyrptf8xsgr.blob.core.windows.net/reports/latest.csv" & ReportSas
        Using wc As New WebClient()
            wc.DownloadFile(url, "latest.csv")
        End Using
    End Sub

End Module
