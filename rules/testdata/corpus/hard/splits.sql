-- PostgreSQL
INSERT INTO settings VALUES ('export', 'https://st3vsp0gnb.blob.core.windows.net/models/exports/2026/q3.csv?sv=2020-02-10&spr=https%2Chttp&' ||
  'se=2048-06-04T04%3A42%3A19Z&sr=b&sp=rcwxmy&sig=x8D2YR9qIg9%2FsAKIqoQGgFj%2BOfpipi23mUrZvCKbhtY%3D');
-- T-SQL
SET @url = N'https://data.wingtiptoys.dev:8443/?sv=2019-12-12&ss=f&srt=s&spr=https%2Chttp&' +
  N'se=2027-02-15T01%3A26%3A52Z&sp=rwdxftuy&sig=lkPYA3s3uAKmq0t4o7yD8uph4eU5b1QvQRg%2BQzOsFwc%3D';
