final ingestUri = Uri.https(
  'datah0x96cs7.blob.core.windows.net',
  '/ingest',
  {
    'sv': '2026-04-06',
    'spr': 'https',
    'se': '2028-03-31T00:00:00Z',
    'sr': 'c',
    'sp': 'cw',
    'sig': 'jVDeek+dOL7pdANdnQAFYf3TRaaRQHb2D+HhWjYHoJQ=',
  },
);

final previewUri = Uri.https('datah0x96cs7.blob.core.windows.net', '/ingest', {'sv': '2024-08-04', 'sp': 'r', 'sig': 'REPLACE_ME'});
