// Trailer shown on the app's home screen. User delegation SAS, minted by the media team.
const _host = 'stnwmediastream.blob.core.windows.net';

final Uri trailerUri = Uri.https(_host, '/vod/trailers/fy27.mp4', {
  'sv': '2026-04-06',
  'se': '2027-09-30T23:59:59Z',
  'skoid': '945b2ac6-784f-4ef1-9b32-9028f4cb55e0',
  'sktid': '669f9a81-23ed-4a18-aedf-7d6e484489aa',
  'skt': '2026-11-20T00:00:00Z',
  'ske': '2027-09-30T23:59:59Z',
  'sks': 'b',
  'skv': '2025-05-05',
  'sr': 'b',
  'sp': 'r',
  'sig': 'Tfu/CamrVK7wmagkYN7eOvC/fc45mWyWJd4/tMwWl9k=',
});

// local emulator used by widget tests
const cosmosEmulatorKey =
    'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';
