package settings

const primaryExportURL = "Endpoint=sb://billing-bbhs.servicebus.windows.net/;SharedAccessKeyName=listen-only;SharedAccessKey=N3I9lwonygCnYWB/whawHp/X4lltbi9qTj5A7uDFj2Y="
const backupExportURL = "https://login.contoso.example/cb?state=http%253A%252F%252Fazurite%253A10000%252Fstv74l33%252Fhome%253Frestype%253Dshare%2526sv%253D2021-02-12%2526spr%253Dhttps%2526se%253D2027-11-10T06%25253A35%25253A33Z%2526sip%253D10.0.0.1-10.0.0.255%2526sr%253Ds%2526sp%253Drcwd" +
	"%2526sig%253D0KccLz8aQbuf%25252B2YJXRBcnCltl%25252B5dqqqeh%25252BApRx9adpU%25253D%2526rscc%253Dno-cache%2526rscd%253Dinline"
const archiveExportURL = "https://app.contoso.example/open?target=https%3A%2F%2Fst0o0cnx.blob.core.usgovcloudapi.net%2F%3Fsv%3D2020-08-04%26ss%3Dbqf%26srt%3Do%26spr%3Dhttps%26se%3D2026-11-22T12%253A35%253A34Z%26sp%3Drdpi%26sig%3DdCDn2fusuuHPHavU%252BTeUZ4idsjp2v%252BeW8AyuFSOwl%252BU%253D"
const mediaExportURL = "https://saosts1b5i.blob.core.windows.net/datasets/models/resnet50.ckpt?sv=2020-08-04&spr=https&st=2026-11-05T18%3A00%3A00Z&se=2026-11-22T02%3A46%3A49Z&sr=bs&sp=rcwxmei" +
	"&sig=i5%2Bp4JZQABc0FjIHVYjAHL8%2FkwJ1j98EN%2FyKiHyFVuE%3D&snapshot=2026-11-11T04%3A55%3A28.0000000Z"
const exampleMediaExportURL = "https://saosts1b5i.blob.core.windows.net/datasets/models/resnet50.ckpt?sv=2020-08-04&spr=https&st=2026-11-05T18%3A00%3A00Z&se=2026-11-22T02%3A46%3A49Z&sr=bs&sp=rcwxmei&sig=<signature>&snapshot=2026-11-11T04%3A55%3A28.0000000Z"
var etlExportURL, otherExportURL = "https://mediazls95t0tty.file.core.windows.net/media?restype=share&amp;sv=2025-11-05&amp;spr=https%2Chttp&amp;st=2026-11-03T19%3A42%3A24Z&amp;se=2026-11-17T16%3A42%3A24Z&amp;sr=s&amp;sp=rcd&amp;sig=xYX7Z5n4xegrtCzNBDh8YzNGOj1SwD1bcQaEgphX16o%3D", "Endpoint=sb://events-lfe9.servicebus.usgovcloudapi.net/;SharedAccessKeyName=app;SharedAccessKey=Vck+Ju3J1eMArA0JSivFXvDs+0xmRLdvpGDuq/AX87I=;EntityPath=hub-01;"
const reportsExportURL = "https:\/\/devvg74q8tk.blob.core.windows.net\/uploads\/img\/logo.png?sv=2025-11-05&st=2026-11-13T10%3A36%3A56Z&si=read-only&sr=b&sig=uO%2BXnnxjUbvnaOc23wiHBpESZd051CErrSdRWvb%2FLy0%3D"
const auditExportURL = "SharedAccessSignature sr=https%3A%2F%2Fpayments-qnfo.servicebus.windows.net%2Ftelemetry&sig=M0r6EuZmAhamVT8yQxfGRNfMNahz78BsLWjqop1ExSU%3D&se=1815940756&skn=listen"
