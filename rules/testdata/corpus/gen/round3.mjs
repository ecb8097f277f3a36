// Round three of the red team: shapes copied from the wild. Every file here
// reproduces the syntax around a token as it was found in a public issue,
// blog post or repository (round3/README.md names each source); the tokens
// themselves are freshly minted (the sources' signatures are redacted or
// fake). The redacted forms those sources use are kept as negatives.
// Registered after round 2 so every earlier token keeps its seeded value.
const R = 'round3/';

// reorder puts a query's parameters in the order a tool printed them; the
// signature does not depend on parameter order, so the token stays valid.
function reorder(query, order) {
  const parts = query.split('&');
  const key = (p) => p.slice(0, p.indexOf('='));
  const out = [];
  for (const k of order) {
    const i = parts.findIndex((p) => key(p) === k);
    if (i >= 0) out.push(...parts.splice(i, 1));
  }
  return [...out, ...parts].join('&');
}

const sortQuery = (q) => q.split('&').sort().join('&');

export function register(C, m) {
  tools(C, m);
  sdkLogs(C, m);
  messaging(C, m);
  configs(C, m);
  posts(C, m);
  placeholders(C);
  readme(C);
}

// ---------------------------------------------------------------- tools

function tools(C, m) {
  // azcopy 10 job log, REQUEST/RESPONSE block: query sorted, SDK and SAS
  // parameters interleaved, date values lower-cased, the URL hard-wrapped
  // inside a parameter name (Azure/azure-storage-azcopy#1613).
  C.file(R + 'azcopy/job-request-response.log', (c) => {
    const t = m.userDelegationSAS({ live: true, service: 'blob', style: 'public' });
    const acct = t.account;
    const q = sortQuery('blocklisttype=all&comp=blocklist&timeout=30&' + t.query).replace(/\b(st|se|ske|skt)=(\d{4}-\d\d-\d\d)T([^&]*)Z/g, (s, k, d, t) => `${k}=${d}t${t}z`);
    const url = `https://${acct}.blob.core.windows.net/etl-sit/LANK/20201229/SEGMENT_CODE.TXT?${q}`;
    const cut = url.indexOf('&skoid=') + 3;
    const wrapped = url.slice(0, cut) + '\n' + url.slice(cut);
    const redacted = url.replace(/sig=[^&]+/, 'sig=-REDACTED-');
    const rcut = redacted.indexOf('&skoid=') + 3;
    return `2026/11/20 02:44:47 JobID=3669a442-b989-214c-6599-7aa6d91c5442, Part#=0, TransfersDone=17 of 36
2026/11/20 02:44:47 ==> REQUEST/RESPONSE (Try=1/15.945613ms, OpTime=125.510633ms) -- RESPONSE SUCCESSFULLY RECEIVED
   GET ${c.put(t, wrapped, 'azcopy REQUEST/RESPONSE log: sorted query, lower-cased dates, wrapped mid-parameter')}
   X-Ms-Request-Id: [69667b81-201e-001a-094a-dff2fe000000]

2026/11/20 02:44:47 JobID=3669a442-b989-214c-6599-7aa6d91c5442, Part#=0, TransfersDone=18 of 36
2026/11/20 02:44:47 ==> REQUEST/RESPONSE (Try=1/20.767367ms, OpTime=128.774837ms) -- RESPONSE SUCCESSFULLY RECEIVED
   GET ${c.neg(redacted.slice(0, rcut) + '\n' + redacted.slice(rcut))}
   X-Ms-Request-Id: [69667b81-201e-001a-094a-dff2fe000001]
`;
  });

  // The issue template's "What command did you run?" with a Storage
  // Explorer container SAS (st, se, sp, sv, sr, sig order), PowerShell
  // call operator and trailing ';' (Azure/azure-storage-azcopy#403); the
  // template's own placeholders next to it (#2807).
  C.file(R + 'azcopy/issue-template.md', (c) => {
    const t = m.blobSAS({ live: true, sr: 'c', style: 'public', version: '2018-03-28', stored: false });
    const url = `${t.base}/memory?${reorder(t.query, ['st', 'se', 'sp', 'sv', 'sr', 'sig'])}`;
    return `### Which version of the AzCopy was used?
AzCopy 10.1.2

### What command did you run?
##### Note: Please remove the SAS to avoid exposing your credentials.
\`.\\azcopy.exe copy "*.json" "${c.put(t, url, 'azcopy issue template, PowerShell, Storage Explorer parameter order')}" --overwrite=false --from-to=LocalBlob --blob-type=BlockBlob --put-md5;\`

Also tried:

    cat "/path/to/file.txt" | azcopy cp "${c.neg('https://[account].blob.core.windows.net/[container]/[path/to/blob]?[SAS]')}" --from-to PipeBlob
    .\\azcopy.exe copy "*.json" "${c.neg('https://REDACTED.blob.core.windows.net/memory?st=2019-05-22T00%3A17%3A13Z&se=2019-05-23T00%3A17%3A13Z&sp=racwl&sv=2018-03-28&sr=c&sig=REDACTED')}"
`;
  });

  // blobxfer --saskey with a full URL, and the placeholder form
  // (Azure/blobxfer#13).
  C.file(R + 'tools/blobxfer.sh', (c) => {
    const t = m.blobSAS({ live: false, sr: 'b', style: 'public', version: '2015-07-08', stored: false });
    const url = `${t.base}/mycontainer/blob-0001?${reorder(t.query, ['st', 'se', 'sp', 'sv', 'sr', 'sig'])}`;
    return `#!/bin/sh
blobxfer --download --remoteresource blob-0001 --saskey "${c.put(t, url, 'blobxfer --saskey with a whole SAS URL')}" myaccount mycontainer .
# placeholder form from the issue:
# blobxfer --download --saskey "${c.neg('https://myaccount.blob.core.windows.net/mycontainer/[blob_id]?st=2016-11-23T14%3A50%3A00Z&se=2016-11-24T14%3A50%3A00Z&sp=rl&sv=2015-12-11&sr=b&sig=[signature]')}" myaccount mycontainer .
`;
  });

  // az storage blob generate-sas: multi-line command without line
  // continuations, --account-key on its own line, then the quoted JSON
  // string az prints (buildazure.com, "Azure CLI 2.0: Generate SAS Token").
  C.file(R + 'tools/az-generate-sas.md', (c) => {
    const t = m.blobSAS({ live: true, sr: 'b', style: 'public', stored: false });
    const keyTok = { kind: 'storage_connection_string_key', exp: null, text: t.key, note: 'bare account key' };
    return `# usage example
\`\`\`
az storage blob generate-sas
    --account-name ${t.account}
    --account-key ${c.put(keyTok, t.key, 'az CLI --account-key flag on its own line')}
    --container-name images
    --name myimage.png
    --permissions r
    --expiry 2027-05-31
\`\`\`

SAS Token in Return Result:

\`\`\`
"${c.put(t, t.query, 'az CLI output: the query as a quoted JSON string')}"
\`\`\`
`;
  });
}

// ------------------------------------------------------------ SDK logs

function sdkLogs(C, m) {
  // Java SDK HttpLoggingPolicy before the fix: host without '/', SDK
  // parameters before the SAS, slf4j-simple prefix; and the builder call
  // from the same report (Azure/azure-sdk-for-java#6585).
  C.file(R + 'java/slf4j-http-logging.log', (c) => {
    const t = m.accountSAS({ live: false, style: 'public', services: 'bf', types: 'sco', version: '2019-02-02' });
    const host = `https://${t.account}.blob.core.windows.net`;
    return `[main] INFO com.azure.storage.blob.implementation.ServicesImpl$ServicesService.getProperties - --> GET ${c.put(t, `${host}?restype=service&comp=properties&${t.query}`, 'Java SDK request log, no slash before ?')}
[main] INFO com.azure.storage.blob.implementation.ServicesImpl$ServicesService.getProperties - <-- 200 ${host}?restype=service&comp=properties&${c.neg('sv=REDACTED&ss=REDACTED&srt=REDACTED&sp=REDACTED&se=REDACTED&st=REDACTED&spr=REDACTED&sig=REDACTED')} (41 ms, 1234-byte body)
x-ms-version:REDACTED
x-ms-error-code:REDACTED
`;
  });
  C.file(R + 'java/BlobServiceClientRepro.java', (c) => {
    const t = m.accountSAS({ live: true, style: 'public', services: 'bf', types: 'sco' });
    return `String endpoint = "https://${t.account}.blob.core.windows.net/";

BlobServiceClient client = new BlobServiceClientBuilder()
            .endpoint(endpoint)
            .sasToken("${c.put(t, t.query, 'Java builder .sasToken("...")')}")
            .httpLogOptions(new HttpLogOptions().setLogLevel(HttpLogDetailLevel.BODY_AND_HEADERS))
            .buildClient();
`;
  });

  // Storage Explorer "Error Details" RestError dump: the request URL as a
  // JSON field next to redacted Authorization headers
  // (microsoft/AzureStorageExplorer#7183, #7691, #8344).
  C.file(R + 'storage-explorer/error-details.json', (c) => {
    const t = m.blobSAS({ live: true, sr: 'c', style: 'public', stored: false });
    const url = `${t.base}/${'datasets'}?restype=container&comp=list&${t.query}`;
    return JSON.stringify({
      name: 'RestError',
      code: 'AuthorizationPermissionMismatch',
      statusCode: 403,
      request: {
        streamResponseStatusCodes: {},
        url: c.put(t, url, 'Storage Explorer RestError: request.url'),
        method: 'GET',
        headers: { _headersMap: {
          'x-ms-version': { name: 'x-ms-version', value: '2021-10-04' },
          'user-agent': { name: 'User-Agent', value: 'Microsoft Azure Storage Explorer/1.31.2 (win32) azsdk-js-storageblob/12.12.0 (NODE-VERSION v18.15.0; Windows_NT 10.0.22631)' },
          authorization: { name: 'Authorization', value: c.neg('SharedKey Redacted') },
        } },
        withCredentials: false,
        timeout: 0,
      },
      response: { request: { url: `https://${t.account}.blob.core.windows.net/?comp=list&include=metadata`, headers: { _headersMap: { authorization: { name: 'authorization', value: c.neg('Bearer JSON Web Token Redacted') } } } } },
    }, null, 2) + '\n';
  });

  // The 403 body and the two URLs pasted above it: Storage Explorer's
  // container SAS and the app's blob SAS (Azure/azure-storage-node#559).
  C.file(R + 'issues/signature-did-not-match.md', (c) => {
    const a = m.blobSAS({ live: false, sr: 'c', style: 'public', version: '2018-03-28', stored: false });
    const b = m.blobSAS({ live: false, sr: 'c', account: a.account, key: a.key, style: 'public', version: '2018-03-28', stored: false });
    return `Here is the url generated from the storage explorer:

\`\`\`
${c.put(a, `${a.base}/biocontainer?${reorder(a.query, ['st', 'se', 'sp', 'sv', 'sr', 'sig'])}`, 'Storage Explorer URL in an issue')}
\`\`\`

And here is the url I am sending:
\`\`\`
${c.put(b, `${b.base}/biocontainer/table.gif?${reorder(b.query, ['st', 'se', 'sp', 'sv', 'sr', 'sig'])}`, 'container SAS reused for a blob path')}
\`\`\`

Here is the error response I get:

\`\`\`
<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
RequestId:e18b2eb6-d01e-000b-7443-bbe343000000
Time:2019-02-02T22:06:36.0802354Z</Message><AuthenticationErrorDetail>Signature did not match. String to sign used was rw
2019-02-02T22:01:35Z
2019-02-02T23:06:35Z
/blob/${a.account}/biocontainer



2018-03-28




</AuthenticationErrorDetail></Error>
\`\`\`
`;
  });

  // azure-core (Python) http_logging_policy output: the query values are
  // replaced, the SDK logs this by default (cartography-cncf/cartography#729).
  C.file(R + 'python/http-logging-policy.log', () => `INFO:azure.core.pipeline.policies.http_logging_policy:Request URL: 'https://acct0demo.blob.core.windows.net/uploads/train.parquet?sv=REDACTED&ss=REDACTED&srt=REDACTED&sp=REDACTED&se=REDACTED&spr=REDACTED&sig=REDACTED'
Request method: 'GET'
Request headers:
    'x-ms-version': 'REDACTED'
    'Accept': 'application/xml'
    'User-Agent': 'azsdk-python-storage-blob/12.19.0 Python/3.11.6 (Linux-6.5.0-x86_64-with-glibc2.35)'
    'Authorization': 'REDACTED'
No body was attached to the request
`);
}

// ------------------------------------------------------ messaging

function messaging(C, m) {
  // Ruby config with a Service Bus token pasted where a key belongs:
  // sig first, sr last, lower-case escapes and a '$2f' typo
  // (Azure/azure-sdk-for-ruby#2357).
  C.file(R + 'servicebus/azure_config.rb', (c) => {
    const t = m.sbToken({ live: true, order: ['sig', 'se', 'skn', 'sr'], uri: `https://${m.namespace()}.servicebus.windows.net/testChange` });
    const text = t.text.replace(/sr=([^&]+)$/, (s, v) => 'sr=' + v.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()).replace(/%2f(?!.*%2f)/, '$2f'));
    return `Azure.configure do |config|
  config.sb_namespace = 'myServiceBus'
  config.sb_sas_key_name = 'someKeyName'
  config.sb_sas_key = '${c.put(t, text, 'SB token in a Ruby config: sig first, lower-case escapes, $2f typo')}'
end

# from the issue text:
# ${c.neg('SharedAccessSignature sig=xyz&se=1577730912&skn=someKeyName&sr=https%3a%2f%2fmyServiceBus.servicebus.windows.net$2ftestChange')}
`;
  });

  // Service Bus Explorer issue: the connection settings in Markdown
  // italics and the tool's log lines (paolosalvatori/ServiceBusExplorer#78).
  C.file(R + 'servicebus/explorer-issue.md', (c) => {
    const t = m.sbConnString({ keyName: 'RootSendSharedAccessKey', entity: false, shuffle: false, trailing: false, suffix: 'servicebus.windows.net' });
    return `Cannot connect to our instance in Azure with v3.4.24:

**Connection Settings:**

_Connection String:_
${c.put(t, t.text, 'Service Bus Explorer connection settings pasted into an issue')}

placeholder version from the original report:
_Connection String:_
${c.neg('Endpoint=sb://xxx.servicebus.windows.net/;SharedAccessKeyName=RootSendSharedAccessKey;SharedAccessKey=xxxxxxxxxx')}

_Log_:

\`\`\`
<07:48:21> The application is now connected to the sb://xxx.servicebus.windows.net/ service bus namespace.
<07:48:21> MessagingFactory successfully created
\`\`\`
`;
  });

  // SASL PLAIN to IoT Hub: the password written as
  // "SharedAccessSignature=SharedAccessSignature sr=..." (Azure/azure-uamqp-c#113).
  C.file(R + 'iot/uamqp-sasl-plain.md', (c) => {
    const t = m.iotToken({ live: true, hub: 'IOTHUBCMIC', resource: 'IOTHUBCMIC.azure-devices.net/devices/test-001', skn: false });
    return `The sasl authentication looks like this:
     - Username: device@sas.root.IOTHUBCMIC.azure-devices.net
     - Password: SharedAccessSignature=${c.put(t, t.text, 'IoT token after a doubled "SharedAccessSignature=" prefix')}

placeholder from the report:
     - Password: ${c.neg('SharedAccessSignature=SharedAccessSignature sr=IOTHUBCMIC.azure-devices.net%2Fdevices%2Ftest-001&sig={sig}&se=1495780171')}
`;
  });

  // MicroPython MQTT client with the token as a constant; the same
  // constant as published with '*****' (public repo, see README).
  C.file(R + 'iot/main.py', (c) => {
    const t = m.iotToken({ live: true, hub: 'pipicotest', resource: 'pipicotest.azure-devices.net/devices/rasp-pico', skn: false });
    return `HOSTNAME = 'pipicotest.azure-devices.net'
CLIENT_ID = 'rasp-pico'
SAS_TOKEN = '${c.put(t, t.text, 'MicroPython constant')}'
# published form:
# SAS_TOKEN = '${c.neg('SharedAccessSignature sr=pipicotest.azure-devices.net%2Fdevices%2Frasp-pico&sig=*****&se=1744980603')}'
USER = HOSTNAME + '/' + CLIENT_ID + '/?api-version=2021-04-12'
`;
  });

  // A device connection string in running prose, followed by '.'
  // (benedicht.github.io Best MQTT docs), and its Japanese-blog template.
  C.file(R + 'iot/best-mqtt.md', (c) => {
    const key = m.key32();
    const t = { kind: 'servicebus_sas', exp: null, text: `HostName=iothub-hostname.azure-devices.net;DeviceId=device_name_with_sak;SharedAccessKey=${key}`, note: 'IoT Hub device connection string' };
    return `First of all, if not already, create a new device with setting/leaving Authentication type as Symmetric key. When done, open its settings and copy one of its connection strings, they look something like this: ${c.put(t, t.text, 'in prose, followed by a full stop')}. The connection string contains everything that required to connect to the hub.

パスワード

    ${c.neg('SharedAccessSignature sig={signature-string}&se={expiry}&sr={URL-encoded-resourceURI}')}
`;
  });

  // Kafka clients on Event Hubs: sasl.jaas.config in Quarkus properties
  // with '\' + tab continuations, a shell export in single quotes, and a
  // YAML folded scalar (public repos and Microsoft docs, see README).
  C.file(R + 'kafka/application.properties', (c) => {
    const t = m.sbConnString({ keyName: 'RootManageSharedAccessKey', entity: false, shuffle: false, trailing: false, suffix: 'servicebus.windows.net' });
    return `kafka.bootstrap.servers=fights-kafka.servicebus.windows.net:9093
kafka.security.protocol=SASL_SSL
kafka.sasl.mechanism=PLAIN
kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
\tusername="$ConnectionString" \\
\tpassword="${c.put(t, t.text, 'Event Hubs connection string as the JAAS password, properties continuation')}";
`;
  });
  C.file(R + 'kafka/env.sh', (c) => {
    const t = m.sbConnString({ keyName: 'RootManageSharedAccessKey', entity: false, shuffle: false, trailing: false, suffix: 'servicebus.windows.net' });
    return `export KAFKA_SECURITY_PROTOCOL=SASL_SSL
export KAFKA_SASL_MECHANISM=PLAIN
export KAFKA_SASL_JAAS_CONFIG='org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="${c.put(t, t.text, 'JAAS config in a single-quoted shell export')}";'
`;
  });
  C.file(R + 'kafka/values.yaml', (c) => {
    const t = m.sbConnString({ keyName: 'RootManageSharedAccessKey', entity: true, shuffle: false, trailing: false, suffix: 'servicebus.windows.net' });
    return `kafka:
  properties:
    security.protocol: SASL_SSL
    sasl.mechanism: PLAIN
    sasl.jaas.config: >
      org.apache.kafka.common.security.plain.PlainLoginModule required
      username="$ConnectionString"
      password="${c.put(t, t.text, 'JAAS config in a YAML folded scalar')}";
  docs: >
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="${c.neg('Endpoint=sb://mynamespace.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=XXXXXXXXXXXXXXXX')}";
`;
  });
}

// ------------------------------------------------------------ configs

function configs(C, m) {
  // T-SQL database scoped credential for an external data source: the SAS
  // is the SECRET, without '?' (public repo, see README).
  C.file(R + 'sql/external-data-source.sql', (c) => {
    const t = m.accountSAS({ live: true, style: 'public', services: 'b', types: 'co', version: '2022-11-02' });
    return `CREATE DATABASE SCOPED CREDENTIAL VehicleDataCredential
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
    -- generated in the Storage Account, in the "Shared access signature"
    SECRET = '${c.put(t, t.query, 'T-SQL SECRET = \'sv=...\'')}';

-- as published:
--  SECRET = '${c.neg('sv=2022-11-02&ss=b&srt=co&sp=rlf&se=2024-12-31T22:42:44Z&st=2024-12-15T14:42:44Z&spr=https&sig=<REDACTED>')}';

CREATE EXTERNAL DATA SOURCE VehicleDataEvents WITH (
    LOCATION = 'https://${t.account}.blob.core.windows.net/vehicles',
    CREDENTIAL = VehicleDataCredential
);
`;
  });

  // PowerShell: the SAS as a SecureString literal (Az.KeyVault
  // Backup-AzManagedHsm help), and a Service Fabric app package URL.
  C.file(R + 'powershell/backup-hsm.ps1', (c) => {
    const t = m.accountSAS({ live: true, style: 'public', services: 'bfqt', types: 'sco', version: '2019-12-12' });
    const u = m.userDelegationSAS({ live: true, service: 'blob', style: 'public' });
    return `PS C:\\> $sasToken = ConvertTo-SecureString -AsPlainText -Force "${c.put(t, '?' + t.query, 'SecureString literal with leading ?')}"
PS C:\\> Backup-AzManagedHsm -Name myHsm -StorageContainerUri "https://${t.account}.blob.core.windows.net/backup" -SasToken $sasToken

PS C:\\> $example = ConvertTo-SecureString -AsPlainText -Force "${c.neg('?sv=2019-12-12&ss=bfqt&srt=sco&sp=rwdlacupx&se=2020-10-12T14:42:19Z&st=2020-10-12T06:42:19Z&spr=https&sig=******')}"

function Get-AppPackageV2
{
    return "${c.put(u, u.text, 'Service Fabric package URL returned from a function')}"
}
`;
  });

  // Java fluent API with the SAS as a separate string (azure-sdk-for-java
  // samples print it as sig=****).
  C.file(R + 'java/CustomScriptExtension.java', (c) => {
    const t = m.blobSAS({ live: true, sr: 'b', style: 'public', version: '2019-02-02', stored: false });
    return `vm.update()
    .defineNewExtension("CustomScriptForLinux")
        .withScriptUrl("${t.base}/scripts/install.sh")
        .withScriptUrlSasToken("${c.put(t, '?' + t.query, 'SAS passed to a fluent setter with leading ?')}")
        .withForceUpdateTag("2bcf3c21-ffd1-4444-b9dd-e52e00ee53fe")
    .attach()
    .apply();
// sample form: .withScriptUrlSasToken("${c.neg('?sv=2019-02-02&st=2019-04-29T22%3A18%3A26Z&se=2019-04-30T02%3A23%3A26Z&sr=b&sp=rw&sip=168.1.5.60-168.1.5.70&spr=https&sig=********************************')}")
`;
  });
}

// -------------------------------------------------------------- posts

function posts(C, m) {
  // The C++ SDK's failed-request text: path and query only, no host
  // (a public test expectation, see README), with a real token.
  C.file(R + 'cpp/request-failed.txt', (c) => {
    const t = m.blobSAS({ live: true, sr: 'c', style: 'public', stored: false });
    return `403 Forbidden
Server failed to authenticate the request.
Request ID: 7b1d6c3e-601e-0042-3d2b-aa0c1c000000

*** Path/Query ***:
GET /${t.account}/datasets?comp=list&restype=container&${c.put(t, t.query, 'C++ SDK Path/Query block, no host')}
*** Request Headers ***:
content-length: 0
host: ${t.account}.blob.core.windows.net

*** Path/Query ***:
GET /account/container?comp=list&restype=container&${c.neg('sig=<redacted>')}
`;
  });
}

// ------------------------------------------------------- placeholders

function placeholders(C) {
  // Redacted forms seen in the wild, one per line, with the surrounding
  // text they came with. Nothing here is a secret.
  C.file(R + 'negatives/redactions-in-the-wild.txt', () => `GET https://acct.blob.core.windows.net/c/b?se=2021-11-28t02%3A44%3A46z&sig=-REDACTED-&sp=rwdl&sr=c&sv=2019-07-07
https://REDACTED.blob.core.windows.net/memory?st=2019-05-22T00%3A17%3A13Z&se=2019-05-23T00%3A17%3A13Z&sp=racwl&sv=2018-03-28&sr=c&sig=REDACTED
https://[account].blob.core.windows.net/[container]/[path/to/blob]?[SAS]
https://myaccount.blob.core.windows.net/mycontainer/x?st=2016-11-23T14%3A50%3A00Z&se=2016-11-24T14%3A50%3A00Z&sp=rl&sv=2015-12-11&sr=b&sig=[signature]
SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rlf&se=2024-12-31T22:42:44Z&st=2024-12-15T14:42:44Z&spr=https&sig=<REDACTED>';
az x "https://a.blob.core.windows.net/c?sv=1&sig=<redacted>&se=2"
https://sftestappstorage.blob.core.windows.net/managed-application-deployment/Voting.2.0.0.sfpkg?skt=2025-07-22T22:02:23Z&ske=2025-07-23T06:17:23Z&sks=b&skv=2024-11-04&spr=https&sv=2024-11-04&sr=b&sig=*****
"?sv=2019-12-12&ss=bfqt&srt=sco&sp=rwdlacupx&se=2020-10-12T14:42:19Z&st=2020-10-12T06:42:19Z&spr=https&sig=******"
"?sv=2019-02-02&st=2019-04-29T22%3A18%3A26Z&se=2019-04-30T02%3A23%3A26Z&sr=b&sp=rw&sip=168.1.5.60-168.1.5.70&spr=https&sig=********************************"
SharedAccessSignature sr=pipicotest.azure-devices.net%2Fdevices%2Frasp-pico&sig=*****&se=1744980603
SharedAccessSignature=SharedAccessSignature sr=IOTHUBCMIC.azure-devices.net%2Fdevices%2Ftest-001&sig={sig}&se=1495780171
SharedAccessSignature sig=xyz&se=1577730912&skn=someKeyName&sr=https%3a%2f%2fmyServiceBus.servicebus.windows.net$2ftestChange
SharedAccessSignature sig={signature-string}&se={expiry}&sr={URL-encoded-resourceURI}
Endpoint=sb://xxx.servicebus.windows.net/;SharedAccessKeyName=RootSendSharedAccessKey;SharedAccessKey=xxxxxxxxxx
Endpoint=sb://mynamespace.servicebus.windows.net/;SharedAccessKeyName=XXXXXX;SharedAccessKey=XXXXXX
Endpoint=sb://airline-eventhubs.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<your-key>
Endpoint=sb://myeventhubnamespace.servicebus.windows.net/;SharedAccessKeyName=...;SharedAccessKey=...
'Authorization': 'REDACTED'
'Authorization': '*****'
"value": "SharedKey Redacted"
"value": "Bearer JSON Web Token Redacted"
https://x.example.com/search?q=hello&token=<redacted>&limit=10&sig=<redacted>
az://container/path?sv=2020&sig=***&se=x
`);
}

// readme is round3/README.md: where each shape came from. It is a case
// file like any other and must scan clean.
export function readme(C) {
  C.file(R + 'README.md', () => `# Corpus round 3: shapes from the wild

Every token here was minted by gen/round3.mjs (seeded); only the text
around it was copied from a public source. A file with a \`.want\` lists
what a careful reviewer would flag; a file without one must scan clean.
The redacted forms the sources used are kept as negatives, in place and
in negatives/redactions-in-the-wild.txt.

| file | shape | source |
|---|---|---|
| azcopy/job-request-response.log | azcopy REQUEST/RESPONSE block: query sorted, dates lower-cased, URL wrapped inside "skoid"; sig=-REDACTED- | github.com/Azure/azure-storage-azcopy/issues/1613 |
| azcopy/issue-template.md | PowerShell azcopy command, Storage Explorer order st,se,sp,sv,sr,sig; sig=REDACTED, ?[SAS] | github.com/Azure/azure-storage-azcopy/issues/403, /issues/2807 |
| tools/blobxfer.sh | blobxfer --saskey "URL"; sig=[signature] | github.com/Azure/blobxfer/issues/13 |
| tools/az-generate-sas.md | az storage blob generate-sas over lines without continuations, --account-key on its own line, quoted JSON output | buildazure.com/2017/05/23/azure-cli-2-0-generate-sas-token-for-blob-in-azure-storage/ |
| java/slf4j-http-logging.log | Java HttpLoggingPolicy "--> GET https://host?restype=...&sv=..." (no slash before ?) | github.com/Azure/azure-sdk-for-java/issues/6585 |
| java/BlobServiceClientRepro.java | .sasToken("sv=...") | github.com/Azure/azure-sdk-for-java/issues/6585 |
| storage-explorer/error-details.json | RestError dump, request.url; "SharedKey Redacted", "Bearer JSON Web Token Redacted" | github.com/microsoft/AzureStorageExplorer/issues/7183, /7691, /8344 |
| issues/signature-did-not-match.md | two SAS URLs in fences above a 403 "Signature did not match" body | github.com/Azure/azure-storage-node/issues/559 |
| python/http-logging-policy.log | azure-core http_logging_policy with REDACTED values (negative only) | github.com/cartography-cncf/cartography/pull/729 |
| servicebus/azure_config.rb | SB token as a Ruby config value: sig first, sr last, %3a, "$2f" typo | github.com/Azure/azure-sdk-for-ruby/issues/2357 |
| servicebus/explorer-issue.md | _Connection String:_ line in an issue; SharedAccessKey=xxxxxxxxxx | github.com/paolosalvatori/ServiceBusExplorer/issues/78 |
| iot/uamqp-sasl-plain.md | SASL PLAIN password "SharedAccessSignature=SharedAccessSignature sr=..."; sig={sig} | github.com/Azure/azure-uamqp-c/issues/113 |
| iot/main.py | MicroPython SAS_TOKEN constant; sig=***** | public MicroPython Pico sample (find_string "&sig=***") |
| iot/best-mqtt.md | device connection string in prose, followed by "."; sig={signature-string} template | benedicht.github.io/BestHTTP-Documentation/pages/best_mqtt/other/azure_iot_hub_sak.html, s-edword.hatenablog.com/entry/2016/08/23/140633 |
| kafka/application.properties | Quarkus sasl.jaas.config with "\\\\" + tab continuations | public Quarkus sample (find_string 'password="Endpoint=sb://') |
| kafka/env.sh | export KAFKA_SASL_JAAS_CONFIG='... password="Endpoint=...";' | public repo (same search) |
| kafka/values.yaml | sasl.jaas.config as a YAML folded scalar; SharedAccessKey=XXXXXXXXXXXXXXXX | public README and learn.microsoft.com Event Hubs for Kafka docs (same search) |
| sql/external-data-source.sql | T-SQL CREATE DATABASE SCOPED CREDENTIAL ... SECRET = 'sv=...'; sig=<REDACTED> | public repo (find_string "&sig=<redacted>") |
| powershell/backup-hsm.ps1 | ConvertTo-SecureString -AsPlainText -Force "?sv=..."; sig=******; a Service Fabric package URL with sig=***** | Az.KeyVault Backup-AzManagedHsm help; public repo (find_string "&sig=***") |
| java/CustomScriptExtension.java | .withScriptUrlSasToken("?sv=..."); sig=**** | azure-sdk-for-java management samples (find_string "&sig=***") |
| cpp/request-failed.txt | "*** Path/Query ***" block: path and query without a host; sig=<redacted> | public test expectation (find_string "&sig=<redacted>") |

Decisions:

- The azcopy log lower-cases the date values (se=2021-11-28t02%3A44%3A46z).
  The token is still expected with the severity of its real expiry: the
  signature is intact and the upper-case original is one paste away.
- The az CLI account key on its own line (--account-key KEY) is expected as
  a storage key: it is the key that mints every SAS in the file.
- The Ruby Service Bus token's sr uses lower-case escapes and a "$2f" typo
  exactly as in the issue; the signature is real, so it is expected.
`);
}
