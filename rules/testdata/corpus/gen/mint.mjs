// Mints real-format Azure SAS tokens, account keys and Service Bus / Event
// Hubs / IoT Hub tokens for throwaway accounts that do not exist, with the
// official Azure SDK for JavaScript (storage) and the documented HMAC
// algorithm (Service Bus, IoT Hub). Randomness is seeded, so a rerun mints
// the same corpus.
import crypto from 'node:crypto';
import * as blob from '@azure/storage-blob';
import * as share from '@azure/storage-file-share';
import * as queue from '@azure/storage-queue';
import * as dl from '@azure/storage-file-datalake';
import * as tables from '@azure/data-tables';

// The clock the Go test pins: tokens expiring at or before it are expired.
export const REF = new Date('2026-11-22T00:00:00Z');

// ---- seeded randomness -------------------------------------------------

let counter = 0;
const SEED = 'sasguard-corpus-v1';

export function rbytes(n) {
  const chunks = [];
  let have = 0;
  while (have < n) {
    const h = crypto.createHash('sha256').update(`${SEED}:${counter++}`).digest();
    chunks.push(h);
    have += h.length;
  }
  return Buffer.concat(chunks).subarray(0, n);
}

export function rint(n) {
  return rbytes(4).readUInt32BE(0) % n;
}

export function pick(a) {
  return a[rint(a.length)];
}

export function chance(p) {
  return rint(10000) < p * 10000;
}

const alnum = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function word(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alnum[rint(alnum.length)];
  return s;
}

export function account() {
  const prefix = pick(['st', 'sa', 'data', 'ml', 'prod', 'dev', 'logs', 'media', 'backup', 'contoso', 'fab', 'tw']);
  return (prefix + word(4 + rint(10))).slice(0, 24);
}

export function namespace() {
  return pick(['orders', 'billing', 'telemetry', 'ingest', 'events', 'fleet', 'payments', 'notify']) + '-' + word(4);
}

export const key64 = () => rbytes(64).toString('base64');
export const key32 = () => rbytes(32).toString('base64');
export const guid = () => {
  const h = rbytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

// ---- times -------------------------------------------------------------

const DAY = 86400e3;

// live returns an expiry after the pinned clock: hours to decades away.
export function live() {
  const spans = [DAY / 12, DAY, 7 * DAY, 30 * DAY, 365 * DAY, 5 * 365 * DAY, 25 * 365 * DAY];
  const span = pick(spans);
  return roundSec(new Date(REF.getTime() + 3600e3 + rint(Math.floor(span / 1000)) * 1000));
}

// expired returns an expiry before the pinned clock: hours to years ago.
export function expired() {
  const spans = [DAY / 12, DAY, 30 * DAY, 365 * DAY, 6 * 365 * DAY];
  const span = pick(spans);
  return roundSec(new Date(REF.getTime() - 60e3 - rint(Math.floor(span / 1000)) * 1000));
}

function roundSec(d) {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

export function expiry(isLive) {
  return isLive ? live() : expired();
}

// ---- versions and permissions -----------------------------------------

export const VERSIONS = [
  '2015-04-05', '2015-07-08', '2016-05-31', '2017-04-17', '2017-07-29', '2017-11-09', '2018-03-28',
  '2018-11-09', '2019-02-02', '2019-07-07', '2019-10-10', '2019-12-12', '2020-02-10', '2020-04-08',
  '2020-06-12', '2020-08-04', '2020-10-02', '2020-12-06', '2021-02-12', '2021-04-10', '2021-06-08',
  '2021-08-06', '2021-10-04', '2021-12-02', '2022-11-02', '2023-01-03', '2023-08-03', '2023-11-03',
  '2024-05-04', '2024-08-04', '2024-11-04', '2025-01-05', '2025-05-05', '2025-07-05', '2025-11-05',
  '2026-02-06', '2026-04-06',
];

// subset picks a random non-empty subset of letters, keeping their order.
export function subset(letters, min = 1) {
  for (;;) {
    const s = [...letters].filter(() => chance(0.5)).join('');
    if (s.length >= min) return s;
  }
}

// withVersion calls mint with a random version, moving to newer ones until
// the SDK accepts the combination (new permissions need new versions).
function withVersion(version, minVersion, mint) {
  let i = version ? VERSIONS.indexOf(version) : rint(VERSIONS.length);
  if (i < 0) throw new Error(`unknown version ${version}`);
  if (minVersion) i = Math.max(i, VERSIONS.indexOf(minVersion));
  let last;
  for (; i < VERSIONS.length; i++) {
    try {
      return mint(VERSIONS[i]);
    } catch (e) {
      if (!(e instanceof RangeError) && !/version/i.test(String(e))) throw e;
      last = e;
    }
  }
  throw last;
}

const PROTOCOLS = [undefined, 'https', 'https,http'];

function common(o) {
  const out = {
    expiresOn: o.expiresOn,
    startsOn: o.startsOn,
    protocol: o.protocol,
    ipRange: o.ipRange,
  };
  return out;
}

// randomCommon fills start, protocol and IP range for a token at random.
export function randomCommon(isLive, o = {}) {
  const expiresOn = o.expiresOn ?? expiry(isLive);
  const startsOn = o.startsOn !== undefined ? o.startsOn : chance(0.4) ? new Date(Math.min(expiresOn.getTime(), REF.getTime()) - (1 + rint(400)) * 3600e3) : undefined;
  const protocol = o.protocol !== undefined ? o.protocol : pick(PROTOCOLS);
  const ipRange = o.ipRange !== undefined ? o.ipRange : chance(0.2) ? pick([{ start: '10.0.0.1', end: '10.0.0.255' }, { start: '203.0.113.7' }, { start: '168.1.5.60', end: '168.1.5.70' }]) : undefined;
  return { expiresOn, startsOn, protocol, ipRange };
}

// ---- the token record ---------------------------------------------------

// A token is what a file gets and what its .want expects.
//   text: the canonical paste (URL, query, connection string, SB token)
//   kind: the engine's kind
//   exp:  effective expiry (null when a stored policy or a key sets none)
//   note: what it is, for humans reading the .want
function token(kind, text, exp, note, extra = {}) {
  return { kind, text, exp, note, ...extra };
}

export function severity(t) {
  return t.exp && t.exp.getTime() <= REF.getTime() ? 'warning' : 'error';
}

function liveWord(exp) {
  if (!exp) return 'no expiry';
  return exp.getTime() <= REF.getTime() ? `expired ${iso(exp)}` : `live until ${iso(exp)}`;
}

export const iso = (d) => d.toISOString().replace('.000Z', 'Z');

// ---- storage hosts -----------------------------------------------------

// host picks where a URL points: public, sovereign, private endpoint, DNS
// zone endpoint, custom domain, CDN, static website or Azurite with a
// non-emulator account (path-style).
export function storageBase(acct, service, style) {
  style = style ?? pick(['public', 'public', 'public', 'public', 'china', 'gov', 'private', 'zone', 'custom', 'cdn', 'frontdoor', 'azurite']);
  switch (style) {
    case 'public':
      return `https://${acct}.${service}.core.windows.net`;
    case 'china':
      return `https://${acct}.${service}.core.chinacloudapi.cn`;
    case 'gov':
      return `https://${acct}.${service}.core.usgovcloudapi.net`;
    case 'private':
      return `https://${acct}.privatelink.${service}.core.windows.net`;
    case 'zone':
      return `https://${acct}.z${10 + rint(40)}.${service}.storage.azure.net`;
    case 'custom':
      return pick(['https://files.contoso-media.com', 'https://downloads.fabrikam.io', 'https://assets.tailwindtraders.net', 'https://data.wingtiptoys.dev:8443']);
    case 'cdn':
      return `https://${word(6)}.azureedge.net`;
    case 'frontdoor':
      return `https://contoso-${word(8)}.z01.azurefd.net`;
    case 'web':
      return `https://${acct}.z${10 + rint(40)}.web.core.windows.net`;
    case 'azurite': {
      const port = { blob: 10000, queue: 10001, table: 10002, dfs: 10000, file: 10000 }[service] ?? 10000;
      return `http://${pick(['127.0.0.1', 'localhost', 'azurite'])}:${port}/${acct}`;
    }
  }
  throw new Error(`style ${style}`);
}

// ---- storage SAS -------------------------------------------------------

function cred(acct, key) {
  return new blob.StorageSharedKeyCredential(acct, key);
}

// accountSAS mints an account SAS with one of the SDK packages.
export function accountSAS(o = {}) {
  const isLive = o.live ?? chance(0.7);
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const services = o.services ?? subset('bfqt');
  const types = o.types ?? subset('sco');
  const pkg = o.pkg ?? (o.perms ? 'blob' : pick(['blob', 'blob', 'share', 'queue']));
  const perms = o.perms ?? subset(pkg === 'blob' ? 'rwdxylacuptfi' : 'rwdlacup', 1);
  const c = randomCommon(isLive, o);
  const mod = { blob, share, queue }[pkg];
  const q = withVersion(o.version, o.minVersion, (version) =>
    mod.generateAccountSASQueryParameters({
      ...common(c),
      version,
      permissions: mod.AccountSASPermissions.parse(perms),
      services: mod.AccountSASServices.parse(services).toString(),
      resourceTypes: mod.AccountSASResourceTypes.parse(types).toString(),
      ...(o.sdk ?? {}),
    }, new mod.StorageSharedKeyCredential(acct, key)).toString());
  const service = { b: 'blob', f: 'file', q: 'queue', t: 'table' }[services[0]];
  const base = o.base ?? storageBase(acct, service, o.style);
  const url = `${base}/?${q}`;
  const sp = new URLSearchParams(q).get('sp');
  return token('account_sas', url, c.expiresOn, `account SAS ss=${services} srt=${types} sp=${sp}, ${liveWord(c.expiresOn)}`, { query: q, account: acct, key, base });
}

const BLOB_NAMES = ['models/resnet50.ckpt', 'exports/2026/q3.csv', 'index.html', 'img/logo.png', 'backups/db.bak', 'train.parquet', 'reports/annual report.pdf', 'data/Überblick.json'];

function encPath(p) {
  return p.split('/').map(encodeURIComponent).join('/');
}

// blobSAS mints a service SAS for a container (sr=c), blob (b), snapshot
// (bs) or version (bv), optionally under a stored access policy (si).
export function blobSAS(o = {}) {
  const isLive = o.live ?? chance(0.7);
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const sr = o.sr ?? pick(['b', 'b', 'c', 'bs', 'bv']);
  const container = o.container ?? pick(['uploads', 'models', 'public', 'backups', 'logs', '$web', 'datasets']);
  const name = sr === 'c' ? undefined : o.blob ?? pick(BLOB_NAMES);
  const stored = o.stored ?? chance(0.1);
  const c = randomCommon(isLive, o);
  const v = {
    containerName: container,
    blobName: name,
    ...common(c),
    ...(o.sdk ?? {}),
  };
  let minVersion;
  if (sr === 'bs') {
    v.snapshotTime = new Date(REF.getTime() - rint(1e6) * 1e3).toISOString().replace('Z', '0000Z');
    minVersion = '2018-11-09';
  }
  if (sr === 'bv') {
    v.versionId = new Date(REF.getTime() - rint(1e6) * 1e3).toISOString().replace('Z', '0000Z');
    minVersion = '2019-12-12';
  }
  let exp = c.expiresOn;
  if (stored) {
    v.identifier = o.identifier ?? pick(['read-only', 'ci-upload', 'policy1', 'nightly']);
    if (!o.keepExpiry) {
      delete v.expiresOn;
      exp = null;
    }
    if (chance(0.5) || exp === null) {
      // a stored policy may define permissions as well
    } else {
      v.permissions = perm(sr, o.perms);
    }
  } else {
    v.permissions = perm(sr, o.perms);
  }
  if (o.overrides ?? chance(0.2)) {
    v.cacheControl = 'max-age=3600';
    v.contentDisposition = 'attachment; filename="export.csv"';
    if (chance(0.5)) v.contentType = 'text/csv';
  }
  const q = withVersion(o.version, o.minVersion ?? minVersion, (version) =>
    blob.generateBlobSASQueryParameters({ ...v, version }, cred(acct, key)).toString());
  let query = q;
  if (v.snapshotTime) query += `&snapshot=${encodeURIComponent(v.snapshotTime)}`;
  if (v.versionId) query += `&versionid=${encodeURIComponent(v.versionId)}`;
  if (o.extra) query += o.extra;
  const base = o.base ?? storageBase(acct, 'blob', o.style);
  const path = name ? `${encodeURIComponent(container)}/${encPath(name)}` : `${encodeURIComponent(container)}${sr === 'c' && chance(0.5) ? '?restype=container&comp=list&' : '?'}`;
  const url = name ? `${base}/${path}?${query}` : `${base}/${path}${query}`;
  return token('service_sas', url, exp, `blob service SAS sr=${sr}${stored ? ` si=${v.identifier}` : ''} sp=${v.permissions ? v.permissions.toString() : '(policy)'}, ${liveWord(exp)}`, { query, account: acct, key, base });
}

function perm(sr, perms) {
  if (sr === 'c') return blob.ContainerSASPermissions.parse(perms ?? subset('racwdxltfmeiyp'.replace('p', ''), 1));
  return blob.BlobSASPermissions.parse(perms ?? subset('racwdxytmei', 1));
}

// udKey is a fake user delegation key: what a real GetUserDelegationKey
// returns, with a random value.
function udKey(isLive, keyLive, o = {}) {
  const skExpiry = o.skExpiry ?? (keyLive ? new Date(REF.getTime() + (1 + rint(6 * 24)) * 3600e3) : new Date(REF.getTime() - (1 + rint(2000)) * 3600e3));
  const skStart = new Date(skExpiry.getTime() - (1 + rint(7 * 24 - 1)) * 3600e3);
  return {
    signedObjectId: guid(),
    signedTenantId: guid(),
    signedStartsOn: roundSec(skStart),
    signedExpiresOn: roundSec(skExpiry),
    signedService: o.service ?? 'b',
    signedVersion: o.keyVersion ?? pick(['2020-02-10', '2021-08-06', '2025-01-05']),
    value: key32(),
    ...(o.delegatedTenant ? { signedDelegatedUserTenantId: o.delegatedTenant } : {}),
  };
}

// userDelegationSAS mints a blob or Data Lake user delegation SAS. The
// effective expiry is the earlier of se and the key's ske.
export function userDelegationSAS(o = {}) {
  const isLive = o.live ?? chance(0.7);
  const keyLive = o.keyLive ?? isLive;
  const acct = o.account ?? account();
  const c = randomCommon(isLive, o);
  const k = udKey(isLive, keyLive, o);
  const service = o.service ?? pick(['blob', 'blob', 'dfs']);
  let q;
  let note;
  if (service === 'dfs') {
    const fsName = pick(['bronze', 'silver', 'gold', 'raw']);
    const dir = pick(['landing/erp', 'curated', 'tmp/2026/11']);
    q = withVersion(o.version, '2020-02-10', (version) =>
      dl.generateDataLakeSASQueryParameters({
        fileSystemName: fsName, pathName: dir, isDirectory: true, ...common(c), version,
        permissions: dl.DirectorySASPermissions.parse(o.perms ?? subset('racwdlmeop', 1)),
        preauthorizedAgentObjectId: chance(0.3) ? guid() : undefined,
        correlationId: chance(0.3) ? guid() : undefined,
      }, k, acct).toString());
    const base = o.base ?? storageBase(acct, 'dfs', o.style);
    note = `Data Lake user delegation SAS sr=d`;
    q = `${base}/${fsName}/${dir}?${q}`;
  } else {
    const container = pick(['datasets', 'models', 'exports']);
    const name = chance(0.5) ? pick(BLOB_NAMES) : undefined;
    q = withVersion(o.version, '2018-11-09', (version) =>
      blob.generateBlobSASQueryParameters({
        containerName: container, blobName: name, ...common(c), version, ...(o.sdk ?? {}),
        permissions: name ? blob.BlobSASPermissions.parse(o.perms ?? subset('racwdxytmei', 1)) : blob.ContainerSASPermissions.parse(o.perms ?? subset('racwdxltfmeiy', 1)),
      }, k, acct).toString());
    const base = o.base ?? storageBase(acct, 'blob', o.style);
    note = `blob user delegation SAS sr=${name ? 'b' : 'c'}`;
    q = `${base}/${container}${name ? '/' + encPath(name) : ''}?${q}`;
  }
  const exp = c.expiresOn < k.signedExpiresOn ? c.expiresOn : k.signedExpiresOn;
  return token('user_delegation_sas', q, exp, `${note}, se ${liveWord(c.expiresOn)}, ske ${liveWord(k.signedExpiresOn)}`, { query: q.slice(q.indexOf('?') + 1), account: acct });
}

// dataLakeSAS mints a Data Lake service SAS for a directory (sr=d, sdd),
// a file (sr=b) or a file system (sr=c).
export function dataLakeSAS(o = {}) {
  const isLive = o.live ?? chance(0.7);
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const c = randomCommon(isLive, o);
  const fsName = pick(['bronze', 'silver', 'gold', 'raw', 'lake']);
  const kind = o.target ?? pick(['dir', 'dir', 'file', 'fs']);
  const v = { fileSystemName: fsName, ...common(c) };
  let path = '';
  if (kind === 'dir') {
    path = pick(['landing/erp', 'curated/sales/2026', 'tmp']);
    v.pathName = path;
    v.isDirectory = true;
    v.permissions = dl.DirectorySASPermissions.parse(o.perms ?? subset('racwdlmeop', 1));
  } else if (kind === 'file') {
    path = pick(['landing/erp/orders.parquet', 'curated/people.csv']);
    v.pathName = path;
    v.permissions = dl.DataLakeSASPermissions.parse(o.perms ?? subset('racwdmeop', 1));
  } else {
    v.permissions = dl.FileSystemSASPermissions.parse(o.perms ?? subset('racwdlmeop', 1));
  }
  const q = withVersion(o.version, kind === 'dir' ? '2020-02-10' : undefined, (version) =>
    dl.generateDataLakeSASQueryParameters({ ...v, version }, new dl.StorageSharedKeyCredential(acct, key)).toString());
  const base = o.base ?? storageBase(acct, 'dfs', o.style);
  const url = `${base}/${fsName}${path ? '/' + path : ''}?${q}`;
  return token('service_sas', url, c.expiresOn, `Data Lake service SAS (${kind}) sp=${v.permissions.toString()}, ${liveWord(c.expiresOn)}`, { query: q, account: acct, key, base });
}

// fileSAS mints an Azure Files SAS for a file (sr=f) or a share (sr=s).
export function fileSAS(o = {}) {
  const isLive = o.live ?? chance(0.7);
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const c = randomCommon(isLive, o);
  const shareName = pick(['profiles', 'config', 'home', 'media']);
  const isShare = o.sr ? o.sr === 's' : chance(0.5);
  const filePath = isShare ? undefined : pick(['app/settings.json', 'users/alice/ntuser.dat', 'drop/build 42.zip']);
  const v = {
    shareName, filePath, ...common(c),
    permissions: isShare ? share.ShareSASPermissions.parse(o.perms ?? subset('rcwdl', 1)) : share.FileSASPermissions.parse(o.perms ?? subset('rcwd', 1)),
  };
  if (o.overrides ?? chance(0.2)) {
    v.contentDisposition = 'inline';
    v.cacheControl = 'no-cache';
  }
  const q = withVersion(o.version, undefined, (version) => share.generateFileSASQueryParameters({ ...v, version }, new share.StorageSharedKeyCredential(acct, key)).toString());
  const base = o.base ?? storageBase(acct, 'file', o.style);
  const url = `${base}/${shareName}${filePath ? '/' + encPath(filePath) : ''}?${isShare ? 'restype=share&' : ''}${q}`;
  return token('service_sas', url, c.expiresOn, `file service SAS sr=${isShare ? 's' : 'f'} sp=${v.permissions.toString()}, ${liveWord(c.expiresOn)}`, { query: q, account: acct, key, base });
}

// queueSAS mints a queue SAS: no sr, no tn.
export function queueSAS(o = {}) {
  const isLive = o.live ?? chance(0.7);
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const c = randomCommon(isLive, o);
  const queueName = pick(['jobs', 'thumbnails', 'orders-in', 'poison']);
  const stored = o.stored ?? chance(0.15);
  const v = { queueName, ...common(c) };
  let exp = c.expiresOn;
  if (stored) {
    v.identifier = pick(['workers', 'producer']);
    delete v.expiresOn;
    exp = null;
  } else {
    v.permissions = queue.QueueSASPermissions.parse(o.perms ?? subset('raup', 1));
  }
  const q = withVersion(o.version, undefined, (version) => queue.generateQueueSASQueryParameters({ ...v, version }, new queue.StorageSharedKeyCredential(acct, key)).toString());
  const base = o.base ?? storageBase(acct, 'queue', o.style);
  const url = `${base}/${queueName}/messages?${q}`;
  return token('service_sas', url, exp, `queue SAS${stored ? ` si=${v.identifier}` : ` sp=${v.permissions.toString()}`}, ${liveWord(exp)}`, { query: q, account: acct, key, base });
}

// tableSAS mints a table SAS (tn, optionally partition and row key ranges).
export function tableSAS(o = {}) {
  const isLive = o.live ?? chance(0.7);
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const c = randomCommon(isLive, o);
  const tableName = pick(['orders', 'Customers', 'audit2026', 'sessions']);
  const p = subset('raud', 1);
  const opts = {
    ...common(c),
    permissions: { query: p.includes('r'), add: p.includes('a'), update: p.includes('u'), delete: p.includes('d') },
  };
  if (chance(0.3)) {
    opts.startPartitionKey = 'tenant-001';
    opts.endPartitionKey = 'tenant-099';
  }
  if (o.version) opts.version = o.version;
  const q = tables.generateTableSas(tableName, new tables.AzureNamedKeyCredential(acct, key), opts);
  const base = o.base ?? storageBase(acct, 'table', o.style);
  const url = `${base}/${tableName}${chance(0.3) ? '()' : ''}?${q}`;
  return token('service_sas', url, c.expiresOn, `table SAS tn=${tableName} sp=${p}, ${liveWord(c.expiresOn)}`, { query: q, account: acct, key, base });
}

// anyStorageSAS picks one of the storage SAS families at random.
export function anyStorageSAS(o = {}) {
  return pick([accountSAS, accountSAS, blobSAS, blobSAS, userDelegationSAS, dataLakeSAS, fileSAS, queueSAS, tableSAS])(o);
}

// bare turns a URL token into its query, with or without the leading '?'.
export function bare(t, withQ = false) {
  return { ...t, text: (withQ ? '?' : '') + t.query, note: t.note + (withQ ? ' (query with ?)' : ' (bare query)') };
}

// ---- hand-signed account SAS (time formats the SDK never writes) --------

// accountSASManual signs an account SAS the documented way
// (https://learn.microsoft.com/rest/api/storageservices/create-account-sas)
// so that se/st can be written as the Azure CLI, the portal or .NET write
// them: date only, minutes, seven fractional digits, offsets.
export function accountSASManual(o) {
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const sv = o.version ?? '2022-11-02';
  const f = { sp: o.perms ?? 'rl', ss: o.services ?? 'b', srt: o.types ?? 'co', st: o.st ?? '', se: o.se, sip: o.sip ?? '', spr: o.spr ?? '', sv, ses: '' };
  const fields = [acct, f.sp, f.ss, f.srt, f.st, f.se, f.sip, f.spr, f.sv];
  const toSign = fields.join('\n') + '\n' + (sv >= '2020-12-06' ? f.ses + '\n' : '');
  const sig = crypto.createHmac('sha256', Buffer.from(key, 'base64')).update(toSign, 'utf8').digest('base64');
  const params = [];
  const order = o.order ?? ['sv', 'ss', 'srt', 'sp', 'st', 'se', 'sip', 'spr', 'sig'];
  for (const k of order) {
    const val = k === 'sig' ? sig : f[k];
    if (!val) continue;
    params.push(`${k}=${o.raw?.includes(k) ? val : encodeURIComponent(val)}`);
  }
  const q = params.join('&');
  const base = o.base ?? storageBase(acct, 'blob', 'public');
  return token('account_sas', `${base}/?${q}`, o.exp, `account SAS, se=${f.se} as ${o.how}`, { query: q, account: acct, key, base, sig });
}

// ---- connection strings ------------------------------------------------

const SUFFIXES = ['core.windows.net', 'core.windows.net', 'core.chinacloudapi.cn', 'core.usgovcloudapi.net'];

// keyConnString writes a storage connection string with AccountKey, its
// fields in a random order, with or without a trailing ';'.
export function keyConnString(o = {}) {
  const acct = o.account ?? account();
  const key = o.key ?? key64();
  const suffix = o.suffix ?? pick(SUFFIXES);
  let fields = [`DefaultEndpointsProtocol=${pick(['https', 'https', 'http'])}`, `AccountName=${acct}`, `AccountKey=${key}`];
  if (o.withSuffix ?? chance(0.7)) fields.push(`EndpointSuffix=${suffix}`);
  if (o.blobEndpoint ?? chance(0.15)) fields.push(`BlobEndpoint=https://${acct}.blob.${suffix}/`);
  if (o.shuffle ?? chance(0.4)) fields = shuffle(fields);
  const s = fields.join(';') + (o.trailing ?? chance(0.3) ? ';' : '');
  return token('storage_connection_string_key', s, null, `storage connection string with AccountKey (${fields.map((f) => f.split('=')[0]).join(',')})`, { account: acct, key });
}

// sasConnString writes a storage connection string with a
// SharedAccessSignature: endpoints only, or AccountName + EndpointSuffix.
export function sasConnString(o = {}) {
  const t = o.sas ?? accountSAS({ ...o, style: 'public' });
  const acct = t.account;
  const suffix = o.suffix ?? 'core.windows.net';
  let fields;
  switch (o.form ?? pick(['endpoints', 'blobonly', 'name'])) {
    case 'endpoints':
      fields = [`BlobEndpoint=https://${acct}.blob.${suffix}/`, `QueueEndpoint=https://${acct}.queue.${suffix}/`, `FileEndpoint=https://${acct}.file.${suffix}/`, `TableEndpoint=https://${acct}.table.${suffix}/`];
      break;
    case 'blobonly':
      fields = [`BlobEndpoint=https://${acct}.blob.${suffix}`];
      break;
    default:
      fields = [`AccountName=${acct}`, `EndpointSuffix=${suffix}`, 'DefaultEndpointsProtocol=https'];
  }
  const q = (o.leadingQ ? '?' : '') + t.query;
  fields.push(`SharedAccessSignature=${q}`);
  if (o.shuffle ?? chance(0.4)) fields = shuffle(fields);
  const s = fields.join(';') + (o.trailing ?? chance(0.3) ? ';' : '');
  return token('storage_connection_string_sas', s, t.exp, `storage connection string with SharedAccessSignature (${t.note})`, { account: acct });
}

function shuffle(a) {
  a = [...a];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rint(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---- Service Bus, Event Hubs, IoT Hub ----------------------------------

// sbConnString is a Service Bus or Event Hubs connection string with
// SharedAccessKey (optionally EntityPath).
export function sbConnString(o = {}) {
  const ns = o.namespace ?? namespace();
  const suffix = o.suffix ?? pick(['servicebus.windows.net', 'servicebus.windows.net', 'servicebus.chinacloudapi.cn', 'servicebus.usgovcloudapi.net']);
  const keyName = o.keyName ?? pick(['RootManageSharedAccessKey', 'send', 'listen-only', 'app']);
  let fields = [`Endpoint=sb://${ns}.${suffix}/`, `SharedAccessKeyName=${keyName}`, `SharedAccessKey=${o.key ?? key32()}`];
  if (o.entity ?? chance(0.4)) fields.push(`EntityPath=${pick(['orders', 'telemetry', 'hub-01'])}`);
  if (o.shuffle ?? chance(0.3)) fields = shuffle(fields);
  const s = fields.join(';') + (o.trailing ?? chance(0.3) ? ';' : '');
  return token('servicebus_sas', s, null, `Service Bus / Event Hubs connection string with SharedAccessKey (${fields.map((f) => f.split('=')[0]).join(',')})`);
}

// iotConnString is an IoT Hub device, module or service connection string.
export function iotConnString(o = {}) {
  const hub = o.hub ?? pick(['fleet', 'plant', 'meters']) + '-' + word(4);
  const form = o.form ?? pick(['device', 'module', 'service']);
  let fields = [`HostName=${hub}.azure-devices.net`];
  if (form === 'device') fields.push(`DeviceId=${pick(['sensor-01', 'truck42', 'edge-gw'])}`);
  if (form === 'module') fields.push('DeviceId=edge-gw', `ModuleId=${pick(['camera', 'filter'])}`);
  if (form === 'service') fields.push(`SharedAccessKeyName=${pick(['iothubowner', 'service', 'registryRead'])}`);
  fields.push(`SharedAccessKey=${o.key ?? key32()}`);
  const s = fields.join(';') + (o.trailing ?? chance(0.2) ? ';' : '');
  return token('servicebus_sas', s, null, `IoT Hub ${form} connection string with SharedAccessKey`);
}

// sbToken signs a Service Bus / Event Hubs SAS token the documented way
// (HMAC-SHA256 of "urlencoded-uri\nexpiry" keyed by the key string).
export function sbToken(o = {}) {
  const isLive = o.live ?? chance(0.6);
  const ns = o.namespace ?? namespace();
  const uri = o.uri ?? `https://${ns}.servicebus.windows.net/${pick(['orders', 'telemetry', 'events/partitions/0', ''])}`;
  const exp = expiry(isLive);
  const se = Math.floor(exp.getTime() / 1000);
  const keyName = o.keyName ?? pick(['RootManageSharedAccessKey', 'send', 'listen']);
  const encoded = encodeURIComponent(uri);
  const sig = crypto.createHmac('sha256', o.key ?? key32()).update(`${encoded}\n${se}`, 'utf8').digest('base64');
  const parts = { sr: encoded, sig: encodeURIComponent(sig), se: String(se), skn: keyName };
  const order = o.order ?? pick([['sr', 'sig', 'se', 'skn'], ['sr', 'sig', 'se', 'skn'], ['skn', 'sr', 'se', 'sig'], ['sig', 'se', 'skn', 'sr']]);
  const q = order.map((k) => `${k}=${parts[k]}`).join('&');
  return token('servicebus_sas', `SharedAccessSignature ${q}`, exp, `Service Bus SAS token, ${liveWord(exp)}`, { query: q });
}

// iotToken signs an IoT Hub / DPS SAS token (key base64-decoded).
export function iotToken(o = {}) {
  const isLive = o.live ?? chance(0.6);
  const hub = o.hub ?? pick(['fleet', 'plant']) + '-' + word(4);
  const resource = o.resource ?? pick([`${hub}.azure-devices.net/devices/sensor-01`, `${hub}.azure-devices.net`, `0ne00${word(6).toUpperCase()}/registrations/dev-7`]);
  const exp = expiry(isLive);
  const se = Math.floor(exp.getTime() / 1000);
  const encoded = encodeURIComponent(resource);
  const sig = crypto.createHmac('sha256', Buffer.from(o.key ?? key32(), 'base64')).update(`${encoded}\n${se}`).digest('base64');
  let q = `sr=${encoded}&sig=${encodeURIComponent(sig)}&se=${se}`;
  if (o.skn ?? chance(0.5)) q += `&skn=${resource.includes('registrations') ? 'registration' : 'iothubowner'}`;
  return token('servicebus_sas', `SharedAccessSignature ${q}`, exp, `IoT Hub/DPS SAS token for ${resource.includes('registrations') ? 'DPS' : 'IoT Hub'}, ${liveWord(exp)}`, { query: q });
}

// anyToken picks any family: storage SAS URLs, connection strings, Service
// Bus and IoT tokens.
export function anyToken(o = {}) {
  return pick([anyStorageSAS, anyStorageSAS, anyStorageSAS, anyStorageSAS, keyConnString, sasConnString, sbConnString, iotConnString, sbToken, iotToken])(o);
}

// ---- look-alikes for negatives -----------------------------------------

export const emulatorKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

// emulatorSAS is an account SAS for the public emulator account, signed
// with its published key: not a secret.
export function emulatorSAS() {
  return accountSAS({ account: 'devstoreaccount1', key: emulatorKey, base: `http://127.0.0.1:10000/devstoreaccount1`, live: true });
}

export const randomBase64 = (n) => rbytes(n).toString('base64');
