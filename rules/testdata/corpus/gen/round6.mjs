// Round six of the red team, white-box, aimed first at false blocks: the
// emulator test in accountFromHost (path-style only on single-label hosts,
// IPs and host.docker.internal), then the forms namedKeyHit/keyValueAt
// cannot pair with a value because the name and the value sit in separate
// fields (Kubernetes env, Dapr metadata, ARM parameters, App Service
// settings). Registered after round 5 so every earlier token keeps its
// seeded value.
const R = 'round6/';

export function register(C, m) {
  emulatorHosts(C, m);
  nameValuePairs(C, m);
  readme(C);
}

function bareKey(note) {
  return { kind: 'storage_connection_string_key', exp: null, note: `bare storage account key: ${note}` };
}

// ---------------------------------------------------------------- emulators

function emulatorHosts(C, m) {
  const azurite = (base) => ({ account: 'devstoreaccount1', key: m.emulatorKey, base, live: true });
  // Azurite as a Kubernetes Service in a dev namespace, reached by its
  // cluster DNS name: path-style devstoreaccount1, signed with the published
  // emulator key. Not a secret.
  C.file(R + 'emulators/values-dev.yaml', (c) => {
    const a = m.accountSAS(azurite('http://azurite.dev.svc.cluster.local:10000/devstoreaccount1'));
    return `# helm values for the dev cluster: Azurite runs as a Service in "dev"
storage:
  emulator: true
  exportUrl: "${c.neg(a.text)}"
  connectionString: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${c.neg(m.emulatorKey)};BlobEndpoint=http://azurite.dev.svc.cluster.local:10000/devstoreaccount1;"
`;
  });
  // Azurite in a GitHub Codespace: the forwarded port gets a public
  // *.app.github.dev host; the SDK then mints SAS URLs on that host.
  C.file(R + 'emulators/codespace.http', (c) => {
    const b = m.blobSAS({ account: 'devstoreaccount1', key: m.emulatorKey, live: true, stored: false, sr: 'b',
      base: 'https://fuzzy-umbrella-7vx9q4pwr6c-10000.app.github.dev/devstoreaccount1' });
    return `### Azurite in the codespace (port 10000 forwarded)
GET ${c.neg(b.text)}
x-ms-version: 2025-01-05
`;
  });
}

// ---------------------------------------------------------------- name/value pairs

function nameValuePairs(C, m) {
  // Kubernetes Deployment: env vars inline, name and value on two lines.
  C.file(R + 'name-value/deployment.yaml', (c) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: exporter
spec:
  template:
    spec:
      containers:
        - name: exporter
          image: contoso.azurecr.io/exporter:1.4.2
          env:
            - name: AZURE_STORAGE_ACCOUNT
              value: ${m.account()}
            - name: AZURE_STORAGE_KEY
              value: "${c.put(bareKey('Kubernetes env list, "name: AZURE_STORAGE_KEY" then "value:" on the next line'), m.key64())}"
`);
  // Dapr component for Azure Blob state: metadata is a name/value list.
  C.file(R + 'name-value/statestore.yaml', (c) => `apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: statestore
spec:
  type: state.azure.blobstorage
  version: v2
  metadata:
  - name: accountName
    value: ${m.account()}
  - name: accountKey
    value: ${c.put(bareKey('Dapr component metadata, "- name: accountKey" then "value:"'), m.key64())}
  - name: containerName
    value: state
`);
  // ARM / Bicep parameters file: every parameter is an object with "value".
  C.file(R + 'name-value/azuredeploy.parameters.json', (c) => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "storageAccountName": {
      "value": "${m.account()}"
    },
    "storageAccountKey": {
      "value": "${c.put(bareKey('ARM parameters file, "storageAccountKey": { "value": … } on the next line'), m.key64())}"
    }
  }
}
`);
  // App Service "Advanced edit" of application settings: a JSON array of
  // {name, value, slotSetting}, the name first.
  C.file(R + 'name-value/appsettings.json', (c) => `[
  {
    "name": "APPINSIGHTS_INSTRUMENTATIONKEY",
    "value": "${m.guid()}",
    "slotSetting": false
  },
  {
    "name": "StorageAccountKey",
    "value": "${c.put(bareKey('App Service advanced-edit settings, {"name": "StorageAccountKey", "value": …}'), m.key64())}",
    "slotSetting": false
  }
]
`);
}

function readme(C) {
  C.file(R + 'README.md', () => `# Corpus round 6: white-box, false blocks first

Every token here was minted by gen/round6.mjs (seeded). A file with a
\`.want\` lists what a careful reviewer would flag; a file without one must
scan clean.

Emulator hosts (accountFromHost: path-style, and so the emulator, only on
an IP, a single-label name, localhost or host.docker.internal; any other
host that is not a storage endpoint gives no account, so a SAS or SAS
connection string for devstoreaccount1 signed with the published key
blocks):

- emulators/values-dev.yaml: Azurite deployed as a Kubernetes Service and
  reached by its cluster DNS name azurite.dev.svc.cluster.local. Plausible:
  teams run Azurite in a shared dev cluster and commit its helm values;
  the account is devstoreaccount1 and the key is the published one.
- emulators/codespace.http: Azurite in a GitHub Codespace, its port 10000
  forwarded to a *.app.github.dev host, a blob SAS for devstoreaccount1
  saved in a REST Client .http file. Plausible: Codespaces forward ports
  this way and the SDK mints SAS URLs on whatever host it was given.

Name and value in separate fields (namedKeyHit/keyValueAt: the value must
follow the name after = or :, a flag's space, a config line's spaces, or
the Hadoop gaps; a name followed by a newline and "value:" is never paired):

- name-value/deployment.yaml: a Kubernetes Deployment's env list,
  \`- name: AZURE_STORAGE_KEY\` then \`value: "<key>"\`. Plausible: the
  most common way a key ends up in a committed manifest.
- name-value/statestore.yaml: a Dapr state.azure.blobstorage component,
  metadata \`- name: accountKey\` / \`value: <key>\`, as Dapr's own docs
  show it before recommending a secret store.
- name-value/azuredeploy.parameters.json: an ARM/Bicep parameters file,
  \`"storageAccountKey": { "value": "<key>" }\`. Plausible: the format
  every ARM quickstart ships with.
- name-value/appsettings.json: App Service's "Advanced edit" of
  application settings, \`{"name": "StorageAccountKey", "value": "<key>",
  "slotSetting": false}\`, pasted into a repo to recreate an app.
`);
}
