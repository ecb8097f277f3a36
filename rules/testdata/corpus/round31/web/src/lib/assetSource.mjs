const parts = [
  `sv=${encodeURIComponent('2026-04-06')}`,
  `spr=${encodeURIComponent('https,http')}`,
  `st=${encodeURIComponent('2028-09-01T06:16:55Z')}`,
  `se=${encodeURIComponent('2028-11-25T06:16:55Z')}`,
  `sr=${encodeURIComponent('b')}`,
  `sp=${encodeURIComponent('r')}`,
  `sig=${encodeURIComponent('BIxHPlbTl1Num6b/BbGDIOCoF0FLCTYGzGzC7AW8rSc=')}`,
];
export const ASSET = 'https://cv426yo6j0765y9.blob.core.windows.net/raw/2026/11/orders.parquet?' + parts.join('&');
export const PARTNER = `https://cdnacme.blob.core.windows.net/p?sv=2024-11-04&sr=c&sp=r&sig=${import.meta.env.VITE_PARTNER_SIG}`;
