export const listParams: Record<string, string> = {
  sv: '2026-04-06',
  ss: 'bf',
  srt: 'sco',
  sp: 'rl',
  se: '2030-01-01T00:00:00Z',
  sig: '7/GATI1Pyg7GFPxMaMqYFI2UPXqMES01IVCMv/YD6Sg=',
};

const docsQuery = [
  `sv=${encodeURIComponent('2026-04-06')}`,
  `se=${encodeURIComponent('2027-03-31T00:00:00Z')}`,
  `skoid=${encodeURIComponent('8db93d4b-e62c-446f-bf38-8a706c5da3dd')}`,
  `sktid=${encodeURIComponent('2bfde3e0-9c8f-4b8f-b607-073251371a23')}`,
  `skt=${encodeURIComponent('2024-01-01T00:00:00Z')}`,
  `ske=${encodeURIComponent('2027-03-31T00:00:00Z')}`,
  `sks=${encodeURIComponent('b')}`,
  `skv=${encodeURIComponent('2023-11-03')}`,
  `sr=${encodeURIComponent('c')}`,
  `sp=${encodeURIComponent('rl')}`,
  `sig=${encodeURIComponent('2ZWeR12FXT87Qhlu4DJfiJLCovKDsSzTxZusilI6tHo=')}`,
].join('&');

export const docsUrl = `https://stjm6vs3ed8b.blob.core.windows.net/docs?${docsQuery}`;
export const account = 'stnccwzk7hde';
