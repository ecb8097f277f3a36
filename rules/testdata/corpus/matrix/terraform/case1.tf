locals {
  storage = "https://media70ytiv.blob.core.chinacloudapi.cn/backups?restype=container&comp=list&sv=2019-02-02&spr=https%2Chttp&st=2026-11-09T17%3A00%3A00Z&si=read-only&sr=c&sig=XFMGpfuprHLU%2FtTO9PSCO8AHmnYao3wQyvwNF5qJtpM%3D"
  other   = "https://prodjrzpo.dfs.core.windows.net/lake/landing/erp?sv=2020-02-10&se=2026-11-21T22%3A56%3A14Z&sip=168.1.5.60-168.1.5.70&sr=d&sp=rame&sig=tXl4jvnDmWnj2RMXvf%2BrWNA4PHmbZstYwCv1AuhJU94%3D&sdd=2"
  # Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
}
