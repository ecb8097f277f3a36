INSERT INTO settings (name, value, note) VALUES
  (N'export_url', N'https://devdti1.blob.core.windows.net/backups/backups/db.bak?sv=2020-12-06&se=2026-11-22T01%3A00%3A47Z&sr=b&sp=rtmy&sig=TvrytdY%2F1%2FGDUKa%2ByTpfQwlU%2BXWI2ylowYbVfMZlmeM%3D', N'partner''s drop'),
  ('conn', 'DefaultEndpointsProtocol=http;AccountName=saflwqjei9cf;AccountKey=TcJhR1otCOdGP+uOSJmrSMkpF7hJwTuvHPUmzKy/B1MgySDEngJ8BTei9nJ6bm/9OtDcCLO8vKAN9aDHU+IraQ==;EndpointSuffix=core.usgovcloudapi.net', 'it''s the prod account');
