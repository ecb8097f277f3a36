# Long literals split the ways Python allows.
SAS_IMPLICIT = (
    "https://datayjqym7s2ouw8e.queue.core.chinacloudapi.cn/?sv=2020-04-08&ss=tq&srt=c&spr=https&"
    "se=2026-11-22T02%3A13%3A53Z&sip=203.0.113.7&sp=rwacu&sig=GH%2FVUVD3obHKJ7KOTKo9%2B2aS4uY5dJeQVaaDNe%2FWySw%3D"
)

SAS_PLUS = "http://localhost:10000/sa9i3vjb1yx2h/datasets?" + \
    "sv=2026-04-06&spr=https%2Chttp&se=2026-12-11T23%3A28%3A45Z&sip=168.1.5.60-168.1.5.70&sr=c&sp=alef&sig=iVIVvKGJPYxhMdEn3SrbTubmjKIhFJCmM%2BT0%2B%2BxMFXM%3D"

SAS_MID = ('http://127.0.0.1:10000/mediay25hvghrlx/models/reports/annual%20report.pdf?sv=2019-10-10&se=2026-11-24T00%3A35%3A42Z&skoid=62eef3ba-287f-4804-afbd-90ea55a4daa7&sktid=0ee25482-02f9-4cf7-aa41-52cfc24ddb01&skt=2026-11-18T12%3A00%3A00Z&ske=2026-11-25T06%3A00%3A00Z&sks=b&skv=2025-01-05&sr=b&sp=acd&sig=QdJmEzc%2BxPWVY'
           '4dBnRdnzaViO946UAjzYbIN3%2BoVhy0%3D')

OLD_EXPORT = r"https://contoso-l8owjujh.z01.azurefd.net/backups?restype=container&comp=list&sv=2023-01-03&spr=https&se=2026-11-11T06%3A56%3A53Z&sr=c&sp=racdltmiy&sig=6uNJUQP6JPM2WWDF%2FZ4Zl7pInI6Z7dBChmhyjRL8hUM%3D"

CONN = ("DefaultEndpointsProtocol=https;AccountName=prod4h4rktg;"
        "AccountKey=CdEdbKcXUZIxaXfrQnClzss1CTPzhwmeNtJ/OS9a3mZRHraux+SmDS0zefK3X6gyMQFUUue2SXH5T1rDydj9qg==;EndpointSuffix=core.usgovcloudapi.net")

account = "backupb3uzx"
SAS_F = f"https://{account}.blob.core.windows.net/?sv=2023-11-03&ss=bqf&srt=co&se=2027-01-26T20%3A38%3A57Z&sp=wxtacui&sig=14WtbwU8KWu3L1WNeG4k47wDyLsYWtFqxTA0I7one00%3D"

SAS_TEMPLATE = f"https://{account}.blob.core.windows.net/models?{sas_token}"
SAS_FORMAT = "https://%s.blob.core.windows.net/%s?sv=%s&se=%s&sr=b&sp=r&sig=%s" % (account, blob, sv, se, sig)
SAS_DOT_FORMAT = "sv={sv}&ss=b&srt=o&sp=r&se={se}&sig={sig}".format(**parts)
