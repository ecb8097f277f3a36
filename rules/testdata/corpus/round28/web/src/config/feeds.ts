export const CATALOG_FEED =
  'https://stquillcat9c3355c.blob.core.windows.net/catalog-feed?' +
  'sv=2026-04-06' +
  '&se=2028-06-17T01%3A00%3A00Z' +
  '&sr=c' +
  '&sp=rl' +
  '&sig=WfrglZS6AcJKtp0siV4nvFPWnfAb8RiswGtpJnO%2FXrI%3D';
