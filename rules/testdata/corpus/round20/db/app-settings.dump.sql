PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, v TEXT);
INSERT INTO settings VALUES(1,'ui.theme','dark');
INSERT INTO settings VALUES(2,'export.sas','sv=2022-11-02&ss=b&srt=o&spr=https&se=2027-07-31T00%3A00%3A00Z&sp=rw&sig=HbktbPqhVYLYoXHX8xhVHDNHsqncPtjkONxo4pJtevY%3D');
INSERT INTO settings VALUES(3,'avatar.upload','{"sasUrl":"https:\/\/fabsqliteapp.blob.core.windows.net\/avatars?sv=2022-11-02\u0026spr=https\u0026se=2027-09-09T00%3A00%3A00Z\u0026sr=c\u0026sp=rcw\u0026sig=p9Gd9OQzesbYgfKo9qv5bhMOi%2F67gaZ3A9DjFVDZneU%3D"}');
INSERT INTO settings VALUES(4,'avatar.etag','"0x8DD0B3C4E5F6A71"');
INSERT INTO settings VALUES(5,'sync.nonce','8IwKPa9OmZn/VJGThBtWn1q+LqWU4U0t');
COMMIT;
