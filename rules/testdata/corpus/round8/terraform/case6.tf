locals {
  primary_export_url = join("", [
    "SharedAccessSignature sr=fleet-fk0d.azure-devices.net&amp;sig=Hyf3I9Zi4O0ym1t%2BJTCenrcjG%2B91Co%2BAWhUpmzdszo8%3D",
    "&amp;se=1795524089&amp;skn=iothubowner",
  ])
  example_primary_export_url = "SharedAccessSignature sr=fleet-fk0d.azure-devices.net&amp;sig=<signature>&amp;se=1795524089&amp;skn=iothubowner"
  backup_export_url = "https://contoso-j50skv7b.z01.azurefd.net/exports?sv=2023-01-03\u0026spr=https%2Chttp\u0026se=2020-12-01T02%3A49%3A34Z\u0026sip=10.0.0.1-10.0.0.255\u0026skoid=39017234-dec8-4055-a9af-25c5d8c232ad\u0026sktid=ab7f79a2-9209-4ac3-a290-5bf41c8dd598\u0026skt=2026-08-26T22%3A00%3A00Z\u0026ske=2026-08-31T17%3A00%3A00Z\u0026sks=blob\u0026skv=2020-02-10\u0026sr=c\u0026sp=racdxtiy\u0026sig=dpIBZUMHnIi0y0os9TwgmmRvEz64GuKDo9qa%2FStP0Vo%3D"
  example_backup_export_url = "https://contoso-j50skv7b.z01.azurefd.net/exports?sv=2023-01-03\u0026spr=https%2Chttp\u0026se=2020-12-01T02%3A49%3A34Z\u0026sip=10.0.0.1-10.0.0.255\u0026skoid=39017234-dec8-4055-a9af-25c5d8c232ad\u0026sktid=ab7f79a2-9209-4ac3-a290-5bf41c8dd598\u0026skt=2026-08-26T22%3A00%3A00Z\u0026ske=2026-08-31T17%3A00%3A00Z\u0026sks=blob\u0026skv=2020-02-10\u0026sr=c\u0026sp=racdxtiy\u0026sig=\u003csignature\u003e"
  archive_export_url = "SharedAccessSignature sr=plant-8rx3.azure-devices.net%2Fdevices%2Fsensor-01&sig=AyvPjP3C1dGAh2h5Kyk1ms2dPRv2YVXoCImN%2BNIAihQ%3D&se=1669633584"
  example_archive_export_url = "SharedAccessSignature sr=plant-8rx3.azure-devices.net%2Fdevices%2Fsensor-01&sig=<signature>&se=1669633584"
  media_export_url = join("", [
    "SharedAccessSignature sr=0ne00OK1JSZ%2Fregistrations%2Fdev-7&sig=%2FoDjxu9yOP",
    "yi%2BgcCDhVJWYlIp%2FD7Rpsibw4NnWAXX2A%3D&se=1775931747",
  ])
  etl_export_url = "http://localhost:10000/prodx7qo2aq7u0/home?restype=share\u0026sv=2017-11-09\u0026st=2026-11-06T18%3A00%3A00Z\u0026se=2047-09-19T01%3A24%3A50Z\u0026sr=s\u0026sp=rcw\u0026sig=x23evgK05cKnW%2Bm2AYmkjp1BYyfgxlfWOc04MSuPXLY%3D"
  reports_export_url = join("", [
    "https://app.contoso.example/open?target=https%3A%2F%2Fcontosouvnwo.blob.core.chinacloudapi.cn%2Fmodels%2Freports%2Fannual%2520report.pdf%3Fsv%3D2020-12-06%26spr%3Dhttps%26se%3D2026-12-10T14%253A59%253A40Z%26sip%3D10.0.0.1-10.0.0.255%26skoid%3D5ba0d218-0217-4fce-a340-68523596ce1b%26sktid%3D5b444bf2-23cb-43b8-a9b9-92ad51c297ce%26skt%3D2026-11-23T11%253A00%253A00Z%26ske%3D2026-11-23T18%253A00%253A00Z%26sks%3Dblob%26skv%3D2021-08-06%26sr%3Db%26sp%3Dwtm%26sig%3DddYgAUaQlYmA",
    "T189q4UMQS39wyQto3X6JUQ4fJVydGY%253D",
  ])
  example_reports_export_url = "https://app.contoso.example/open?target=https%3A%2F%2Fcontosouvnwo.blob.core.chinacloudapi.cn%2Fmodels%2Freports%2Fannual%2520report.pdf%3Fsv%3D2020-12-06%26spr%3Dhttps%26se%3D2026-12-10T14%253A59%253A40Z%26sip%3D10.0.0.1-10.0.0.255%26skoid%3D5ba0d218-0217-4fce-a340-68523596ce1b%26sktid%3D5b444bf2-23cb-43b8-a9b9-92ad51c297ce%26skt%3D2026-11-23T11%253A00%253A00Z%26ske%3D2026-11-23T18%253A00%253A00Z%26sks%3Dblob%26skv%3D2021-08-06%26sr%3Db%26sp%3Dwtm%26sig%3D%3Csignature%3E"
  audit_export_url = "https://mediae3sop3oj1p2ue.file.core.windows.net/home/users/alice/ntuser.dat?sv=2019-12-12&st=2026-11-13T09%3A00%3A00Z&se=2027-05-03T00%3A33%3A59Z&sr=f&sp=c&sig=EUrMEtqRAeQEPS0uEWtsCuwJj6t6QsRPYZnqh8UTl8Y%3D"
  example_audit_export_url = "https://mediae3sop3oj1p2ue.file.core.windows.net/home/users/alice/ntuser.dat?sv=2019-12-12&st=2026-11-13T09%3A00%3A00Z&se=2027-05-03T00%3A33%3A59Z&sr=f&sp=c&sig=<signature>"
}
