-- Flexible Server azure_storage extension, lets analysts COPY from blob.
CREATE EXTENSION IF NOT EXISTS azure_storage;

SELECT azure_storage.account_add('hlpgexports', 'HOWgpPi8VtOp1YndQoCG8DqXNhQA8SP7hD0+tWM1JWd6aWb/gHabIJzJke29lQN3EfAHmKXO9e6twOlQ8q7tlw==');

SELECT azure_storage.account_user_add('hlpgexports', 'analyst');

-- sanity check: list what is there
SELECT path, bytes, pg_size_pretty(bytes), content_type
FROM azure_storage.blob_list('hlpgexports', 'exports')
WHERE path LIKE '2026-11/%';

-- md5 of the last export (from blob properties) for the audit table
INSERT INTO audit.exports (path, content_md5) VALUES
  ('2026-11/orders.csv.gz', '9guhr5IL0UNk+5w3pZOhzQ==');
