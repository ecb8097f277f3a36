// Round five of the red team, white-box: inputs aimed at the engine's
// heuristics (sigHit's "sig" followed by '=', namedKeyHit's name suffixes
// and word boundary, accountFromHost's emulator host names, base64 anchors)
// in forms real tools write. Registered after round 4 so every earlier token
// keeps its seeded value.
const R = 'round5/';

export function register(C, m) {
  queryMaps(C, m);
  keyNames(C, m);
  emulators(C, m);
  readme(C);
}

function bareKey(note) {
  return { kind: 'storage_connection_string_key', exp: null, note: `bare storage account key: ${note}` };
}

// params renders a SAS query as name/value pairs for a language's map.
function params(q) {
  return [...new URLSearchParams(q).entries()];
}

// ---------------------------------------------------------------- query maps

function queryMaps(C, m) {
  // requests / httpx take the query as a dict; the SAS arrives as its parts.
  C.file(R + 'query-maps/download.py', (c) => {
    const a = m.accountSAS({ live: true, style: 'public' });
    const dict = '{' + params(a.query).map(([k, v]) => `"${k}": "${v}"`).join(', ') + '}';
    return `import requests

SAS = ${c.put(a, dict, 'requests params dict, one entry per SAS field (sigHit needs "sig" then =)')}
resp = requests.get("https://${a.account}.blob.core.windows.net/exports/q3.csv", params=SAS, timeout=30)
`;
  });
  // Go's url.Values literal, as a test helper or a client builds it.
  C.file(R + 'query-maps/client.go', (c) => {
    const b = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
    const vals = 'url.Values{' + params(b.query).map(([k, v]) => `"${k}": {"${v}"}`).join(', ') + '}';
    return `package export

import "net/url"

var sasQuery = ${c.put(b, vals, 'Go url.Values literal')}
`;
  });
}

// ---------------------------------------------------------------- key names

function keyNames(C, m) {
  // rclone's azureblob backend calls the account key just "key".
  C.file(R + 'key-names/rclone.conf', (c) => `[azure-backup]
type = azureblob
account = ${m.account()}
key = ${c.put(bareKey('rclone.conf azureblob "key" (name shorter than any suffix)'), m.key64())}
`);
  // Fluent Bit's azure_blob output: shared_key, space-separated.
  C.file(R + 'key-names/fluent-bit.conf', (c) => `[OUTPUT]
    name                  azure_blob
    match                 *
    account_name          ${m.account()}
    shared_key            ${c.put(bareKey('Fluent Bit azure_blob shared_key (no = or :)'), m.key64())}
    container_name        logs
    auto_create_container on
`);
  // Hadoop ABFS / WASB: the account key is a property named after the host.
  C.file(R + 'key-names/core-site.xml', (c) => {
    const acct = m.account();
    return `<?xml version="1.0"?>
<configuration>
  <property>
    <name>fs.azure.account.key.${acct}.dfs.core.windows.net</name>
    <value>${c.put(bareKey('Hadoop core-site.xml fs.azure.account.key.<host>'), m.key64())}</value>
  </property>
</configuration>
`;
  });
  C.file(R + 'key-names/mount_lake.py', (c) => {
    const acct = m.account();
    return `# Databricks notebook source
spark.conf.set(
    "fs.azure.account.key.${acct}.dfs.core.windows.net",
    "${c.put(bareKey('spark.conf.set fs.azure.account.key.<host> (key on the next line)'), m.key64())}")
df = spark.read.parquet("abfss://raw@${acct}.dfs.core.windows.net/events/")
`;
  });
  // AKS Azure Files static volume: the Secret's data is base64 of the key.
  C.file(R + 'key-names/azure-files-secret.yaml', (c) => {
    const acct = m.account();
    const key = m.key64();
    return `apiVersion: v1
kind: Secret
metadata:
  name: azure-secret
type: Opaque
data:
  azurestorageaccountname: ${Buffer.from(acct).toString('base64')}
  azurestorageaccountkey: ${c.put(bareKey('Kubernetes Secret data, base64 of the key (azurestorageaccountkey)'), Buffer.from(key).toString('base64'))}
`;
  });
}

// ---------------------------------------------------------------- emulators

function emulators(C, m) {
  // Azurite under a docker-compose or .NET Aspire service name: the public
  // emulator account, signed with its published key. Not a secret.
  C.file(R + 'emulators/compose.env', (c) => {
    const host = (h) => ({ account: 'devstoreaccount1', key: m.emulatorKey, base: `http://${h}:10000/devstoreaccount1`, live: true });
    const a = m.accountSAS(host('storage'));
    const b = m.accountSAS(host('azurite-blob'));
    return `# docker compose: services "storage" and "azurite-blob" run Azurite
EXPORT_URL=${c.neg(a.text)}
BLOB_SAS_CONN=${c.neg(`BlobEndpoint=http://azurite-blob:10000/devstoreaccount1;SharedAccessSignature=${b.query}`)}
`;
  });
}

function readme(C) {
  C.file(R + 'README.md', () => `# Corpus round 5: white-box

Every token here was minted by gen/round5.mjs (seeded), aimed at one
heuristic of the engine after reading it. A file with a \`.want\` lists what
a careful reviewer would flag; a file without one must scan clean.

- query-maps/download.py (sigHit: "sig" must be followed by = % \\ or &):
  a requests params dict holding the SAS field by field. Plausible: the
  documented way to pass a query to requests/httpx, and what people do
  after copying the fields out of the portal's "Generate SAS" blade.
- query-maps/client.go (same): a Go url.Values literal, as test helpers and
  clients build queries.
- key-names/rclone.conf (namedKeyHit: a name needs 9+ letters ending in a
  known suffix): rclone's azureblob backend names the account key \`key\`;
  rclone.conf is a dotfile people commit.
- key-names/fluent-bit.conf (namedKeyHit suffixes, and ':' or '=' after
  the name): Fluent Bit's azure_blob output takes \`shared_key\` separated
  by spaces, as its documentation shows.
- key-names/core-site.xml (namedKeyHit: the name must end at "key"):
  Hadoop ABFS/WASB read the key from \`fs.azure.account.key.<host>\`, the
  name continuing after "key", with the value in the next XML element.
- key-names/mount_lake.py (same): Databricks' documented
  spark.conf.set("fs.azure.account.key.<host>", "<key>"), the key on the
  next line.
- key-names/azure-files-secret.yaml (base64 anchors, realKey on the raw
  value): the AKS Azure Files Secret, whose data.azurestorageaccountkey is
  base64 of the key, straight from the AKS docs.
- emulators/compose.env (accountFromHost's emulator host list: 127.x,
  localhost, azurite, host.docker.internal): Azurite reached by a compose or
  .NET Aspire service name ("storage", "azurite-blob"), the public
  devstoreaccount1 signed with its published key. Must not block.
`);
}
