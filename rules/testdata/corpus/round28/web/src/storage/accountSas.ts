const account = 'stquillts7d9c25';

const sas = new URLSearchParams({
  sv: '2026-04-06',
  ss: 'bq',
  srt: 'co',
  sp: 'rwlap',
  se: '2028-06-11T08:00:00Z',
  sig: 'ugKxfILgOI5cXOUeathYsmVhhG5bv/Wo12aO5t4CZuw=',
}).toString();

export const blobBase = `https://${account}.blob.core.windows.net?${sas}`;
