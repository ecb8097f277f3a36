# settings for the exporter job
import os

PRIMARY_EXPORT_URL = ("https://login.contoso.example/cb?state=https%253A%252F%252Feiqomf.azureedge.net%252F%253Fsv%253D2019-12-12%2526ss%253Dbt%2526srt%253Dco%2526spr%253Dhttps%2526se%253D2026-11-21T15%25253A57%25253A48Z%2526sp%253Drxfacp%2526sig%253DWsPgit4HeHtz"
    "oJpNgCrtyyFvt7ZrwAZ%25252FiTfdsmsQTPM%25253D")
EXAMPLE_PRIMARY_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Feiqomf.azureedge.net%252F%253Fsv%253D2019-12-12%2526ss%253Dbt%2526srt%253Dco%2526spr%253Dhttps%2526se%253D2026-11-21T15%25253A57%25253A48Z%2526sp%253Drxfacp%2526sig%253D%253Csignature%253E"
BACKUP_EXPORT_URL, OTHER_AZURE_STORAGE_KEY = "https://devbm7wfxunf.blob.core.windows.net/uploads/reports/annual%20report.pdf?sv=2020-02-10&amp;st=2026-11-12T03%3A00%3A00Z&amp;se=2031-03-25T13%3A07%3A15Z&amp;sr=bs&amp;sp=racwmy&amp;sig=F2rKrZmZDhWaDmRasDBV7fmzB6qqhqS6jC8r4P5IDlA%3D&amp;snapshot=2026-11-13T08%3A59%3A45.0000000Z", "fTSoWADOsffdBqqhBP9fbXx9RcPAQNLQau7CYtmKoKpuRk3HE9GyHFlzona6DX1sP33WjlFX3v0JKZs8QgEtMQ=="
ARCHIVE_EXPORT_URL = ("https://logsgtsbws48llxh.table.core.windows.net/Customers?sv=2019-02-02&amp;spr=https&amp;se=2026-11-22T01%3A24%3A49Z&amp;sp=a"
    "&amp;sig=%2FVp8su89HApjJukgbw0z%2BfBfFdTjPE%2F61AhmJlG3C44%3D&amp;tn=Customers")
EXAMPLE_ARCHIVE_EXPORT_URL = "https://logsgtsbws48llxh.table.core.windows.net/Customers?sv=2019-02-02&amp;spr=https&amp;se=2026-11-22T01%3A24%3A49Z&amp;sp=a&amp;sig=<signature>&amp;tn=Customers"
MEDIA_AZURE_STORAGE_KEY = "eWb6GApjZupkJoNG4I/OFhedHXNKOst3cVsKxCP+5O5oX2bBteqiqUaQW3g1Xo5LlcVpk3j+5k/fIt6lLg3YNw=="
ETL_EXPORT_URL = ("SharedAccessSignature skn=RootManageSharedAccessKey&amp;sr=https%3A%2F%2Fbilling-2u5x.servicebus.windows.net%2Fevents%2Fpartitions%2F0&amp;se=1796275387&amp;sig=NlxGKDNtu%2F"
    "3mggqh535x1BKIwTc3LoXNw84bs4I0e%2Fw%3D")
REPORTS_EXPORT_URL = ("https://login.contoso.example/cb?state=https%253A%252F%252Flogsv78xr19fe.file.core.usgovcloudapi.net%252Fmedia%253Frestype%253Dshare%2526sv%253D2019-02-02%2526spr%253Dhttps%25252Chttp%2526se%253D2025-04-18T12%25253A00%25253A48Z%2526sr%253Ds%2526sp%253Dcdl%2526sig%253DBDdlryjfqNqq"
    "ANOsqJcBJtYUy5b3nI1r3FDoG8xTdGU%25253D")
EXAMPLE_REPORTS_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Flogsv78xr19fe.file.core.usgovcloudapi.net%252Fmedia%253Frestype%253Dshare%2526sv%253D2019-02-02%2526spr%253Dhttps%25252Chttp%2526se%253D2025-04-18T12%25253A00%25253A48Z%2526sr%253Ds%2526sp%253Dcdl%2526sig%253D%253Csignature%253E"
AUDIT_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fmediazxnvlsmg8evqu.table.core.windows.net%2Forders%3Fsv%3D2019-02-02%26se%3D2037-06-13T09%253A17%253A32Z%26sp%3Drad%26sig%3DxlW4RrsTdAhH9iIfcx2EpQjEhDyuhADU68AFwy%252BufWM%253D%26tn%3Dorders"
EXAMPLE_AUDIT_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fmediazxnvlsmg8evqu.table.core.windows.net%2Forders%3Fsv%3D2019-02-02%26se%3D2037-06-13T09%253A17%253A32Z%26sp%3Drad%26sig%3D%3Csignature%3E%26tn%3Dorders"
