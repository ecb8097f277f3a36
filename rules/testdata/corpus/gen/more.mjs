// More languages, tool formats and token variants: the long tail a real
// repository carries (Kafka configs, HAR and Postman exports, Bicep, MQTT
// bridges, System.Text.Json escapes, newest SAS parameters).
import { split, htmlAmp } from './split.mjs';

export function register(C, m) {
  // ------------------------------------------------ newest and oldest SAS
  C.file('variants/versions.txt', (c) => {
    const lines = ['# oldest and newest signed versions, newest parameters'];
    for (const version of ['2015-04-05', '2015-07-08', '2026-02-06', '2026-04-06']) {
      const t = m.blobSAS({ live: true, version, style: 'public', sr: 'b', perms: 'r' });
      lines.push(c.put(t, t.text, `sv=${version}`));
    }
    const a = m.accountSAS({ live: true, version: '2015-04-05', perms: 'rwdlacup', style: 'public', pkg: 'blob' });
    lines.push(c.put(a, a.text, 'account SAS sv=2015-04-05'));
    const es = m.accountSAS({ live: true, version: '2020-12-06', style: 'public', pkg: 'blob', sdk: { encryptionScope: 'cmk-scope' } });
    lines.push(c.put(es, es.text, 'account SAS with an encryption scope (ses)'));
    const rh = m.blobSAS({ live: true, version: '2026-04-06', style: 'public', sr: 'b', sdk: { requestHeaders: { 'x-ms-blob-type': 'BlockBlob' }, requestQueryParameters: { comp: 'block' } } });
    lines.push(c.put(rh, rh.text, 'signed request headers and query parameters (srh, srq)'));
    const ud = m.userDelegationSAS({ live: true, service: 'blob', version: '2025-07-05', delegatedTenant: m.guid(), sdk: { delegatedUserObjectId: m.guid() } });
    lines.push(c.put(ud, ud.text, 'user delegation SAS for a delegated user (sduoid, skdutid)'));
    const udc = m.userDelegationSAS({ live: true, service: 'dfs', version: '2021-08-06' });
    lines.push(c.put(udc, udc.text, 'Data Lake user delegation SAS with saoid/scid'));
    const root = m.blobSAS({ live: true, container: '$root', sr: 'c', style: 'public' });
    lines.push(c.put(root, root.text, '$root container'));
    const logs = m.blobSAS({ live: false, container: '$logs', sr: 'c', style: 'public' });
    lines.push(c.put(logs, logs.text, '$logs container'));
    return lines.join('\n') + '\n';
  });

  C.file('variants/user-delegation.md', (c) => {
    const out = ['# Delegation SAS handed out to partners', ''];
    const cases = [
      [{ live: true, keyLive: true }, 'se and ske live'],
      [{ live: true, keyLive: false }, 'se live, delegation key expired: effective expiry passed'],
      [{ live: false, keyLive: false }, 'both expired'],
      [{ live: true, keyLive: true, service: 'dfs' }, 'Data Lake directory'],
      [{ live: true, keyLive: false, service: 'dfs' }, 'Data Lake, key expired'],
      [{ live: true, keyLive: true, protocol: 'https', ipRange: { start: '10.1.0.1', end: '10.1.0.255' } }, 'https only, IP range'],
    ];
    for (const [o, how] of cases) {
      const t = m.userDelegationSAS(o);
      out.push(`- ${how}: ${c.put(t, t.text, how)}`);
    }
    return out.join('\n') + '\n';
  });

  C.file('variants/servicebus.txt', (c) => {
    const out = [];
    const ehSas = m.sbToken({ live: true });
    out.push(c.put({ ...ehSas, note: 'Event Hubs connection string carrying SharedAccessSignature=SharedAccessSignature …' }, `Endpoint=sb://${m.namespace()}.servicebus.windows.net/;SharedAccessSignature=${ehSas.text};EntityPath=telemetry`));
    const nh = m.sbConnString({ keyName: 'DefaultFullSharedAccessSignature', entity: false, shuffle: false });
    out.push(c.put(nh, nh.text, 'Notification Hubs full-access connection string'));
    const relay = m.sbConnString({ keyName: 'RootManageSharedAccessKey', entity: true, shuffle: false });
    out.push(c.put(relay, relay.text, 'Azure Relay / hybrid connection'));
    for (const order of [['skn', 'sr', 'se', 'sig'], ['se', 'skn', 'sig', 'sr']]) {
      const t = m.sbToken({ live: true, order });
      out.push(c.put(t, t.text, `parameters in order ${order.join(',')}`));
    }
    const gov = m.sbConnString({ suffix: 'servicebus.usgovcloudapi.net', shuffle: true, trailing: true });
    out.push(c.put(gov, gov.text, 'US Gov namespace, shuffled fields'));
    const iot = m.iotConnString({ form: 'device', trailing: true });
    out.push(c.put(iot, iot.text + 'GatewayHostName=edge-gw.local', 'IoT Edge leaf device with GatewayHostName'));
    const dps = m.iotToken({ live: true, resource: `0ne00${m.word(6).toUpperCase()}/registrations/kiosk-12`, skn: true });
    out.push(c.put(dps, dps.text, 'DPS registration token'));
    return out.join('\n') + '\n';
  });

  C.file('variants/connection-strings.txt', (c) => {
    const out = [];
    const k1 = m.keyConnString({ shuffle: false });
    out.push(c.put(k1, k1.text.replaceAll(';', '; '), 'fields separated by "; "'));
    const acct = m.account();
    const key = m.key64();
    out.push(c.put({ kind: 'storage_connection_string_key', exp: null, note: 'AccountKey first, EndpointSuffix china' }, `AccountKey=${key};AccountName=${acct};DefaultEndpointsProtocol=https;EndpointSuffix=core.chinacloudapi.cn`));
    out.push(c.put({ kind: 'storage_connection_string_key', exp: null, note: 'BlobEndpoint with AccountName and AccountKey, no protocol' }, `BlobEndpoint=https://${acct}.blob.core.windows.net/;AccountName=${acct};AccountKey=${m.key64()}`));
    out.push(c.put({ kind: 'storage_connection_string_key', exp: null, note: 'Azurite with a non-emulator account' }, `DefaultEndpointsProtocol=http;AccountName=${acct};AccountKey=${m.key64()};BlobEndpoint=http://127.0.0.1:10000/${acct};`));
    const s1 = m.sasConnString({ form: 'blobonly', leadingQ: true });
    out.push(c.put(s1, s1.text, 'SharedAccessSignature=? with a leading question mark'));
    const s2 = m.sasConnString({ form: 'endpoints', shuffle: false, trailing: true });
    out.push(c.put(s2, s2.text, 'every endpoint, trailing ;'));
    const s3 = m.sasConnString({ form: 'name', suffix: 'core.usgovcloudapi.net' });
    out.push(c.put(s3, s3.text, 'AccountName + EndpointSuffix usgov'));
    const s4 = m.sasConnString({ form: 'endpoints', shuffle: true, sas: m.blobSAS({ live: false, sr: 'c', style: 'public' }) });
    out.push(c.put(s4, s4.text, 'service SAS in a connection string, expired'));
    return out.join('\n') + '\n';
  });

  // ------------------------------------------------------- tool formats
  C.file('tools/kafka.properties', (c) => {
    const t = m.sbConnString({ entity: false, shuffle: false });
    return `bootstrap.servers=${t.text.split('/')[2]}:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="${c.put(t, t.text, 'Event Hubs Kafka endpoint password')}";
`;
  });

  C.file('tools/mosquitto.conf', (c) => {
    const hub = 'plant-' + m.word(4);
    const t = m.iotToken({ live: true, hub, resource: `${hub}.azure-devices.net/devices/bridge-01` });
    return `connection azure-iot-hub
address ${hub}.azure-devices.net:8883
remote_username ${hub}.azure-devices.net/bridge-01/?api-version=2021-04-12
remote_password ${c.put(t, t.text, 'MQTT bridge password')}
remote_clientid bridge-01
bridge_protocol_version mqttv311
`;
  });

  C.file('tools/export.har', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const u = new URL(t.text);
    const query = [...u.searchParams].map(([name, value]) => ({ name, value }));
    return JSON.stringify({
      log: {
        version: '1.2', creator: { name: 'Firefox', version: '132.0' },
        entries: [{
          startedDateTime: '2026-11-20T10:00:00.000Z',
          request: { method: 'GET', url: c.put(t, t.text, 'browser HAR export (url; the query array repeats the parameters decoded)'), httpVersion: 'HTTP/2', headers: [{ name: 'x-ms-version', value: '2025-11-05' }], queryString: query },
          response: { status: 200, statusText: 'OK', headers: [] },
        }],
      },
    }, null, 2) + '\n';
  });

  C.file('tools/collection.postman_collection.json', (c) => {
    const t = m.accountSAS({ live: true, style: 'public' });
    const u = new URL(t.text);
    return JSON.stringify({
      info: { name: 'storage', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{
        name: 'list containers',
        request: {
          method: 'GET',
          url: { raw: c.put(t, t.text + '&comp=list', 'Postman raw URL'), protocol: 'https', host: u.hostname.split('.'), path: [''], query: [...u.searchParams].map(([key, value]) => ({ key, value: encodeURIComponent(value) })).concat([{ key: 'comp', value: 'list' }]) },
        },
      }],
      variable: [{ key: 'sas', value: c.neg('{{sas}}') }],
    }, null, 2) + '\n';
  });

  C.file('tools/main.bicep', (c) => {
    const t = m.accountSAS({ live: true });
    const k = m.keyConnString({});
    return `param location string = resourceGroup().location
var modelSas = '${c.put(t, t.query, 'Bicep string, bare query')}'
var legacy = '${c.put(k)}'
${c.neg("var generated = storage.listAccountSas(storage.apiVersion, sasProperties).accountSasToken")}
${c.neg("output url string = '${storage.properties.primaryEndpoints.blob}?${generated}'")}
`;
  });

  C.file('tools/azuredeploy.parameters.json', (c) => {
    const t = m.blobSAS({ live: true });
    const s = m.sasConnString({});
    return JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { _artifactsLocationSasToken: { value: c.put(t, '?' + t.query, 'ARM _artifactsLocationSasToken') }, storageConnection: { value: c.put(s) }, adminPassword: { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/y/providers/Microsoft.KeyVault/vaults/z' }, secretName: 'pw' } } },
    }, null, 2) + '\n';
  });

  C.file('tools/.vscode/launch.json', (c) => {
    const t = m.keyConnString({});
    const sb = m.sbConnString({});
    return `{
  // Use IntelliSense to learn about possible attributes.
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "api",
      "env": {
        "AZURE_STORAGE_CONNECTION_STRING": "${c.put(t)}",
        "SERVICEBUS": "${c.put(sb)}", // TODO remove
      },
    },
  ],
}
`;
  });

  C.file('tools/system-text-json.json', (c) => {
    // System.Text.Json's default encoder escapes + & ' < > as \\u002B etc.
    const t = m.keyConnString({});
    const a = m.accountSAS({ live: true });
    const esc = (s) => s.replaceAll('+', '\\u002B').replaceAll('&', '\\u0026').replaceAll("'", '\\u0027');
    return `{\n  "Storage": "${c.put(t, esc(t.text), 'System.Text.Json escapes + as \\u002B')}",\n  "Sas": "${c.put(a, esc(a.text), 'System.Text.Json escapes & as \\u0026')}"\n}\n`;
  });

  C.file('tools/Makefile', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const [a, b] = split(t.text, 'sig');
    const u = m.accountSAS({ live: true, style: 'public' });
    return `MODEL_URL := ${c.put(t, `${a}\\\n\t${b}`, 'make variable continued with backslash')}

download:
\tcurl -fsSL "${c.put(u, u.text.replaceAll('$', '$$'))}" -o model.bin
${c.neg('\tazcopy copy "$(SRC)?$(SAS)" .')}
`;
  });

  C.file('tools/deploy.tf.tmpl', (c) => {
    const t = m.accountSAS({ live: true });
    return `resource "null_resource" "seed" {
  provisioner "local-exec" {
    command = <<EOT
      azcopy copy ./seed "\${var.base_url}?${c.put(t, t.query, 'heredoc: interpolated base, literal query')}" --recursive
    EOT
  }
}
${c.neg('variable "sas" { default = "" }')}
`;
  });

  C.file('tools/jinja-template.j2', (c) => {
    const t = m.blobSAS({ live: true });
    return `storage:
  url: "{{ storage_base }}/models?${c.put(t, t.query, 'Jinja: templated base, literal SAS')}"
  ${c.neg('sas: "{{ lookup(\'env\', \'SAS\') }}"')}
`;
  });

  // ------------------------------------------------------- more languages
  C.file('langs/Storage.swift', (c) => {
    const t = m.blobSAS({ live: true });
    const [a, b] = split(t.text, 'sig');
    return `import Foundation\n\nlet sasURL = URL(string: ${c.put(t, `"${a}" +\n    "${b}"`, 'Swift + across lines')})!\n${c.neg('let fromPlist = Bundle.main.object(forInfoDictionaryKey: "SAS") as? String')}\n`;
  });

  C.file('langs/Storage.scala', (c) => {
    const t = m.accountSAS({ live: true });
    return `object Storage {\n  val Sas = """${c.put(t, t.text, 'Scala triple-quoted')}"""\n  ${c.neg('val built = s"https://$account.blob.core.windows.net/c?$sas"')}\n}\n`;
  });

  C.file('langs/config.dart', (c) => {
    const t = m.blobSAS({ live: true });
    const [a, b] = split(t.text, 'query');
    return `const sasUrl = ${c.put(t, `'${a}'\n    '${b}'`, 'Dart adjacent literals')};\n${c.neg("final fromEnv = Platform.environment['SAS'];")}\n`;
  });

  C.file('langs/fetch.pl', (c) => {
    const t = m.accountSAS({ live: true });
    const [a, b] = split(t.text, 'sig');
    return `use strict;\nmy $sas = ${c.put(t, `'${a}' .\n  '${b}'`, "Perl '.' across lines")};\n${c.neg('my $url = "https://$account.blob.core.windows.net/c?$ENV{SAS}";')}\n`;
  });

  C.file('langs/load.R', (c) => {
    const t = m.blobSAS({ live: true });
    const u = m.accountSAS({ live: false });
    return `library(AzureStor)\nsas <- "${c.put(t)}"\nold <- paste0(${c.put(u, `"${split(u.text, 'sig')[0]}", "${split(u.text, 'sig')[1]}"`, 'R paste0 with comma-separated parts')})\n${c.neg('ep <- storage_endpoint(Sys.getenv("URL"), sas = Sys.getenv("SAS"))')}\n`;
  });

  C.file('langs/Storage.m', (c) => {
    const t = m.blobSAS({ live: true });
    const [a, b] = split(t.text, 'sig');
    return `static NSString *const kSasURL = ${c.put(t, `@"${a}"\n    @"${b}"`, 'Objective-C adjacent @"" literals')};\n`;
  });

  C.file('langs/storage.ex', (c) => {
    const t = m.keyConnString({});
    return `config :app, :storage,\n  connection_string: "${c.put(t)}"\n${c.neg('config :app, :sas, System.get_env("SAS")')}\n`;
  });

  C.file('langs/build.gradle.kts', (c) => {
    const t = m.blobSAS({ live: true });
    return `tasks.register<Exec>("fetchModel") {\n    commandLine("curl", "-fsSL", "${c.put(t, t.text.replaceAll('$', '\\$'))}", "-o", "model.bin")\n}\n`;
  });

  C.file('langs/notebook-magic.ipynb', (c) => {
    const t = m.accountSAS({ live: true });
    return JSON.stringify({ cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: [`%env AZURE_STORAGE_SAS_URL=${c.put(t, t.text, '%env magic')}\n`, '!azcopy copy "$AZURE_STORAGE_SAS_URL" ./data --recursive'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1) + '\n';
  });

  // ------------------------------------------------------- file shapes
  C.file('shapes/token-only.txt', (c) => {
    const t = m.accountSAS({ live: true, style: 'public' });
    return c.put(t, t.text, 'the whole file, no trailing newline');
  });

  C.file('shapes/conn-only.txt', (c) => {
    const t = m.keyConnString({ trailing: false });
    return c.put(t, t.text, 'the whole file, no trailing newline');
  });

  C.file('shapes/many-on-one-line.json', (c) => {
    const ts = [m.accountSAS({ live: true }), m.blobSAS({ live: false }), m.keyConnString({}), m.sbToken({ live: true }), m.userDelegationSAS({ live: true })];
    return JSON.stringify(Object.fromEntries(ts.map((t, i) => [`k${i}`, c.put(t, t.text, 'five tokens on one line')]))) + '\n';
  });

  C.file('shapes/semicolon.csv', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const u = m.accountSAS({ live: true, style: 'public' });
    return `name;url;owner\nexport;${c.put(t, t.text, 'semicolon-separated CSV')};ops\nall;${c.put(u, u.text, 'semicolon-separated CSV')};ops\n`;
  });

  C.file('shapes/two-per-line.txt', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const u = m.blobSAS({ live: true, style: 'public' });
    const v = m.sbConnString({ trailing: false });
    const w = m.keyConnString({ trailing: false });
    return `${c.put(t)} ${c.put(u)}\n${c.put(v)},${c.put(w)}\n`;
  });

  C.file('shapes/crlf-wrapped.md', (c) => {
    const t = m.accountSAS({ live: true, style: 'public' });
    return `Link:\n${c.put(t, t.text.replace('&sp=', '&\nsp='), 'wrapped after & in a CRLF file')}\n`;
  }, { crlf: true });

  C.file('shapes/utf16le-json.json', (c) => {
    const t = m.sasConnString({});
    const u = m.accountSAS({ live: true });
    return JSON.stringify({ a: c.put(t), b: c.put(u) }, null, 2) + '\n';
  }, { enc: 'utf16le' });

  C.file('shapes/utf16be.cs', (c) => {
    const t = m.blobSAS({ live: true });
    const [a, b] = split(t.text, 'sig');
    return `class C {\n    const string S = "${c.put(t, `${a}" +\n        "${b}`, "'+' split in a UTF-16 BE file")}";\n}\n`;
  }, { crlf: true, enc: 'utf16be' });

  C.file('shapes/html-entities.html', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const u = m.accountSAS({ live: true, style: 'public' });
    return `<a href="${c.put(t, t.text.replaceAll('&', '&#x26;'), '&#x26; hex entities')}">a</a>\n<a href="${c.put(u, htmlAmp(u.text).replaceAll('=', '&#61;'), '&amp; and &#61; entities')}">b</a>\n`;
  });

  // ------------------------------------------------------- more negatives
  C.file('negatives/more-lookalikes.txt', (c) => {
    const hex = m.rbytes(32).toString('hex');
    const lines = [
      `https://acct.blob.core.windows.net/c/x?sv=2021-08-06&se=2030-01-01&sr=b&sp=r&sig=${hex}`,
      'https://acct.blob.core.windows.net/c/x?sp=r&st=2021-09-16T04:52:32Z&se=2030-09-16T12:52:32Z&spr=https&sv=2020-08-04&sr=c&sig=<SAS-token-signature>',
      'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
      `https://devstoreaccount1.blob.core.windows.net/c?${m.emulatorSAS().query}`,
      'SharedAccessSignature sr=&sig=&se=0&skn=',
      `sig=${m.rbytes(32).toString('base64')}`,
      `x-ms-signature: ${m.rbytes(32).toString('base64')}`,
      `Authorization: SharedKey myaccount:${m.rbytes(32).toString('base64')}`,
    ];
    return lines.map((l) => c.neg(l)).join('\n') + '\n';
  });
}
