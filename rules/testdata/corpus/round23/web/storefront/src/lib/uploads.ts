import { BlockBlobClient } from '@azure/storage-blob';

const ACCOUNT = 'qmstoreupld02';

// account SAS (blob + queue) for the upload worker; IP-restricted to the egress range
const uploadSas = new URLSearchParams({
  sv: '2022-11-02',
  ss: 'bq',
  srt: 'co',
  sp: 'rwlac',
  se: '2027-11-30T23:00:00Z',
  st: '2026-11-01T00:00:00Z',
  sip: '20.61.4.0-20.61.4.255',
  spr: 'https',
  sig: '6ccjHZcGbwqhGJ4Dz5gf8oloUo5d699UZdXpgsgQHck=',
});

const exampleSas = new URLSearchParams({ sv: '2022-11-02', ss: 'b', srt: 'o', sp: 'r', se: '2027-01-01T00:00:00Z', sig: 'xxxxxxxxxxxxxxxxxxxx' });

export function uploadClient(container: string, name: string): BlockBlobClient {
  const url = `https://${ACCOUNT}.blob.core.windows.net/${container}/${encodeURIComponent(name)}?${uploadSas.toString()}`;
  return new BlockBlobClient(url);
}

export const _example = exampleSas;
