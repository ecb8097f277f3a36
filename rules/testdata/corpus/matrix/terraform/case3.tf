locals {
  storage = "AccountName=backupcad13l1ttk9t;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;SharedAccessSignature=sv=2021-12-02&ss=bqf&srt=sco&se=2028-07-08T04%3A23%3A04Z&sip=203.0.113.7&sp=wdacup&sig=qi9ZaxaIdpubGsSjcfH9RND2ewEEuJsYcRuseP70%2FYI%3D"
  other   = "http://localhost:10000/twwdb6544ojjd2v/public/img/logo.png?sv=2023-11-03&spr=https&st=2026-11-19T09%3A00%3A00Z&se=2046-11-15T02%3A51%3A39Z&sr=bs&sp=rxtiy&sig=qMRu5%2B78lbR%2FB3J%2FtMSb7yX%2B0MBHDJpCYR2bUnJ8XfY%3D&snapshot=2026-11-10T20%3A10%3A57.0000000Z"
  # https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED
}
