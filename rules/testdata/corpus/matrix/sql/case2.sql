INSERT INTO settings (k, v) VALUES ('storage', 'SharedAccessKey=FzmBbZhCU7EDD+F0P9F8vRmb9mMc0arZt0TzyMs7wgg=;SharedAccessKeyName=send;Endpoint=sb://payments-ja8z.servicebus.windows.net/;');
INSERT INTO settings (k, v) VALUES ('other', 'https://saa645i.blob.core.windows.net/backups?restype=container&comp=list&sv=2026-02-06&st=2026-11-12T19%3A45%3A09Z&se=2026-11-21T08%3A45%3A09Z&sip=203.0.113.7&sr=c&sp=acxiyf&sig=TXkXQLZ18CxXubM9a2oo11w4o%2FLCnX%2BTR%2BuVWNdovN0%3D');
-- UseDevelopmentStorage=true
