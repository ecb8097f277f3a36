// Writes ../cases.json: tokens across the whole SAS parameter space, each
// with the facts it was minted with, for rules/facts_corpus_test.go.
//
// Storage tokens are minted with the official Azure SDK for JavaScript (the
// corpus generator's install); Service Bus, Event Hubs and IoT Hub tokens with
// the documented HMAC algorithm (the corpus generator's sbToken/iotToken).
// Expiry and start formats the SDK never writes (date only, minutes,
// fractional seconds, offsets) are stamped into an SDK-minted query by hand:
// that breaks the signature's validity, but the signature stays a real
// 32-byte base64 HMAC and the engine cannot check signatures anyway.
//
// The expected facts come from the parameters passed to the SDK, never from
// the engine, and never by parsing the minted query (the generator only
// cross-checks the query against them to catch its own mistakes).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as M from '../../corpus/gen/mint.mjs';

// The SDK packages resolve from the corpus generator's node_modules.
const require = createRequire(new URL('../../corpus/gen/mint.mjs', import.meta.url));
const blob = require('@azure/storage-blob');
const share = require('@azure/storage-file-share');
const queue = require('@azure/storage-queue');
const dl = require('@azure/storage-file-datalake');
const tables = require('@azure/data-tables');

const REF = M.REF;
const CLOCK = '2026-11-22T00:00:00Z';
const HOUR = 3600e3;
const DAY = 24 * HOUR;

// Move the shared seeded stream away from the corpus's first values, so
// these tokens do not share keys with the corpus.
M.rbytes(1 << 16);

// ---- time helpers ---------------------------------------------------------

const isoSec = (d) => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const dateOnly = (d) => d.toISOString().slice(0, 10);
const sec = (d) => new Date(Math.floor(d.getTime() / 1000) * 1000);
const at = (ms) => sec(new Date(ms));

function liveExpiry() {
  const span = M.pick([2 * HOUR, DAY, 7 * DAY, 90 * DAY, 2 * 365 * DAY, 25 * 365 * DAY]);
  return at(REF.getTime() + HOUR + M.rint(Math.floor(span / 1000)) * 1000);
}
function expiredExpiry() {
  const span = M.pick([2 * HOUR, DAY, 30 * DAY, 365 * DAY, 6 * 365 * DAY]);
  return at(REF.getTime() - 60e3 - M.rint(Math.floor(span / 1000)) * 1000);
}
const expiry = (live) => (live ? liveExpiry() : expiredExpiry());

// start picks no start, one in the past, or (for a live token) one in the
// future before the expiry.
function start(exp, how) {
  how = how ?? M.pick(['none', 'none', 'past', 'future']);
  if (how === 'none') return undefined;
  if (how === 'future' && exp.getTime() > REF.getTime() + 2 * HOUR) {
    return at(REF.getTime() + HOUR + M.rint(Math.floor((exp.getTime() - REF.getTime() - 2 * HOUR) / 1000)) * 1000);
  }
  return at(Math.min(exp.getTime(), REF.getTime()) - (1 + M.rint(2000)) * HOUR);
}

const PROTOCOLS = [undefined, 'https', 'https,http'];
const IPS = [undefined, undefined, { start: '203.0.113.7' }, { start: '10.0.0.1', end: '10.0.0.255' }, { start: '168.1.5.60', end: '168.1.5.70' }];
const ipText = (ip) => (ip ? (ip.end ? `${ip.start}-${ip.end}` : ip.start) : null);

// common picks what every storage SAS shares; o overrides any of it.
function common(o = {}) {
  const live = o.live ?? M.chance(0.65);
  const expiresOn = o.expiresOn ?? expiry(live);
  return {
    expiresOn,
    startsOn: o.startsOn !== undefined ? o.startsOn : start(expiresOn, o.start),
    protocol: o.protocol !== undefined ? o.protocol : M.pick(PROTOCOLS),
    ipRange: o.ipRange !== undefined ? o.ipRange : M.pick(IPS),
  };
}

// ---- expected facts ---------------------------------------------------------

const WRITE_CLASS = 'wacutmoip';
const DESTRUCTIVE = 'dxy';
const anyOf = (s, letters) => [...s].some((c) => letters.includes(c));

// storageFacts is the contract's facts object for a storage SAS, from the
// values it was minted with. Times are expected strings (RFC 3339, UTC).
function storageFacts(p) {
  const eff = p.se && p.ske ? (Date.parse(p.ske) < Date.parse(p.se) ? p.ske : p.se) : p.se ?? p.ske ?? null;
  return {
    type: p.type,
    account: p.account ?? '',
    host: p.host ?? null,
    permissions: p.sp ?? null,
    expiry: p.se ?? null,
    effective_expiry: eff,
    start: p.st ?? null,
    https_only: p.spr === 'https',
    ip_restricted: !!p.sip,
    ip_range: p.sip ?? null,
    stored_policy: !!p.si,
    policy_id: p.si ?? null,
    services: p.ss ?? null,
    resource_types: p.srt ?? null,
    signed_resource: p.sr ?? null,
    version: p.sv,
    key_expiry: p.ske ?? null,
    write_class: p.sp ? anyOf(p.sp, WRITE_CLASS) : null,
    destructive: p.sp ? anyOf(p.sp, DESTRUCTIVE) : null,
    emulator: false,
  };
}

// ---- cases --------------------------------------------------------------------

const cases = [];
const counters = {};

function severityOf(facts) {
  const e = facts.effective_expiry;
  return e && Date.parse(e) <= REF.getTime() ? 'warning' : 'error';
}

// mustContain lists what the message has to say, lower-cased: the account
// (or, when the token does not name one, the host it is reached at), the
// date it stops working, and how to revoke it.
function mustContain(kind, facts) {
  const words = [];
  if (facts.account) words.push(facts.account);
  else if (facts.host) words.push(facts.host);
  const expired = severityOf(facts) === 'warning';
  if (facts.effective_expiry) words.push(facts.effective_expiry.slice(0, 10));
  if (expired) {
    words.push('expired');
    return words;
  }
  switch (facts.type) {
    case 'account':
      words.push('rotating the account key');
      break;
    case 'service':
      words.push(facts.stored_policy ? 'stored access policy' : 'account key');
      if (facts.stored_policy) words.push(facts.policy_id);
      break;
    case 'user_delegation':
      words.push('delegation keys');
      break;
    case 'storage_account_key':
      words.push('rotate');
      break;
    case 'servicebus_token':
    case 'iothub_token':
      words.push('regenerating');
      break;
    case 'servicebus_connection_string_key':
    case 'iothub_connection_string_key':
      words.push('regenerate the key');
      break;
  }
  return words.map((w) => w.toLowerCase());
}

function add(family, kind, text, facts, note) {
  counters[family] = (counters[family] ?? 0) + 1;
  const id = `${family}-${String(counters[family]).padStart(3, '0')}`;
  if (!/sig=|Key=/.test(text)) throw new Error(`${id}: no secret in ${text}`);
  cases.push({ id, family, note, text, clock: CLOCK, kind, severity: severityOf(facts), facts, message_must_contain: mustContain(kind, facts) });
}

// check cross-checks a minted query against the parameters (the
// generator's own sanity, not the expectation).
function check(query, want) {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(want)) {
    if (v === undefined || v === null) {
      if (q.has(k)) throw new Error(`minted ${k}=${q.get(k)}, expected none: ${query}`);
    } else if (q.get(k) !== v) {
      throw new Error(`minted ${k}=${q.get(k)}, expected ${v}: ${query}`);
    }
  }
  const sig = q.get('sig');
  if (!sig || Buffer.from(sig, 'base64').length !== 32) throw new Error(`signature is not 32 bytes: ${query}`);
}

// mintAt tries version first and newer ones until the SDK accepts the
// combination (new permission letters need new versions); it returns the
// query and the version used.
function mintAt(version, mint) {
  let i = M.VERSIONS.indexOf(version);
  if (i < 0) throw new Error(`unknown version ${version}`);
  let last;
  for (; i < M.VERSIONS.length; i++) {
    try {
      return { query: mint(M.VERSIONS[i]), sv: M.VERSIONS[i] };
    } catch (e) {
      if (!(e instanceof RangeError) && !/version/i.test(String(e))) throw e;
      last = e;
    }
  }
  throw last;
}

// where builds the URL base for an account and says which host and account
// the URL names (custom domains and CDNs name no account).
function where(acct, service, style) {
  const base = M.storageBase(acct, service, style);
  const u = new URL(base);
  const named = !['custom', 'cdn', 'frontdoor'].includes(style);
  return { base, host: u.host, account: named ? acct : '' };
}

const STYLES = ['public', 'public', 'public', 'china', 'gov', 'private', 'zone', 'custom', 'cdn', 'frontdoor', 'azurite', 'web'];
const SVC_NAME = { b: 'blob', f: 'file', q: 'queue', t: 'table' };

const commonFacts = (c) => ({
  se: isoSec(c.expiresOn),
  st: c.startsOn ? isoSec(c.startsOn) : undefined,
  spr: c.protocol,
  sip: ipText(c.ipRange) ?? undefined,
});
const commonWant = (c) => ({
  se: isoSec(c.expiresOn),
  st: c.startsOn ? isoSec(c.startsOn) : null,
  spr: c.protocol ?? null,
  sip: ipText(c.ipRange),
});

const BLOB_PERMS = ['r', 'rw', 'ac', 'w', 'd', 'x', 'y', 't', 'm', 'e', 'i', 'racwd', 'racwdxytmei', 'rt'];
const CONTAINER_PERMS = ['r', 'rl', 'l', 'racwdl', 'racwdxltfmeiy', 'f', 't', 'w', 'd', 'y', 'x'];
const BLOB_NAMES = ['models/resnet50.ckpt', 'exports/2026/q3.csv', 'index.html', 'img/logo.png', 'backups/db.bak', 'train.parquet'];
const encPath = (p) => p.split('/').map(encodeURIComponent).join('/');

// ---- account SAS ----------------------------------------------------------------

const ACCOUNT_PERMS = ['r', 'rl', 'l', 'w', 'a', 'c', 'u', 'p', 'd', 'x', 'y', 't', 'f', 'i', 'rwdlacup', 'rwdxylacuptfi', 'racwl', 'rd'];

function accountSAS(o = {}) {
  const acct = o.account ?? M.account();
  const key = M.key64();
  const services = blob.AccountSASServices.parse(o.services ?? M.subset('bfqt')).toString();
  const types = blob.AccountSASResourceTypes.parse(o.types ?? M.subset('sco')).toString();
  const perms = blob.AccountSASPermissions.parse(o.perms ?? M.pick(ACCOUNT_PERMS)).toString();
  const c = common(o);
  const { query, sv } = mintAt(o.version ?? M.pick(M.VERSIONS), (version) =>
    blob.generateAccountSASQueryParameters({
      version, expiresOn: c.expiresOn, startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange,
      permissions: blob.AccountSASPermissions.parse(perms), services, resourceTypes: types,
    }, new blob.StorageSharedKeyCredential(acct, key)).toString());
  check(query, { sv, ss: services, srt: types, sp: perms, ...commonWant(c) });
  const style = o.style ?? M.pick(STYLES);
  const w = where(acct, SVC_NAME[services[0]], style);
  return {
    query, base: w.base, acct, key,
    facts: storageFacts({ type: 'account', account: w.account, host: w.host, sp: perms, ss: services, srt: types, sv, ...commonFacts(c) }),
    note: `account SAS sv=${sv} ss=${services} srt=${types} sp=${perms} (${style})`,
  };
}

function addAccount(family, o) {
  const t = accountSAS(o);
  add(family, 'account_sas', `${t.base}/?${t.query}`, t.facts, t.note);
}

// Every ss and srt mix, each with some permission family and version.
for (const ss of ['b', 'f', 'q', 't', 'bf', 'bq', 'bt', 'fq', 'ft', 'qt', 'bfq', 'bft', 'bqt', 'fqt', 'bfqt']) {
  for (const srt of ['s', 'c', 'o', 'sc', 'so', 'co', 'sco']) {
    addAccount('account-scope', { services: ss, types: srt });
  }
}
// Every signed version the SDK accepts, read-only and full.
for (const v of M.VERSIONS) {
  addAccount('account-version', { version: v, perms: M.pick(['rl', 'r']) });
  addAccount('account-version', { version: v, perms: 'rwdxylacuptfi' });
}
// Every permission family, live and expired.
for (const p of ACCOUNT_PERMS) {
  addAccount('account-perms', { perms: p, live: true });
  addAccount('account-perms', { perms: p, live: false });
}
// Every host style, with and without https-only and an IP restriction.
for (const style of ['public', 'china', 'gov', 'private', 'zone', 'custom', 'cdn', 'frontdoor', 'azurite', 'web']) {
  for (const [protocol, ipRange] of [[undefined, undefined], ['https', { start: '203.0.113.7' }], ['https,http', { start: '10.0.0.1', end: '10.0.0.255' }]]) {
    addAccount('account-host', { style, protocol, ipRange });
  }
}
// Starts: none, past, future.
for (const s of ['none', 'past', 'future']) {
  for (let i = 0; i < 3; i++) addAccount('account-start', { start: s, live: s === 'future' ? true : undefined });
}

// ---- hand-stamped times ------------------------------------------------------------

// A time written the ways the CLI, the portal, .NET and people write it.
// Each entry returns [text as written in the query, expected RFC 3339 UTC].
function timeForms(d) {
  const y = d.toISOString();
  const ymd = y.slice(0, 10);
  const hm = y.slice(11, 16);
  const hms = y.slice(11, 19);
  const frac = (digits) => {
    const f = String(M.rint(10 ** digits)).padStart(digits, '0');
    const trimmed = f.replace(/0+$/, '');
    return [`${ymd}T${hms}.${f}Z`, `${ymd}T${hms}${trimmed ? '.' + trimmed : ''}Z`];
  };
  const offset = (mins, withSec) => {
    // The same instant written in another zone: local = utc + offset.
    const local = new Date(d.getTime() + mins * 60e3).toISOString();
    const sign = mins < 0 ? '-' : '+';
    const a = Math.abs(mins);
    const tz = `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    const clock = withSec ? local.slice(11, 19) : local.slice(11, 16);
    const instant = withSec ? d : new Date(Math.floor(d.getTime() / 60e3) * 60e3);
    return [`${local.slice(0, 10)}T${clock}${tz}`, isoSec(instant)];
  };
  return {
    'date only': [ymd, `${ymd}T00:00:00Z`],
    minutes: [`${ymd}T${hm}Z`, `${ymd}T${hm}:00Z`],
    seconds: [`${ymd}T${hms}Z`, `${ymd}T${hms}Z`],
    'fraction 1': frac(1),
    'fraction 2': frac(2),
    'fraction 3': frac(3),
    'fraction 4': frac(4),
    'fraction 5': frac(5),
    'fraction 6': frac(6),
    'fraction 7': frac(7),
    'offset +01:00': offset(60, true),
    'offset -05:00': offset(-300, true),
    'offset +05:30 minutes': offset(330, false),
    'offset +05:45': offset(345, true),
    'offset -09:30 minutes': offset(-570, false),
  };
}

// stamp replaces (or adds) query parameters with values written by hand;
// encode picks whether ':' and '+' are percent-encoded.
function stamp(query, values, encode) {
  const enc = (v) => (encode ? encodeURIComponent(v) : v.replace(/\+/g, '%2B'));
  const parts = query.split('&');
  for (const [k, v] of Object.entries(values)) {
    const i = parts.findIndex((p) => p.startsWith(`${k}=`));
    const kv = `${k}=${enc(v)}`;
    if (i >= 0) parts[i] = kv;
    else parts.splice(parts.findIndex((p) => p.startsWith('se=')), 0, kv);
  }
  return parts.join('&');
}

for (const live of [true, false]) {
  for (const maker of ['account', 'blob']) {
    const forms = Object.entries(timeForms(expiry(live)));
    for (const [how, [written, want]] of forms) {
      const encode = M.chance(0.5);
      const t = maker === 'account' ? accountSAS({ live, style: 'public', start: 'none' }) : blobSAS({ live, style: 'public', sr: 'b', start: 'none', stored: 'none' });
      const query = stamp(t.query, { se: written }, encode);
      const facts = { ...t.facts, expiry: want, effective_expiry: want };
      add('time-se', maker === 'account' ? 'account_sas' : 'service_sas', `${t.base}${maker === 'account' ? '/?' : t.path + '?'}${query}`, facts, `${t.note}, se as ${how}${encode ? '' : ' (colons raw)'}`);
    }
  }
}
// st in every form, in the past and the future, on live tokens.
for (const when of ['past', 'future']) {
  const d = when === 'past' ? at(REF.getTime() - (1 + M.rint(5000)) * HOUR) : at(REF.getTime() + (1 + M.rint(48)) * HOUR);
  for (const [how, [written, want]] of Object.entries(timeForms(d))) {
    const t = accountSAS({ live: true, expiresOn: at(REF.getTime() + (60 + M.rint(400)) * DAY), style: 'public', start: 'none' });
    const encode = M.chance(0.5);
    const query = stamp(t.query, { st: written }, encode);
    add('time-st', 'account_sas', `${t.base}/?${query}`, { ...t.facts, start: want }, `${t.note}, st ${when} as ${how}`);
  }
}

// ---- blob service SAS ------------------------------------------------------------------


// blobSAS mints a blob service SAS: sr b, bs, bv or c; stored is 'none',
// 'si' (policy holds everything), 'si+sp', 'si+se' or 'si+sp+se'.
function blobSAS(o = {}) {
  const acct = M.account();
  const key = M.key64();
  const sr = o.sr ?? M.pick(['b', 'c', 'bs', 'bv']);
  const container = M.pick(['uploads', 'models', 'public', 'backups', '$web']);
  const name = sr === 'c' ? undefined : M.pick(BLOB_NAMES);
  const stored = o.stored ?? M.pick(['none', 'none', 'none', 'si', 'si+sp', 'si+se', 'si+sp+se']);
  const c = common(o);
  const isContainer = sr === 'c';
  const perms = (isContainer ? blob.ContainerSASPermissions : blob.BlobSASPermissions).parse(o.perms ?? M.pick(isContainer ? CONTAINER_PERMS : BLOB_PERMS)).toString();
  const v = { containerName: container, blobName: name, startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange };
  const withSp = stored === 'none' || stored.includes('sp');
  const withSe = stored === 'none' || stored.includes('se');
  if (withSp) v.permissions = (isContainer ? blob.ContainerSASPermissions : blob.BlobSASPermissions).parse(perms);
  if (withSe) v.expiresOn = c.expiresOn;
  const si = stored === 'none' ? undefined : M.pick(['read-only', 'ci-upload', 'policy1', 'nightly']);
  if (si) v.identifier = si;
  let minVersion = o.version ?? M.pick(M.VERSIONS);
  if (sr === 'bs') {
    v.snapshotTime = new Date(REF.getTime() - M.rint(1e6) * 1e3).toISOString().replace('Z', '0000Z');
    if (minVersion < '2018-11-09') minVersion = '2018-11-09';
  }
  if (sr === 'bv') {
    v.versionId = new Date(REF.getTime() - M.rint(1e6) * 1e3).toISOString().replace('Z', '0000Z');
    if (minVersion < '2019-12-12') minVersion = '2019-12-12';
  }
  const { query, sv } = mintAt(minVersion, (version) => blob.generateBlobSASQueryParameters({ ...v, version }, new blob.StorageSharedKeyCredential(acct, key)).toString());
  const cw = commonWant(c);
  if (!withSe) cw.se = null;
  check(query, { sv, sr, si: si ?? null, sp: withSp ? perms : null, ...cw });
  const style = o.style ?? M.pick(STYLES);
  const w = where(acct, 'blob', style);
  let path = `/${encodeURIComponent(container)}${name ? '/' + encPath(name) : ''}`;
  let extra = '';
  if (v.snapshotTime) extra = `&snapshot=${encodeURIComponent(v.snapshotTime)}`;
  if (v.versionId) extra = `&versionid=${encodeURIComponent(v.versionId)}`;
  const cf = commonFacts(c);
  if (!withSe) delete cf.se;
  return {
    query: query + extra, base: w.base, path,
    facts: storageFacts({ type: 'service', account: w.account, host: w.host, sp: withSp ? perms : undefined, sr, si, sv, ...cf }),
    note: `blob SAS sv=${sv} sr=${sr} ${stored} sp=${withSp ? perms : '(policy)'} (${style})`,
  };
}

function addBlob(family, o) {
  const t = blobSAS(o);
  add(family, 'service_sas', `${t.base}${t.path}?${t.query}`, t.facts, t.note);
}

for (const sr of ['b', 'bs', 'bv', 'c']) {
  for (const p of sr === 'c' ? CONTAINER_PERMS : BLOB_PERMS) addBlob('blob-perms', { sr, perms: p, stored: 'none' });
  for (const stored of ['si', 'si+sp', 'si+se', 'si+sp+se']) {
    addBlob('blob-policy', { sr, stored, live: true });
    addBlob('blob-policy', { sr, stored, live: false });
  }
}
for (const v of M.VERSIONS) addBlob('blob-version', { version: v, sr: M.pick(['b', 'c']), stored: 'none' });
for (const style of ['public', 'china', 'gov', 'private', 'zone', 'custom', 'cdn', 'frontdoor', 'azurite', 'web']) {
  addBlob('blob-host', { style, stored: 'none' });
  addBlob('blob-host', { style });
}

// ---- user delegation SAS ------------------------------------------------------------------

function udKey(skExpiry, service = 'b') {
  const skStart = at(skExpiry.getTime() - (1 + M.rint(7 * 24 - 1)) * HOUR);
  return {
    signedObjectId: M.guid(), signedTenantId: M.guid(), signedStartsOn: skStart, signedExpiresOn: skExpiry,
    signedService: service, signedVersion: M.pick(['2020-02-10', '2021-08-06', '2025-01-05']), value: M.key32(),
  };
}

// The four orders of se and ske against each other and the clock.
const UD_TIMES = {
  'se live, ske later': () => { const se = at(REF.getTime() + (2 + M.rint(48)) * HOUR); return [se, at(se.getTime() + (1 + M.rint(100)) * HOUR)]; },
  'se live, ske earlier but live': () => { const ske = at(REF.getTime() + (2 + M.rint(100)) * HOUR); return [at(ske.getTime() + (1 + M.rint(20000)) * HOUR), ske]; },
  'se 2051, ske expired': () => [at(Date.parse('2051-01-01T00:00:00Z')), at(REF.getTime() - (1 + M.rint(500)) * HOUR)],
  'se expired, ske live': () => [at(REF.getTime() - (1 + M.rint(500)) * HOUR), at(REF.getTime() + (1 + M.rint(100)) * HOUR)],
  'both expired, ske first': () => { const ske = at(REF.getTime() - (50 + M.rint(500)) * HOUR); return [at(ske.getTime() + 10 * HOUR), ske]; },
  'both expired, se first': () => { const se = at(REF.getTime() - (50 + M.rint(500)) * HOUR); return [se, at(se.getTime() + 10 * HOUR)]; },
};

function udSAS(timing, o = {}) {
  const acct = M.account();
  const [se, ske] = UD_TIMES[timing]();
  const c = common({ ...o, expiresOn: se, start: 'none' });
  const k = udKey(ske);
  const service = o.service ?? 'blob';
  const style = o.style ?? M.pick(['public', 'public', 'private', 'china', 'custom']);
  let query, sv, sr, perms, url, w;
  if (service === 'dfs') {
    const fsName = M.pick(['bronze', 'silver', 'gold']);
    const dir = M.pick(['landing/erp', 'curated', 'tmp/2026/11']);
    perms = dl.DirectorySASPermissions.parse(o.perms ?? M.subset('racwdlmeop')).toString();
    ({ query, sv } = mintAt(o.version ?? M.pick(M.VERSIONS.filter((x) => x >= '2020-02-10')), (version) =>
      dl.generateDataLakeSASQueryParameters({
        fileSystemName: fsName, pathName: dir, isDirectory: true, version, expiresOn: c.expiresOn, startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange,
        permissions: dl.DirectorySASPermissions.parse(perms), preauthorizedAgentObjectId: M.chance(0.3) ? M.guid() : undefined, correlationId: M.chance(0.3) ? M.guid() : undefined,
      }, k, acct).toString()));
    sr = 'd';
    w = where(acct, 'dfs', style);
    url = `${w.base}/${fsName}/${dir}?${query}`;
    check(query, { sdd: String(dir.split('/').length) });
  } else {
    const container = M.pick(['datasets', 'models', 'exports']);
    const name = o.sr === 'c' ? undefined : M.pick(BLOB_NAMES);
    sr = name ? 'b' : 'c';
    const P = name ? blob.BlobSASPermissions : blob.ContainerSASPermissions;
    perms = P.parse(o.perms ?? M.pick(name ? BLOB_PERMS : CONTAINER_PERMS)).toString();
    ({ query, sv } = mintAt(o.version ?? M.pick(M.VERSIONS.filter((x) => x >= '2018-11-09')), (version) =>
      blob.generateBlobSASQueryParameters({
        containerName: container, blobName: name, version, expiresOn: c.expiresOn, startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange, permissions: P.parse(perms),
      }, k, acct).toString()));
    w = where(acct, 'blob', style);
    url = `${w.base}/${container}${name ? '/' + encPath(name) : ''}?${query}`;
  }
  check(query, { sv, sr, sp: perms, skoid: k.signedObjectId, ske: isoSec(ske), ...commonWant(c) });
  const facts = storageFacts({ type: 'user_delegation', account: w.account, host: w.host, sp: perms, sr, sv, ske: isoSec(ske), ...commonFacts(c) });
  return { url, facts, note: `${service} user delegation SAS sv=${sv} sr=${sr} sp=${perms}, ${timing} (${style})` };
}

for (const timing of Object.keys(UD_TIMES)) {
  for (const service of ['blob', 'blob', 'blob', 'dfs', 'dfs']) {
    const t = udSAS(timing, { service });
    add('user-delegation', 'user_delegation_sas', t.url, t.facts, t.note);
  }
}

// ---- Data Lake, file, queue and table service SAS ---------------------------------------

for (const target of ['dir', 'dir', 'dir', 'file', 'file', 'fs', 'fs', 'dir', 'file', 'fs']) {
  const acct = M.account();
  const key = M.key64();
  const c = common({});
  const fsName = M.pick(['bronze', 'silver', 'gold', 'raw']);
  const v = { fileSystemName: fsName, expiresOn: c.expiresOn, startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange };
  let path = '';
  let sr;
  let P;
  if (target === 'dir') {
    path = M.pick(['landing/erp', 'curated/sales/2026', 'tmp']);
    Object.assign(v, { pathName: path, isDirectory: true });
    P = dl.DirectorySASPermissions;
    sr = 'd';
  } else if (target === 'file') {
    path = M.pick(['landing/erp/orders.parquet', 'curated/people.csv']);
    v.pathName = path;
    P = dl.DataLakeSASPermissions;
    sr = 'b';
  } else {
    P = dl.FileSystemSASPermissions;
    sr = 'c';
  }
  const perms = P.parse(M.subset(target === 'file' ? 'racwdmeop' : 'racwdlmeop')).toString();
  const { query, sv } = mintAt(M.pick(M.VERSIONS.filter((x) => x >= '2020-02-10')), (version) =>
    dl.generateDataLakeSASQueryParameters({ ...v, permissions: P.parse(perms), version }, new dl.StorageSharedKeyCredential(acct, key)).toString());
  check(query, { sv, sr, sp: perms, ...commonWant(c) });
  const style = M.pick(['public', 'public', 'private', 'gov']);
  const w = where(acct, 'dfs', style);
  add('datalake', 'service_sas', `${w.base}/${fsName}${path ? '/' + path : ''}?${query}`,
    storageFacts({ type: 'service', account: w.account, host: w.host, sp: perms, sr, sv, ...commonFacts(c) }), `Data Lake ${target} SAS sv=${sv} sr=${sr} sp=${perms} (${style})`);
}

for (const sr of ['f', 's', 'f', 's', 'f', 's', 'f', 's', 'f', 's', 'f', 's']) {
  const acct = M.account();
  const key = M.key64();
  const c = common({});
  const shareName = M.pick(['profiles', 'config', 'home', 'media']);
  const filePath = sr === 's' ? undefined : M.pick(['app/settings.json', 'users/alice/ntuser.dat', 'drop/build 42.zip']);
  const P = sr === 's' ? share.ShareSASPermissions : share.FileSASPermissions;
  const perms = P.parse(M.subset(sr === 's' ? 'rcwdl' : 'rcwd')).toString();
  const { query, sv } = mintAt(M.pick(M.VERSIONS), (version) => share.generateFileSASQueryParameters({
    shareName, filePath, expiresOn: c.expiresOn, startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange, permissions: P.parse(perms), version,
  }, new share.StorageSharedKeyCredential(acct, key)).toString());
  check(query, { sv, sr, sp: perms, ...commonWant(c) });
  const style = M.pick(['public', 'public', 'private', 'china', 'azurite']);
  const w = where(acct, 'file', style);
  add('file', 'service_sas', `${w.base}/${shareName}${filePath ? '/' + encPath(filePath) : ''}?${sr === 's' ? 'restype=share&' : ''}${query}`,
    storageFacts({ type: 'service', account: w.account, host: w.host, sp: perms, sr, sv, ...commonFacts(c) }), `file SAS sv=${sv} sr=${sr} sp=${perms} (${style})`);
}

for (const stored of ['none', 'none', 'none', 'none', 'none', 'none', 'si', 'si', 'si+sp+se', 'si+se', 'none', 'none']) {
  const acct = M.account();
  const key = M.key64();
  const c = common({});
  const queueName = M.pick(['jobs', 'thumbnails', 'orders-in', 'poison']);
  const withSp = stored === 'none' || stored.includes('sp');
  const withSe = stored === 'none' || stored.includes('se');
  const si = stored === 'none' ? undefined : M.pick(['workers', 'producer']);
  const perms = queue.QueueSASPermissions.parse(M.subset('raup')).toString();
  const v = { queueName, startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange, identifier: si };
  if (withSp) v.permissions = queue.QueueSASPermissions.parse(perms);
  if (withSe) v.expiresOn = c.expiresOn;
  const { query, sv } = mintAt(M.pick(M.VERSIONS), (version) => queue.generateQueueSASQueryParameters({ ...v, version }, new queue.StorageSharedKeyCredential(acct, key)).toString());
  const cw = commonWant(c);
  if (!withSe) cw.se = null;
  check(query, { sv, sp: withSp ? perms : null, si: si ?? null, sr: null, ...cw });
  const style = M.pick(['public', 'public', 'private', 'gov', 'azurite']);
  const w = where(acct, 'queue', style);
  const cf = commonFacts(c);
  if (!withSe) delete cf.se;
  add('queue', 'service_sas', `${w.base}/${queueName}/messages?${query}`,
    storageFacts({ type: 'service', account: w.account, host: w.host, sp: withSp ? perms : undefined, si, sv, ...cf }), `queue SAS sv=${sv} ${stored} sp=${withSp ? perms : '(policy)'} (${style})`);
}

for (const ranges of ['none', 'pk', 'pk+rk', 'none', 'pk+rk', 'policy', 'none', 'pk', 'pk+rk', 'none', 'policy', 'pk']) {
  const acct = M.account();
  const key = M.key64();
  const c = common({});
  const tableName = M.pick(['orders', 'Customers', 'audit2026', 'sessions']);
  const p = M.subset('raud');
  const opts = { version: M.pick(['2017-04-17', '2018-11-09', '2019-02-02', '2019-07-07', '2020-12-06']), startsOn: c.startsOn, protocol: c.protocol, ipRange: c.ipRange };
  let si;
  if (ranges === 'policy') {
    si = 'table-readers';
    opts.identifier = si;
  } else {
    opts.expiresOn = c.expiresOn;
    opts.permissions = { query: p.includes('r'), add: p.includes('a'), update: p.includes('u'), delete: p.includes('d') };
  }
  if (ranges.startsWith('pk')) Object.assign(opts, { startPartitionKey: 'tenant-001', endPartitionKey: 'tenant-099' });
  if (ranges === 'pk+rk') Object.assign(opts, { startRowKey: '2026-01', endRowKey: '2026-12' });
  const query = tables.generateTableSas(tableName, new tables.AzureNamedKeyCredential(acct, key), opts);
  const cw = commonWant(c);
  if (si) cw.se = null;
  check(query, { sv: opts.version, tn: tableName, sp: si ? null : p, si: si ?? null, spk: opts.startPartitionKey ?? null, erk: opts.endRowKey ?? null, ...cw });
  const style = M.pick(['public', 'public', 'private', 'azurite']);
  const w = where(acct, 'table', style);
  const cf = commonFacts(c);
  if (si) delete cf.se;
  add('table', 'service_sas', `${w.base}/${tableName}${M.chance(0.3) ? '()' : ''}?${query}`,
    storageFacts({ type: 'service', account: w.account, host: w.host, sp: si ? undefined : p, si, sr: 'table', sv: opts.version, ...cf }), `table SAS tn=${tableName} ${ranges} (${style})`);
}

// ---- bare queries ---------------------------------------------------------------------------

for (let i = 0; i < 8; i++) {
  const t = i % 2 ? accountSAS({ style: 'public' }) : blobSAS({ style: 'public', stored: 'none' });
  const withQ = i % 4 < 2;
  add('bare-query', t.facts.type === 'account' ? 'account_sas' : 'service_sas', `${withQ ? '?' : ''}${t.query}`, { ...t.facts, account: '', host: null }, `${t.note}, bare query${withQ ? ' with ?' : ''}`);
}

// ---- storage connection strings ---------------------------------------------------------------

const SUFFIXES = ['core.windows.net', 'core.chinacloudapi.cn', 'core.usgovcloudapi.net', 'core.cloudapi.de'];

function shuffle(a) {
  a = [...a];
  for (let i = a.length - 1; i > 0; i--) {
    const j = M.rint(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const keyFacts = (acct, httpsOnly) => ({
  type: 'storage_account_key', account: acct, host: null, permissions: '*', expiry: null, effective_expiry: null, start: null,
  https_only: httpsOnly, ip_restricted: false, ip_range: null, stored_policy: false, policy_id: null, services: null,
  resource_types: null, signed_resource: null, version: null, key_expiry: null, write_class: true, destructive: true, emulator: false,
});

for (let i = 0; i < 24; i++) {
  const acct = M.account();
  const suffix = SUFFIXES[i % SUFFIXES.length];
  const proto = i % 6 === 5 ? 'http' : 'https';
  let fields = [`DefaultEndpointsProtocol=${proto}`, `AccountName=${acct}`, `AccountKey=${M.key64()}`];
  if (i % 3 !== 2) fields.push(`EndpointSuffix=${suffix}`);
  if (i % 4 === 3) fields.push(`BlobEndpoint=${proto}://${acct}.blob.${suffix}/`);
  if (i % 2) fields = shuffle(fields);
  const text = fields.join(';') + (i % 5 === 1 ? ';' : '');
  add('conn-key', 'storage_connection_string_key', text, keyFacts(acct, proto === 'https'), `AccountKey connection string (${fields.map((f) => f.split('=')[0]).join(',')})`);
}

for (let i = 0; i < 20; i++) {
  const form = ['endpoints', 'blobonly', 'name', 'name+blob'][i % 4];
  const t = i % 3 === 2 ? blobSAS({ style: 'public', sr: 'c' }) : accountSAS({ style: 'public' });
  const acct = t.facts.account;
  const suffix = SUFFIXES[i % SUFFIXES.length];
  let fields;
  switch (form) {
    case 'endpoints':
      fields = ['Blob', 'Queue', 'File', 'Table'].map((s) => `${s}Endpoint=https://${acct}.${s.toLowerCase()}.${suffix}/`);
      break;
    case 'blobonly':
      fields = [`BlobEndpoint=https://${acct}.blob.${suffix}${i % 2 ? '/' : ''}`];
      break;
    case 'name':
      fields = [`AccountName=${acct}`, `EndpointSuffix=${suffix}`, 'DefaultEndpointsProtocol=https'];
      break;
    default:
      fields = [`AccountName=${acct}`, `BlobEndpoint=https://${acct}.blob.${suffix}/`];
  }
  fields.push(`SharedAccessSignature=${i % 4 === 1 ? '?' : ''}${t.query}`);
  if (i % 2) fields = shuffle(fields);
  const text = fields.join(';') + (i % 5 === 2 ? ';' : '');
  add('conn-sas', 'storage_connection_string_sas', text, { ...t.facts, host: null }, `SAS connection string (${fields.map((f) => f.split('=')[0]).join(',')}), ${t.note}`);
}

// ---- Service Bus, Event Hubs, IoT Hub -------------------------------------------------------------

const sbFacts = (type, account, exp, keyName, resource) => ({
  type, account, host: null, permissions: null, expiry: exp, effective_expiry: exp, start: null, https_only: null,
  ip_restricted: false, ip_range: null, stored_policy: false, policy_id: null, services: null, resource_types: null,
  signed_resource: null, version: null, key_expiry: null, key_name: keyName, resource, write_class: null, destructive: null, emulator: false,
});

const SB_SUFFIXES = ['servicebus.windows.net', 'servicebus.windows.net', 'servicebus.chinacloudapi.cn', 'servicebus.usgovcloudapi.net'];
for (let i = 0; i < 32; i++) {
  const ns = M.namespace();
  const suffix = SB_SUFFIXES[i % SB_SUFFIXES.length];
  const scheme = i % 8 === 7 ? 'sb' : 'https';
  const path = ['orders', 'telemetry', 'hub-01/publishers/device-7', 'orders/subscriptions/audit', '', 'events/partitions/0', 'hub-02/publishers/truck42', 'topic-a'][i % 8];
  const uri = `${scheme}://${ns}.${suffix}/${path}`;
  const keyName = ['RootManageSharedAccessKey', 'send', 'listen', 'device-7'][i % 4];
  const t = M.sbToken({ live: i % 2 === 0, namespace: ns, uri, keyName });
  add('servicebus-token', 'servicebus_sas', t.text, sbFacts('servicebus_token', ns, isoSec(t.exp), keyName, uri), `${path.includes('publishers') ? 'Event Hubs publisher' : 'Service Bus / Event Hubs'} token for ${scheme}://…/${path}`);
}
for (let i = 0; i < 24; i++) {
  const hub = M.pick(['fleet', 'plant', 'meters']) + '-' + M.word(4);
  const form = ['device', 'module', 'hub'][i % 3];
  const resource = form === 'device' ? `${hub}.azure-devices.net/devices/sensor-${i}` : form === 'module' ? `${hub}.azure-devices.net/devices/edge-gw/modules/camera` : `${hub}.azure-devices.net`;
  const skn = form === 'hub' || i % 4 === 1;
  const t = M.iotToken({ live: i % 2 === 0, hub, resource, skn });
  add('iothub-token', 'servicebus_sas', t.text, sbFacts('iothub_token', hub, isoSec(t.exp), skn ? 'iothubowner' : null, resource), `IoT Hub ${form} token${skn ? ' with skn' : ''}`);
}

const sbKeyFacts = (type, account, keyName) => ({
  type, account, host: null, permissions: '*', expiry: null, effective_expiry: null, start: null, https_only: null,
  ip_restricted: false, ip_range: null, stored_policy: false, policy_id: null, services: null, resource_types: null,
  signed_resource: null, version: null, key_expiry: null, key_name: keyName, write_class: true, destructive: true, emulator: false,
});

for (let i = 0; i < 16; i++) {
  const ns = M.namespace();
  const keyName = ['RootManageSharedAccessKey', 'send', 'listen-only', 'app'][i % 4];
  let fields = [`Endpoint=sb://${ns}.${SB_SUFFIXES[i % 4]}/`, `SharedAccessKeyName=${keyName}`, `SharedAccessKey=${M.key32()}`];
  if (i % 3 === 1) fields.push(`EntityPath=${['orders', 'telemetry', 'hub-01'][i % 3]}`);
  if (i % 2) fields = shuffle(fields);
  add('servicebus-key', 'servicebus_sas', fields.join(';') + (i % 4 === 2 ? ';' : ''), sbKeyFacts('servicebus_connection_string_key', ns, keyName), `Service Bus / Event Hubs SharedAccessKey connection string (${fields.map((f) => f.split('=')[0]).join(',')})`);
}
for (let i = 0; i < 12; i++) {
  const hub = M.pick(['fleet', 'plant', 'meters']) + '-' + M.word(4);
  const form = ['device', 'module', 'service'][i % 3];
  const fields = [`HostName=${hub}.azure-devices.net`];
  let keyName = null;
  if (form === 'device') fields.push(`DeviceId=sensor-${i}`);
  if (form === 'module') fields.push('DeviceId=edge-gw', 'ModuleId=camera');
  if (form === 'service') {
    keyName = ['iothubowner', 'service', 'registryRead', 'iothubowner'][Math.floor(i / 3)];
    fields.push(`SharedAccessKeyName=${keyName}`);
  }
  fields.push(`SharedAccessKey=${M.key32()}`);
  add('iothub-key', 'servicebus_sas', fields.join(';') + (i % 4 === 3 ? ';' : ''), sbKeyFacts('iothub_connection_string_key', hub, keyName), `IoT Hub ${form} SharedAccessKey connection string`);
}

// ---- write ------------------------------------------------------------------------------------------

const out = {
  about: 'Generated by rules/testdata/facts/gen (node generate.mjs); do not edit. Each case is one token minted for an account that does not exist, with the facts, kind, severity and message words expected from the parameters it was minted with. Severity is graded against clock.',
  count: cases.length,
  cases,
};
fs.writeFileSync(new URL('../cases.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
const fams = {};
for (const c of cases) fams[c.family] = (fams[c.family] ?? 0) + 1;
console.log(`${cases.length} cases`, fams);
