PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (id INTEGER PRIMARY KEY, name TEXT NOT NULL, value TEXT);
INSERT INTO settings VALUES(1,'site.title','Contoso Garden');
INSERT INTO settings VALUES(2,'media.base','https://sqlt2kx9p21pqlh.blob.core.windows.net/media');
INSERT INTO settings VALUES(3,'media.sas','sv=2026-04-06&si=cms-read&sr=c&sig=SWVIxopXA4%2Fzl%2FEsKfgLacIns9TfT%2BkWvGB9xIGe9fQ%3D');
INSERT INTO settings VALUES(4,'media.sas.old','sv=2026-04-06&se=2025-11-30T17%3A30%3A00Z&sr=c&sp=rl&sig=vgNVRxqAdq8R9fHAOD7fA7tfoIrRwzA%2BSszrde5n1BE%3D');
INSERT INTO settings VALUES(5,'session.secret','RrWWzR2yuO/qA/DovcplCc7xuNlF1e4I9W6Qj6TLzOk=');
COMMIT;
