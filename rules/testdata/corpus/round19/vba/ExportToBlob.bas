Attribute VB_Name = "ExportToBlob"
Option Explicit

' Uploads the active workbook as CSV. Ask finance-it before changing.
Private Const SAS_URL As String = "https://fbkexcelmacro.blob.core.windows.net/forecasts?sv=2022-11-02&spr=https&se=2027-06-30T00%3A00%3A00Z&sr=c" & _
    "&sp=cw&sig=OOpzFF57KmyJIzNOz9pwhXOJsgbCjMvBFgiT5l5SF9E%3D"

Public Sub UploadForecast()
    Dim http As Object, url As String, parts() As String
    parts = Split(SAS_URL, "?")
    url = parts(0) & "/" & Format(Date, "yyyy-mm-dd") & "-forecast.csv?" & parts(1)
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "PUT", url, False
    http.setRequestHeader "x-ms-blob-type", "BlockBlob"
    http.send ActiveWorkbook.FullName
End Sub
