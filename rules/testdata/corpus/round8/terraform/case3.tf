locals {
  primary_export_url = "https://sag3blp0fyx.dfs.core.windows.net/gold/landing/erp?sv=2020-02-10\u0026spr=https\u0026st=2026-11-11T21%3A00%3A00Z\u0026se=2026-12-11T14%3A49%3A51Z\u0026skoid=f1c2c969-ed0f-4289-a39b-f9ae29a30441\u0026sktid=7a5ba8a2-3e93-4462-ada9-0f1fcbb7c7f0\u0026skt=2026-11-24T14%3A00%3A00Z\u0026ske=2026-11-25T11%3A00%3A00Z\u0026sks=dfs\u0026skv=2021-08-06\u0026sr=d\u0026sp=cwdleop\u0026sig=x4A8ZKTTD0vdIyecoByI4zoMO%2FTUr3Fjb30tWE8vKh0%3D\u0026sdd=2"
  example_primary_export_url = "https://sag3blp0fyx.dfs.core.windows.net/gold/landing/erp?sv=2020-02-10\u0026spr=https\u0026st=2026-11-11T21%3A00%3A00Z\u0026se=2026-12-11T14%3A49%3A51Z\u0026skoid=f1c2c969-ed0f-4289-a39b-f9ae29a30441\u0026sktid=7a5ba8a2-3e93-4462-ada9-0f1fcbb7c7f0\u0026skt=2026-11-24T14%3A00%3A00Z\u0026ske=2026-11-25T11%3A00%3A00Z\u0026sks=dfs\u0026skv=2021-08-06\u0026sr=d\u0026sp=cwdleop\u0026sig=\u003csignature\u003e\u0026sdd=2"
  backup_export_url = join("", [
    "https://app.contoso.example/open?target=https%3A%2F%2Fprodjs9gnexiughc.file.core.windows.net%2Fconfig%2Fdrop%2Fbuild%252042.zip%3Fsv%3D2021-04-10%26spr%3Dhttps%252Chttp%26st%3D2026-11-17T22%253A00%253A00Z%26se%3D2027-05-02T04%253A41%253A28Z%26sip%3D168.1.5.60-168.1.5.70%26sr%3Df%26sp%3Dd%26sig%3DVzqqkKHGk9DJ",
    "ZRfPtEYuwNsefHZnooYM%252FmHPVFUSk4M%253D",
  ])
  archive_export_url = join("", [
    "SharedAccessSignature sr=fleet-m121.azure-devices.net%2Fdevices%2Fsensor-01&sig=UGnhVjtEwpY4eLXbmsxH5BduzVHyNiBKZiW8Ey9Da0w%3D",
    "&se=1795309660",
  ])
  media_export_url = "https://app.contoso.example/open?target=Endpoint%3Dsb%3A%2F%2Ftelemetry-b1tv.servicebus.usgovcloudapi.net%2F%3BSharedAccessKeyName%3Dsend%3BSharedAccessKey%3DmhNK4C0PszfyPKOzGzsA7naPObxRzYdIdz0euE38lO8%3D"
  etl_export_url = "SharedAccessSignature sr=fleet-hnqd.azure-devices.net\u0026sig=2MP2ijmejE5ugZaqfZS531S22nAXDwP88IGRV4psuOQ%3D\u0026se=1795343067\u0026skn=iothubowner"
  reports_export_url = "https://login.contoso.example/cb?state=https%253A%252F%252Fdata.wingtiptoys.dev%253A8443%252Fhome%252Fapp%252Fsettings.json%253Fsv%253D2020-10-02%2526spr%253Dhttps%25252Chttp%2526se%253D2026-11-26T11%25253A50%25253A18Z%2526sip%253D10.0.0.1-10.0.0.255%2526sr%253Df%2526sp%253Drcd%2526sig%253DYyBerinKljlRf8sle4BgkWsEE2mWkI9RFvr1h4t1QAU%25253D"
  audit_export_url = join("", [
    "https://8cn4cg.azureedge.net/lake/landing/erp/orders.parquet?sv=2020-02-10\u0026spr=https%2Chttp\u0026st=2026-11-10T14%3A00%3A00Z\u0026se=2029-08-25T03%3A32%3A43Z\u0026sr=b\u0026sp=rawdo\u0026sig=CTgo4t88z5iY",
    "z9LpkF2v9jNJkppW1dR7vrd4PTaOhAE%3D",
  ])
}
