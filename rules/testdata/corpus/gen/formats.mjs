// Realistic files, one or a few per language and format, each mixing real
// tokens with the placeholders and SAS-building code that sit next to them
// in real repositories.
import { split, htmlAmp, xmlEscape, goJSON, phpJSON, wrap } from './split.mjs';

export function register(C, m) {
  // ---------------------------------------------------------------- Python
  C.file('python/download_model.py', (c) => {
    const a = m.accountSAS({ live: true, services: 'bfqt', types: 'sco', perms: 'rwdlacup', style: 'public', version: '2019-02-02' });
    const b = m.blobSAS({ live: true, sr: 'b', style: 'public' });
    return `"""Download model weights for the demo notebook."""
import os
from datetime import datetime, timedelta, timezone

from azure.storage.blob import BlobClient, BlobSasPermissions, generate_blob_sas

# TODO: move to Key Vault before the public release
MODEL_URL = "${c.put(a)}"

BACKUP_URL = '${c.put(b)}'


def fresh_sas(account: str, key: str) -> str:
    # Builds a SAS at run time: nothing secret is written here.
    return generate_blob_sas(
        account_name=account,
        container_name="models",
        blob_name="resnet50.ckpt",
        account_key=key,
        permission=BlobSasPermissions(read=True),
        expiry=datetime.now(timezone.utc) + timedelta(hours=1),
    )


def url_for(blob: str) -> str:
    sas = os.environ["AZURE_STORAGE_SAS"]
    return f"https://{os.environ['ACCOUNT']}.blob.core.windows.net/models/{blob}?{sas}"


${c.neg('DOCS_EXAMPLE = "https://myaccount.blob.core.windows.net/models/x.bin?sv=2021-08-06&se=2027-01-01&sr=b&sp=r&sig=<signature>"')}


def main():
    BlobClient.from_blob_url(MODEL_URL).download_blob().readinto(open("model.ckpt", "wb"))
`;
  });

  C.file('python/split_literals.py', (c) => {
    const t1 = m.accountSAS({ live: true });
    const [a1, b1] = split(t1.text, 'sig');
    const t2 = m.blobSAS({ live: true, sr: 'c' });
    const [a2, b2] = split(t2.text, 'query');
    const t3 = m.userDelegationSAS({ live: true });
    const [a3, b3] = split(t3.text, 'mid');
    const t4 = m.blobSAS({ live: false });
    const t5 = m.keyConnString({});
    const [a5, b5] = split(t5.text, 'sig');
    const t6 = m.accountSAS({ live: true, style: 'public' });
    const host = t6.base;
    return `# Long literals split the ways Python allows.
SAS_IMPLICIT = (
    ${c.put(t1, `"${a1}"\n    "${b1}"`, 'implicit concatenation across lines')}
)

SAS_PLUS = ${c.put(t2, `"${a2}" + \\\n    "${b2}"`, "'+' with backslash continuation")}

SAS_MID = (${c.put(t3, `'${a3}'\n           '${b3}'`, 'split inside the signature')})

OLD_EXPORT = r"${c.put(t4)}"

CONN = (${c.put(t5, `"${a5}"\n        "${b5}"`, 'connection string split before AccountKey')})

account = "${t6.account}"
SAS_F = ${c.put(t6, `f"https://{account}.${host.slice(8 + t6.account.length + 1)}/?${t6.query}"`, 'f-string: account interpolated, signature literal')}

${c.neg('SAS_TEMPLATE = f"https://{account}.blob.core.windows.net/models?{sas_token}"')}
${c.neg('SAS_FORMAT = "https://%s.blob.core.windows.net/%s?sv=%s&se=%s&sr=b&sp=r&sig=%s" % (account, blob, sv, se, sig)')}
${c.neg('SAS_DOT_FORMAT = "sv={sv}&ss=b&srt=o&sp=r&se={se}&sig={sig}".format(**parts)')}
`;
  });

  C.file('python/settings.py', (c) => {
    const k = m.keyConnString({ shuffle: false, trailing: false, suffix: 'core.windows.net', withSuffix: true });
    const sb = m.sbConnString({ entity: true });
    const old = m.keyConnString({});
    return `# Django settings for the media service.
import os

DEBUG = os.getenv("DEBUG") == "1"

AZURE_CONNECTION_STRING = "${c.put(k)}"
AZURE_CONTAINER = "media"

# Event Hubs for audit events
AUDIT_EVENTHUB = os.getenv("AUDIT_EVENTHUB", "${c.put(sb, sb.text, 'as a getenv default')}")

# Old account, rotated? ask ops
# AZURE_CONNECTION_STRING = "${c.put(old, old.text, 'commented out')}"

${c.neg('LOCAL_STORAGE = "UseDevelopmentStorage=true"')}
${c.neg('AZURITE = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=' + m.emulatorKey + ';BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"')}
${c.neg('PLACEHOLDER = "DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net"')}
`;
  });

  C.file('python/servicebus_worker.py', (c) => {
    const tok = m.sbToken({ live: true });
    const iot = m.iotConnString({ form: 'device' });
    const dps = m.iotToken({ live: false });
    return `from azure.servicebus import ServiceBusClient
from azure.iot.device import IoTHubDeviceClient

# pre-signed token captured from the portal for load testing
TOKEN = "${c.put(tok)}"
headers = {"Authorization": TOKEN, "Content-Type": "application/json"}

device = IoTHubDeviceClient.create_from_connection_string(
    "${c.put(iot)}"
)

# provisioning token from last year's pilot
DPS_TOKEN = b"${c.put(dps)}"

${c.neg('def sas_token(uri, key_name, key, expiry):\n    string_to_sign = urllib.parse.quote_plus(uri) + "\\n" + str(expiry)\n    signature = base64.b64encode(hmac.new(key.encode(), string_to_sign.encode(), hashlib.sha256).digest())\n    return "SharedAccessSignature sr={}&sig={}&se={}&skn={}".format(urllib.parse.quote_plus(uri), urllib.parse.quote(signature), expiry, key_name)')}
`;
  });

  // ------------------------------------------------------ JavaScript / TS
  C.file('js/upload.js', (c) => {
    const t1 = m.blobSAS({ live: true, sr: 'c', style: 'public' });
    const t2 = m.accountSAS({ live: false });
    const [a2, b2] = split(t2.text, 'sig');
    const t3 = m.blobSAS({ live: true, style: 'public' });
    const host = t3.base.replace('https://' + t3.account, '');
    const path = t3.text.slice(t3.base.length, t3.text.indexOf('?'));
    return `'use strict';
const { ContainerClient } = require('@azure/storage-blob');

// Upload container SAS for the kiosk app
const containerUrl = '${c.put(t1)}';

const legacy = '${c.put(t2, `${a2}' +\n  '${b2}`, "'+' across lines")};

function blobUrl(account) {
  return ${c.put(t3, '`https://${account}' + host + path + '?' + t3.query + '`', 'template literal: account interpolated, query literal')};
}

${c.neg("const fromEnv = `${process.env.STORAGE_URL}?${process.env.SAS_TOKEN}`;")}
${c.neg("const built = `https://${account}.blob.core.windows.net/${container}?sv=${sv}&se=${se}&sr=c&sp=rw&sig=${encodeURIComponent(sig)}`;")}

module.exports = { client: new ContainerClient(containerUrl), legacy, blobUrl };
`;
  });

  C.file('ts/config.ts', (c) => {
    const t1 = m.dataLakeSAS({ live: true });
    const eh = m.sbConnString({ entity: true, shuffle: false });
    const t3 = m.queueSAS({ live: true });
    const [a3, b3] = split(t3.text, 'mid');
    const t4 = m.tableSAS({ live: false });
    return `export interface StorageConfig {
  lakeUrl: string;
  eventHub: string;
  queueUrl: string;
}

export const config: StorageConfig = {
  lakeUrl: "${c.put(t1)}",
  eventHub: "${c.put(eh)}",
  queueUrl:
    ${c.put(t3, `"${a3}" +\n    "${b3}"`, 'split inside the signature')},
};

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const tableAudit = \`${c.put(t4)}\`;

${c.neg('export const docs = "https://<account>.table.core.windows.net/orders?sv=2019-02-02&tn=orders&sp=r&se=2030-01-01&sig=REDACTED";')}
${c.neg('export const sasFromKeyVault = await secrets.getSecret("storage-sas");')}
`;
  });

  C.file('ts/Gallery.tsx', (c) => {
    const t1 = m.blobSAS({ live: true, sr: 'b', blob: 'img/logo.png' });
    const t2 = m.blobSAS({ live: true, sr: 'c' });
    return `import React from "react";

export function Gallery() {
  return (
    <div className="gallery">
      <img src="${c.put(t1)}" alt="logo" />
      <video controls>
        <source src={"${c.put(t2)}"} type="video/mp4" />
      </video>
      ${c.neg('<img src={`${cdn}/hero.jpg?${sasToken}`} alt="hero" />')}
    </div>
  );
}
`;
  });

  C.file('js/vendor.min.js', (c) => {
    const ts = [m.accountSAS({ live: true }), m.blobSAS({ live: true }), m.sbConnString({}), m.blobSAS({ live: false })];
    const t5 = m.fileSAS({ live: true });
    const esc = t5.text.replaceAll('&', '\\x26');
    return `!function(e){"use strict";var t={a:"${c.put(ts[0])}",b:"${c.put(ts[1])}"},n="${c.put(ts[2])}";function r(o){return fetch(t.a+o)}e.cfg={u:"${c.put(ts[3])}",v:"${c.put(t5, esc, 'minified with & as \\x26')}",w:"${c.neg('https://x.blob.core.windows.net/c?sv=2020-08-04&sig=${s}')}"},e.r=r,e.n=n}(window);\n`;
  });

  // ------------------------------------------------------------------- Go
  C.file('go/storage.go', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const [a2, b2] = split(t2.text, 'sig');
    const t3 = m.keyConnString({});
    const t4 = m.iotConnString({ form: 'module' });
    return `package storage

import (
	"fmt"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/sas"
)

const (
	// SASURL grants the batch job access to every container.
	SASURL = "${c.put(t1)}"
	exportURL = "${c.put(t2, `${a2}" +\n\t\t"${b2}`, "'+' across lines")}"
)

var connString = \`${c.put(t3, t3.text, 'raw string literal')}\`

var devices = map[string]string{
	"edge": "${c.put(t4)}",
}

// Sign builds a SAS at run time: nothing secret here.
func Sign(cred *sas.SharedKeyCredential) (string, error) {
	q, err := sas.BlobSignatureValues{Protocol: sas.ProtocolHTTPS, ContainerName: "uploads"}.SignWithSharedKey(cred)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("https://%s.blob.core.windows.net/uploads?%s", os.Getenv("ACCOUNT"), q.Encode()), nil
}

${c.neg('const example = "https://acct.blob.core.windows.net/c?sv=2020-08-04&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D"')}
`;
  });

  C.file('go/testdata_test.go', (c) => {
    const t1 = m.sbToken({ live: false });
    const t2 = m.userDelegationSAS({ live: true, keyLive: false });
    return `package storage

import "testing"

// Fixtures copied from a production trace.
var fixtures = []struct {
	name, in string
}{
	{"servicebus", "${c.put(t1)}"},
	{"delegation", "${c.put(t2, t2.text, 'se live but the delegation key (ske) expired')}"},
	${c.neg('{"placeholder", "https://acct.blob.core.windows.net/c?sv=2021-08-06&se=2030-01-01&sr=c&sp=r&sig=${SIG}"},')}
}

func TestFixtures(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) { _ = f.in })
	}
}
`;
  });

  // ------------------------------------------------------------------- C#
  C.file('csharp/BlobSettings.cs', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.sasConnString({});
    const t3 = m.blobSAS({ live: true });
    const [a3, b3] = split(t3.text, 'query');
    const t4 = m.fileSAS({ live: true });
    return `using Azure.Storage.Blobs;
using Azure.Storage.Sas;

namespace Contoso.Media;

public static class BlobSettings
{
    public const string AccountSas = "${c.put(t1)}";
    public const string ConnectionString = @"${c.put(t2)}";
    public static readonly string ExportUrl = "${c.put(t3, `${a3}" +\n        "${b3}`, "'+' across lines")}";
    public static string ShareUrl(string file) => $"${c.put(t4, t4.text, 'interpolated string $""')}";

    public static Uri Build(BlobContainerClient container)
    {
        // Generated at run time: not a secret in source.
        var builder = new BlobSasBuilder(BlobContainerSasPermissions.Read, DateTimeOffset.UtcNow.AddHours(1));
        return container.GenerateSasUri(builder);
    }

    ${c.neg('public const string Docs = "https://myaccount.blob.core.windows.net/c?sv=2021-08-06&se=2030-01-01&sr=c&sp=r&sig=<your-signature>";')}
}
`;
  });

  C.file('csharp/Program.cs', (c) => {
    const t1 = m.sbConnString({ keyName: 'RootManageSharedAccessKey' });
    const t2 = m.iotToken({ live: true });
    return `var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAzureClients(clients =>
{
    clients.AddServiceBusClient("${c.put(t1)}");
});
var http = new HttpClient();
http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "${c.put(t2)}");
${c.neg('var cs = builder.Configuration.GetConnectionString("Storage");')}
${c.neg('var sas = Environment.GetEnvironmentVariable("STORAGE_SAS");')}
app.Run();
`;
  });

  // ----------------------------------------------------------------- Java
  C.file('java/src/main/java/com/contoso/StorageConfig.java', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const [a2, b2] = split(t2.text, 'mid');
    const t3 = m.keyConnString({});
    const t4 = m.userDelegationSAS({ live: true });
    return `package com.contoso;

import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.blob.sas.BlobSasPermission;
import java.time.OffsetDateTime;

public final class StorageConfig {
    static final String ACCOUNT_SAS = "${c.put(t1)}";
    static final String EXPORT =
        "${c.put(t2, `${a2}"\n            + "${b2}`, "'+' at the start of the next line, inside the signature")}";
    static final String CONN = "${c.put(t3)}";
    static final String TEXT_BLOCK = """
        ${c.put(t4, t4.text, 'Java text block')}
        """;

    static String sign(com.azure.storage.blob.BlobClient blob) {
        var values = new BlobServiceSasSignatureValues(OffsetDateTime.now().plusHours(1), new BlobSasPermission().setReadPermission(true));
        return blob.getBlobUrl() + "?" + blob.generateSas(values);
    }

    ${c.neg('static final String DOC = "https://myaccount.blob.core.windows.net/c?sv=2021-08-06&sp=r&se=2030-01-01&sr=c&sig=EXAMPLE";')}
}
`;
  });

  C.file('java/src/main/resources/application.properties', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.keyConnString({});
    const t3 = m.accountSAS({ live: true });
    return `# Spring Boot
spring.application.name=media
azure.storage.sas-url=${c.put(t1)}
spring.cloud.azure.storage.blob.connection-string=${c.put(t2)}
# written by java.util.Properties.store: ':' and '=' escaped
azure.storage.backup-url=${c.put(t3, t3.text.replaceAll(':', '\\:').replaceAll('=', '\\='), 'Properties.store escapes : and =')}
${c.neg('azure.storage.account-key=${AZURE_STORAGE_KEY}')}
`;
  });

  // --------------------------------------------------------------- Kotlin
  C.file('kotlin/Storage.kt', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.accountSAS({ live: true });
    const [a2, b2] = split(t2.text, 'sig');
    const t3 = m.sbToken({ live: true });
    return `package com.contoso.media

object Storage {
    const val SAS_URL = "${c.put(t1)}"
    val account = "${c.put(t2, `${a2}" +\n        "${b2}`, "'+' across lines")}"
    val token = """
        ${c.put(t3, t3.text, 'raw string with trimIndent')}
    """.trimIndent()
    ${c.neg('val built = "https://$account.blob.core.windows.net/c?${sasToken}"')}
}
`;
  });

  // ----------------------------------------------------------------- Rust
  C.file('rust/src/storage.rs', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.accountSAS({ live: true });
    const t3 = m.keyConnString({});
    const [a3, b3] = split(t3.text, 'mid');
    return `//! Storage access for the ingest service.

pub const SAS_URL: &str = "${c.put(t1)}";

pub const RAW: &str = r#"${c.put(t2, t2.text, 'raw string r#"…"#')}"#;

pub const CONN: &str = "${c.put(t3, `${a3}\\\n    ${b3}`, 'string continuation: backslash-newline skips the indentation')}";

${c.neg('pub fn url(account: &str, sas: &str) -> String {\n    format!("https://{}.blob.core.windows.net/c?{}", account, sas)\n}')}
`;
  });

  // ----------------------------------------------------------------- Ruby
  C.file('ruby/config/storage.rb', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.accountSAS({ live: false });
    const [a2, b2] = split(t2.text, 'sig');
    const t3 = m.sbConnString({});
    return `# frozen_string_literal: true

STORAGE = {
  sas_url: '${c.put(t1)}',
  legacy: ${c.put(t2, `"${a2}" \\\n          "${b2}"`, 'adjacent literals joined by a backslash continuation')},
}.freeze

SERVICE_BUS = <<~CONN.strip
  ${c.put(t3, t3.text, 'squiggly heredoc')}
CONN

${c.neg('def sas_url(blob) = "#{ENV.fetch(\'STORAGE_URL\')}/#{blob}?#{ENV.fetch(\'SAS\')}"')}
`;
  });

  // ------------------------------------------------------------------ PHP
  C.file('php/config.php', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.accountSAS({ live: true });
    const [a2, b2] = split(t2.text, 'query');
    const t3 = m.keyConnString({});
    return `<?php
return [
    'azure' => [
        'sas_url' => '${c.put(t1)}',
        'account_sas' => '${c.put(t2, `${a2}' .\n            '${b2}`, "'.' concatenation across lines")}',
        'connection_string' => "${c.put(t3)}",
        ${c.neg("'from_env' => getenv('AZURE_STORAGE_SAS'),")}
        ${c.neg("'template' => sprintf('https://%s.blob.core.windows.net/%s?%s', $account, $container, $sas),")}
    ],
];
`;
  });

  // ---------------------------------------------------------------- Shell
  C.file('shell/sync.sh', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    const t3 = m.keyConnString({});
    const t4 = m.blobSAS({ live: true, style: 'public', sr: 'c' });
    const [a4, b4] = split(t4.text, 'sig');
    const t5 = m.accountSAS({ live: true, style: 'public' });
    return `#!/usr/bin/env bash
set -euo pipefail

# nightly mirror of the model store
azcopy sync ./models "${c.put(t1)}" --recursive

curl -fsSL ${c.put(t2, t2.text.replaceAll('&', '\\&').replace('?', '\\?'), 'unquoted, & and ? escaped')} -o data.bin

az storage blob list --container-name models --connection-string "${c.put(t3)}" -o table

URL="${c.put(t4, `${a4}"\\\n"${b4}`, 'adjacent quoted strings with backslash continuation')}"

az storage container list --account-name ${t5.account} --sas-token '${c.put(t5, t5.query, 'bare query in --sas-token')}'

${c.neg('azcopy copy ./out "https://${ACCOUNT}.blob.core.windows.net/out?${SAS_TOKEN}"')}
${c.neg('az storage blob upload --sas-token "$SAS" -f x -c c -n x')}
${c.neg('SAS=$(az storage container generate-sas --name c --permissions r --expiry 2030-01-01 -o tsv)')}
`;
  });

  C.file('shell/deploy.sh', (c) => {
    const t1 = m.sasConnString({});
    const t2 = m.iotConnString({ form: 'service' });
    return `#!/bin/sh
cat > .env.production <<EOF
AZURE_STORAGE_CONNECTION_STRING=${c.put(t1)}
IOTHUB_CONNECTION_STRING=${c.put(t2)}
EOF
${c.neg('echo "AZURE_STORAGE_SAS_TOKEN=$AZURE_STORAGE_SAS_TOKEN" >> "$GITHUB_ENV"')}
`;
  });

  // ----------------------------------------------------------- PowerShell
  C.file('powershell/Deploy.ps1', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const [a2, b2] = split(t2.text, 'sig');
    const t3 = m.keyConnString({});
    const t4 = m.fileSAS({ live: true });
    return `param([string]$Environment = "prod")

$ctx = New-AzStorageContext -StorageAccountName "${t1.account}" -SasToken "${c.put(t1, '?' + t1.query, '-SasToken with leading ?')}"

$export = "${c.put(t2, `${a2}" +\n    "${b2}`, "'+' across lines")}"

$conn = @"
${c.put(t3, t3.text, 'here-string')}
"@

Invoke-WebRequest -Uri '${c.put(t4)}' -OutFile drop.zip

${c.neg('$sas = New-AzStorageContainerSASToken -Name "c" -Permission rl -ExpiryTime (Get-Date).AddHours(1) -Context $ctx')}
${c.neg('$url = "https://$($account).blob.core.windows.net/c?$($env:SAS_TOKEN)"')}
${c.neg('$fmt = "https://{0}.blob.core.windows.net/{1}?sv={2}&sig={3}" -f $a, $c, $v, $s')}
`;
  });

  // ---------------------------------------------------------------- Batch
  C.file('batch/fetch.cmd', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const t3 = m.keyConnString({});
    return `@echo off
setlocal
set "SAS_URL=${c.put(t1)}"
curl -o model.bin ${c.put(t2, t2.text.replaceAll('&', '^&'), 'unquoted, & escaped as ^&')}
set AZURE_STORAGE_CONNECTION_STRING=${c.put(t3)}
${c.neg('azcopy copy "%SOURCE%" "https://%ACCOUNT%.blob.core.windows.net/drop?%SAS%"')}
endlocal
`;
  }, { crlf: true });

  // ----------------------------------------------------------------- YAML
  C.file('yaml/app-config.yaml', (c) => {
    const plain = m.blobSAS({ live: true });
    const sq = m.accountSAS({ live: true });
    const dq = m.keyConnString({});
    const folded = m.blobSAS({ live: false });
    const folded2 = m.sbConnString({});
    const lit = m.accountSAS({ live: true });
    const cont = m.blobSAS({ live: true });
    const [a, b] = split(cont.text, 'mid');
    const multi = m.accountSAS({ live: true });
    const [ma, mb] = split(multi.text, 'sig');
    return `storage:
  plain: ${c.put(plain)}
  single: '${c.put(sq)}'
  double: "${c.put(dq)}"
  folded: >
    ${c.put(folded, folded.text, 'folded scalar >')}
  folded_strip: >-
    ${c.put(folded2, folded2.text, 'folded scalar >-')}
  literal: |
    ${c.put(lit, lit.text, 'literal block |')}
  continued: "${c.put(cont, `${a}\\\n    ${b}`, 'double-quoted, escaped line break inside the signature')}"
  multiline_plain: ${c.put(multi, `${ma}\n    ${mb}`, 'plain scalar continued on the next line after &')}
  ${c.neg('placeholder: "https://acct.blob.core.windows.net/c?sv=2021-08-06&se=2030-01-01&sr=c&sp=r&sig=***"')}
  ${c.neg('from_env: ${STORAGE_SAS}')}
`;
  });

  C.file('ci/.github/workflows/deploy.yml', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    return `name: deploy
on:
  push:
    branches: [main]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      AZURE_STORAGE_SAS_URL: ${c.put(t1)}
      ${c.neg('AZURE_STORAGE_SAS: ${{ secrets.AZURE_STORAGE_SAS }}')}
    steps:
      - uses: actions/checkout@v4
      - name: upload site
        run: |
          azcopy copy ./public "${c.put(t2)}" --recursive
          ${c.neg('azcopy copy ./public "https://${{ vars.ACCOUNT }}.blob.core.windows.net/$web?${{ secrets.SAS }}" --recursive')}
`;
  });

  C.file('ci/azure-pipelines.yml', (c) => {
    const t1 = m.sasConnString({});
    const t2 = m.sbConnString({});
    return `trigger:
  - main
variables:
  storageConnection: '${c.put(t1)}'
  ${c.neg("sasToken: $(SAS)")}
  serviceBus: >-
    ${c.put(t2)}
steps:
  - script: az storage blob upload-batch -d drop -s $(Build.ArtifactStagingDirectory) --connection-string "$(storageConnection)"
  ${c.neg('- script: azcopy copy out "https://$(account).blob.core.windows.net/drop?$(sasToken)"')}
`;
  });

  C.file('helm/values.yaml', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.keyConnString({});
    return `image:
  repository: contoso/media
  tag: "1.4.2"
storage:
  sasUrl: "${c.put(t1)}"
  connectionString: ${c.put(t2)}
`;
  });

  C.file('helm/templates/secret.yaml', (c) => {
    const t1 = m.sbConnString({});
    return `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "media.fullname" . }}
type: Opaque
stringData:
  ${c.neg('AZURE_STORAGE_SAS_URL: {{ .Values.storage.sasUrl | quote }}')}
  ${c.neg('AZURE_STORAGE_CONNECTION_STRING: "{{ .Values.storage.connectionString }}"')}
  SERVICEBUS: "${c.put(t1)}"
`;
  });

  C.file('k8s/docker-compose.yml', (c) => {
    const t1 = m.keyConnString({});
    const t2 = m.accountSAS({ live: true });
    return `services:
  api:
    image: contoso/api:latest
    environment:
      - AZURE_STORAGE_CONNECTION_STRING=${c.put(t1)}
      - EXPORT_URL=${c.put(t2)}
      ${c.neg('- LOCAL=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=' + m.emulatorKey + ';BlobEndpoint=http://azurite:10000/devstoreaccount1;')}
  azurite:
    image: mcr.microsoft.com/azure-storage/azurite
`;
  });

  // ----------------------------------------------------------------- JSON
  C.file('json/appsettings.json', (c) => {
    const t1 = m.keyConnString({});
    const t2 = m.blobSAS({ live: true });
    const t3 = m.sbConnString({ entity: true });
    return JSON.stringify({
      Logging: { LogLevel: { Default: 'Information' } },
      ConnectionStrings: { Storage: c.put(t1), ServiceBus: c.put(t3) },
      Media: { ExportUrl: c.put(t2), Placeholder: c.neg('https://<account>.blob.core.windows.net/c?<sas>') },
    }, null, 2) + '\n';
  });

  C.file('json/local.settings.json', (c) => {
    const t1 = m.keyConnString({ shuffle: false });
    const t2 = m.sasConnString({});
    return JSON.stringify({
      IsEncrypted: false,
      Values: { AzureWebJobsStorage: c.put(t1), FUNCTIONS_WORKER_RUNTIME: 'node', Output: c.put(t2), Dev: c.neg('UseDevelopmentStorage=true') },
    }, null, 2) + '\n';
  });

  C.file('json/go-marshalled.json', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: false });
    return goJSON({ account_sas: c.put(t1, t1.text, "Go's encoding/json: & as \\u0026"), old: c.put(t2, t2.text, 'Go json \\u0026') }, '  ') + '\n';
  });

  C.file('json/php-export.json', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.sasConnString({});
    return phpJSON({ url: c.put(t1, t1.text, 'PHP json_encode: / as \\/'), conn: c.put(t2, t2.text, 'PHP json \\/') }) + '\n';
  });

  C.file('json/nested-cache.json', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.sbToken({ live: true });
    const inner = JSON.stringify({ sasUrl: c.put(t1, t1.text, 'JSON inside a JSON string'), auth: c.put(t2, t2.text, 'JSON inside a JSON string') });
    const outer = JSON.stringify({ key: 'session:42', value: inner });
    const twice = JSON.stringify({ envelope: outer });
    return twice + '\n';
  });

  C.file('json/terraform.tfstate.json', (c) => {
    const t1 = m.keyConnString({ shuffle: false, withSuffix: true });
    const t2 = m.accountSAS({ live: true });
    return JSON.stringify({
      version: 4,
      resources: [{
        type: 'azurerm_storage_account', name: 'main',
        instances: [{ attributes: { primary_connection_string: c.put(t1), primary_access_key: t1.key ? c.put({ kind: 'storage_connection_string_key', exp: null, note: 'bare account key in tfstate primary_access_key' }, t1.key) : '' } }],
      }, {
        type: 'azurerm_storage_account_sas', name: 'ro',
        instances: [{ attributes: { sas: c.put(t2, '?' + t2.query, 'tfstate sas attribute with ?') } }],
      }],
    }, null, 2) + '\n';
  });

  // ------------------------------------------------------------ Notebooks
  C.file('notebooks/explore.ipynb', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const t3 = m.blobSAS({ live: true, style: 'public' });
    const t4 = m.userDelegationSAS({ live: false });
    const nb = {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Explore the training set\n', '\n', 'Data lives in the shared account.'] },
        { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: ['import pandas as pd\n', `SAS_URL = "${c.put(t1)}"\n`, 'df = pd.read_parquet(SAS_URL)'] },
        { cell_type: 'code', execution_count: 2, metadata: {}, source: ['print(url)'], outputs: [{ name: 'stdout', output_type: 'stream', text: [`${c.put(t2, t2.text, 'stream output')}\n`] }] },
        { cell_type: 'code', execution_count: 3, metadata: {}, source: ['display(HTML(link))'], outputs: [{ output_type: 'display_data', metadata: {}, data: { 'text/html': [`<a href="${c.put(t3, htmlAmp(t3.text), 'HTML output with &amp;')}">download</a>`], 'text/plain': ['<IPython.core.display.HTML object>'] } }] },
        { cell_type: 'code', execution_count: 4, metadata: {}, source: ['blob_url'], outputs: [{ output_type: 'execute_result', execution_count: 4, metadata: {}, data: { 'text/plain': [`'${c.put(t4, t4.text, 'execute_result repr')}'`] } }] },
        { cell_type: 'code', execution_count: 5, metadata: {}, outputs: [], source: [c.neg('sas = os.environ["SAS"]\n'), c.neg('url = f"https://{acct}.blob.core.windows.net/c?{sas}"')] },
      ],
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    return JSON.stringify(nb, null, 1) + '\n';
  });

  C.file('notebooks/split-source.ipynb', (c) => {
    const t1 = m.accountSAS({ live: true });
    const [a, b] = split(t1.text, 'sig');
    const t2 = m.keyConnString({});
    const [a2, b2] = split(t2.text, 'sig');
    const nb = {
      cells: [
        { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: ['SAS_URL = (\n', ...c.put(t1, `    "${a}"\n\u0000    "${b}"\n`, 'Python implicit concatenation across two notebook source items').split('\u0000'), ')\n'] },
        { cell_type: 'code', execution_count: 2, metadata: {}, outputs: [], source: ['conn = (\n', ...c.put(t2, `    "${a2}"\n\u0000    "${b2}"\n`, 'connection string across two notebook source items').split('\u0000'), ')'] },
      ],
      metadata: {}, nbformat: 4, nbformat_minor: 5,
    };
    return JSON.stringify(nb, null, 1) + '\n';
  });

  // ----------------------------------------------------------------- HTML
  C.file('html/download.html', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, sr: 'b', blob: 'img/logo.png' });
    const t3 = m.accountSAS({ live: true });
    const t4 = m.blobSAS({ live: false });
    return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Downloads</title></head>
<body>
  <p><a href="${c.put(t1, htmlAmp(t1.text), '&amp; in href')}">Dataset (2 GB)</a></p>
  <img src="${c.put(t2, t2.text, 'raw & in src')}" alt="logo">
  <script>
    window.STORAGE = "${c.put(t3)}";
  </script>
  <a href='${c.put(t4, t4.text.replaceAll('&', '&#38;'), '&#38; entities')}'>old report</a>
  ${c.neg('<a href="https://acct.blob.core.windows.net/c/x?sv=2021-08-06&amp;sig=REDACTED">redacted</a>')}
</body>
</html>
`;
  });

  // ------------------------------------------------------------------ XML
  C.file('xml/web.config', (c) => {
    const t1 = m.keyConnString({});
    const t2 = m.sasConnString({});
    const t3 = m.blobSAS({ live: true });
    return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Storage" connectionString="${c.put(t1)}" />
    <add name="StorageSas" connectionString="${c.put(t2, xmlEscape(t2.text), 'XML-escaped &amp;')}" />
  </connectionStrings>
  <appSettings>
    <add key="ExportUrl" value="${c.put(t3, xmlEscape(t3.text), 'XML-escaped &amp;')}" />
    ${c.neg('<add key="Local" value="UseDevelopmentStorage=true" />')}
    ${c.neg('<add key="Template" value="https://{account}.blob.core.windows.net/c?{sas}" />')}
  </appSettings>
</configuration>
`;
  });

  C.file('xml/Contoso.Media.csproj', (c) => {
    const t1 = m.accountSAS({ live: true });
    return `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <ModelSasUrl>${c.put(t1, htmlAmp(t1.text), 'MSBuild property, &amp;')}</ModelSasUrl>
    ${c.neg('<SasToken>$(STORAGE_SAS)</SasToken>')}
  </PropertyGroup>
</Project>
`;
  });

  C.file('xml/res/values/strings.xml', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.sbConnString({});
    return `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Kiosk</string>
    <string name="banner_url">${c.put(t1, t1.text.replaceAll('&', '&amp;'), 'Android string resource')}</string>
    <string name="bus" translatable="false">${c.put(t2)}</string>
</resources>
`;
  });

  C.file('xml/applicationContext.xml', (c) => {
    const t1 = m.keyConnString({});
    const t2 = m.accountSAS({ live: false });
    return `<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="blobClient" class="com.azure.storage.blob.BlobServiceClientBuilder">
    <property name="connectionString" value="${c.put(t1)}"/>
    <property name="endpoint"><value><![CDATA[${c.put(t2, t2.text, 'CDATA')}]]></value></property>
  </bean>
</beans>
`;
  });

  // ------------------------------------------------------------- Markdown
  C.file('markdown/README.md', (c) => {
    const t1 = m.accountSAS({ live: true, services: 'bfqt', types: 'sco', perms: 'rwdlacup' });
    const t2 = m.blobSAS({ live: true });
    const t3 = m.blobSAS({ live: true, style: 'public' });
    const t4 = m.keyConnString({});
    return `# Research models

Download the checkpoints with [this link](${c.put(t1)}).

Or with azcopy: \`azcopy copy '${c.put(t2)}' .\`

| model | link |
|-------|------|
| resnet50 | ${c.put(t3, t3.text, 'Markdown table cell')} |
| ${c.neg('vit-b | https://acct.blob.core.windows.net/models/vit?sv=2021-08-06&sig=<signature>')} |

\`\`\`bash
export AZURE_STORAGE_CONNECTION_STRING="${c.put(t4)}"
${c.neg('azcopy copy "https://<account>.blob.core.windows.net/models?<SAS>" .')}
\`\`\`
`;
  });

  C.file('markdown/docs/wrapped.md', (c) => {
    const t1 = m.accountSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    const [a2, b2] = split(t2.text, 'mid');
    const t3 = m.sasConnString({});
    return `## Sharing the export

The export is at
${c.put(t1, t1.text.replace('&se=', '&\nse='), 'URL wrapped after &')}
and will be rotated monthly.

Backup link (wrapped by the editor):
${c.put(t2, `${a2}\n${b2}`, 'wrapped inside the signature')}

[ref]: ${c.put(t3, t3.text, 'reference-style link definition')}
`;
  });

  C.file('markdown/docs/incident-2026-03.md', (c) => {
    const t1 = m.accountSAS({ live: false, services: 'bfqt', types: 'sco', perms: 'rwdlacup' });
    const t2 = m.sbToken({ live: false });
    return `# Incident 2026-03: leaked SAS in a public gist

The leaked URL (since revoked by rotating key1):

> ${c.put(t1)}

Service Bus token seen in the logs: \`${c.put(t2)}\`

${c.neg('Redacted form for the timeline: `https://acct.blob.core.windows.net/?sv=2019-02-02&ss=bfqt&srt=sco&sp=rwdlacup&se=2051-10-06T00:00:00Z&sig=REDACTED`')}
`;
  });

  // --------------------------------------------------------------- dotenv
  C.file('dotenv/.env', (c) => {
    const t1 = m.keyConnString({});
    const t2 = m.blobSAS({ live: true });
    const t3 = m.sbConnString({});
    const t4 = m.accountSAS({ live: true });
    return `NODE_ENV=production
AZURE_STORAGE_CONNECTION_STRING=${c.put(t1)}
EXPORT_URL="${c.put(t2)}"
export SERVICEBUS_CONNECTION='${c.put(t3)}'
AZURE_STORAGE_SAS_TOKEN=?${c.put(t4, t4.query, 'query after ?')}
${c.neg('AZURE_STORAGE_KEY=')}
${c.neg('SAS_URL=${BASE_URL}?${SAS}')}
`;
  });

  C.file('dotenv/.env.example', (c) => `# copy to .env and fill in
${c.neg('AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=<name>;AccountKey=<key>;EndpointSuffix=core.windows.net')}
${c.neg('AZURE_STORAGE_SAS_URL=https://<account>.blob.core.windows.net/<container>?<sas-token>')}
${c.neg('SERVICEBUS_CONNECTION=Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>')}
${c.neg('IOTHUB_DEVICE_CONNECTION_STRING=HostName=<hub>.azure-devices.net;DeviceId=<device>;SharedAccessKey=YOUR_KEY_HERE')}
`);

  // ------------------------------------------------------ INI, TOML, HCL
  C.file('ini/settings.ini', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.keyConnString({});
    return `[storage]
; SAS for the reporting container
sas_url = ${c.put(t1)}
connection_string = "${c.put(t2)}"
${c.neg('account_key = %(AZURE_KEY)s')}

[logging]
level = INFO
`;
  });

  C.file('toml/config.toml', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.sbConnString({});
    const t3 = m.blobSAS({ live: true });
    const [a3, b3] = split(t3.text, 'sig');
    const t4 = m.keyConnString({});
    return `[storage]
sas_url = "${c.put(t1)}"
literal = '${c.put(t2)}'
continued = """
${c.put(t3, `${a3}\\\n    ${b3}`, 'TOML multi-line string: line-ending backslash trims')}"""
raw_block = '''
${c.put(t4)}
'''
${c.neg('from_env = "${AZURE_STORAGE_SAS}"')}
`;
  });

  C.file('terraform/main.tf', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.keyConnString({});
    return `terraform {
  backend "azurerm" {
    storage_account_name = "${t1.account}"
    container_name       = "tfstate"
    key                  = "prod.tfstate"
    sas_token            = "${c.put(t1, t1.query, 'bare query in backend sas_token')}"
  }
}

locals {
  legacy_connection = "${c.put(t2)}"
}

${c.neg(`data "azurerm_storage_account_sas" "ro" {
  connection_string = azurerm_storage_account.main.primary_connection_string
  https_only        = true
  start             = "2026-01-01T00:00:00Z"
  expiry            = "2027-01-01T00:00:00Z"
  resource_types { service = false, container = true, object = true }
  services { blob = true, queue = false, table = false, file = false }
  permissions { read = true, write = false, delete = false, list = true, add = false, create = false, update = false, process = false, tag = false, filter = false }
}`)}

output "sas_url" {
  value     = "\${azurerm_storage_account.main.primary_blob_endpoint}\${data.azurerm_storage_account_sas.ro.sas}"
  sensitive = true
}
`;
  });

  C.file('terraform/prod.tfvars', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.sbConnString({});
    return `location       = "westeurope"
model_sas_url  = "${c.put(t1)}"
servicebus_cs  = "${c.put(t2)}"
`;
  });

  // ----------------------------------------------------------- Dockerfile
  C.file('docker/Dockerfile', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.keyConnString({});
    const t3 = m.accountSAS({ live: true });
    return `FROM python:3.12-slim
ARG MODEL_URL="${c.put(t1)}"
ENV AZURE_STORAGE_CONNECTION_STRING="${c.put(t2)}"
RUN curl -fsSL "${c.put(t3)}" -o /opt/model.bin \\
    && pip install -r requirements.txt
${c.neg('RUN --mount=type=secret,id=sas curl -fsSL "https://acct.blob.core.windows.net/m/x?$(cat /run/secrets/sas)" -o /opt/x')}
`;
  });

  // ------------------------------------------------------------------ CSV
  C.file('csv/shared-links.csv', (c) => {
    const rows = ['name,owner,url,expires'];
    for (let i = 0; i < 4; i++) {
      const t = i % 2 ? m.blobSAS({ live: i < 2 }) : m.accountSAS({ live: i < 2, protocol: 'https,http' });
      rows.push(`report-${i},ops@contoso.com,"${c.put(t, t.text, i % 2 ? 'CSV quoted field' : 'CSV quoted field with a raw comma in spr=https,http')}",2027-01-01`);
    }
    rows.push(c.neg('template,ops@contoso.com,https://<account>.blob.core.windows.net/c?<sas>,never'));
    return rows.join('\n') + '\n';
  });

  // ----------------------------------------------------------------- Logs
  C.file('logs/app.log', (c) => {
    const lines = [];
    lines.push('2026-11-20T10:00:00.123Z INFO  starting media-api v1.4.2');
    const t1 = m.blobSAS({ live: true, style: 'public' });
    lines.push(`2026-11-20T10:00:01.456Z DEBUG GET ${c.put(t1)} -> 200 (12 ms)`);
    const t2 = m.sbConnString({});
    lines.push(`2026-11-20T10:00:02.000Z WARN  retrying with connection string "${c.put(t2)}"`);
    lines.push(c.neg('2026-11-20T10:00:03.000Z INFO  uploaded to https://acct.blob.core.windows.net/c/x?sv=2021-08-06&se=2026-11-21&sr=b&sp=w&sig=REDACTED'));
    const t3 = m.accountSAS({ live: false });
    lines.push(`{"ts":"2026-11-20T10:00:04Z","level":"error","msg":"upload failed","url":"${c.put(t3)}"}`);
    return lines.join('\n') + '\n';
  });

  C.file('logs/access.log', (c) => {
    const lines = [];
    for (let i = 0; i < 3; i++) {
      const t = m.blobSAS({ live: i !== 1 });
      const u = new URL(t.text.replace(/^http:\/\/[^/]+/, 'https://x'));
      lines.push(`10.0.0.${i + 7} - - [20/Nov/2026:10:0${i}:00 +0000] "GET ${c.put(t, u.pathname + u.search, 'request line: path and query only')} HTTP/1.1" 200 5123 "-" "azsdk-python-storage-blob/12.19.0"`);
    }
    lines.push(c.neg('10.0.0.9 - - [20/Nov/2026:10:04:00 +0000] "GET /c/x?sv=2021-08-06&sig=XXXXX HTTP/1.1" 403 0 "-" "curl/8.5.0"'));
    return lines.join('\n') + '\n';
  });

  C.file('logs/storage-analytics.log', (c) => {
    // Storage analytics logs redact the signature: not secrets.
    const lines = [];
    for (let i = 0; i < 3; i++) {
      lines.push(c.neg(`1.0;2026-11-20T10:0${i}:00.0000000Z;GetBlob;SASSuccess;200;12;11;sas;;acct${i};blob;"https://acct${i}.blob.core.windows.net:443/c/x.bin?sv=2021-08-06&amp;se=2026-12-01T00%3A00%3A00Z&amp;sr=b&amp;sp=r&amp;sig=XXXXX";"/acct${i}/c/x.bin";a1b2c3;0;10.0.0.1:5000;2021-08-06;512;0;300;1024;0;;;"0x8D";Friday, 20-Nov-26 10:00:00 GMT;;"azsdk";;`));
    }
    return lines.join('\n') + '\n';
  });

  // ------------------------------------------------------------------ SQL
  C.file('sql/credentials.sql', (c) => {
    const t1 = m.accountSAS({ live: true, services: 'b', types: 'co', perms: 'rl' });
    const t2 = m.blobSAS({ live: true });
    const t3 = m.keyConnString({});
    return `-- External data source for the data warehouse load
CREATE DATABASE SCOPED CREDENTIAL BlobSas
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
SECRET = '${c.put(t1, t1.query, 'bare query as SQL Server SECRET')}';

INSERT INTO app_settings (name, value) VALUES ('export_url', '${c.put(t2)}');
UPDATE app_settings SET value = '${c.put(t3)}' WHERE name = 'storage';
${c.neg("INSERT INTO app_settings (name, value) VALUES ('sas', '<paste SAS here>');")}
`;
  });

  // ----------------------------------------------------------------- HTTP
  C.file('http/servicebus.http', (c) => {
    const t1 = m.sbToken({ live: true });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    return `### send a message
POST https://orders-ab12.servicebus.windows.net/orders/messages
Authorization: ${c.put(t1)}
Content-Type: application/json

{"id": 1}

### fetch the export
GET ${c.put(t2)}

### from the environment
${c.neg('GET https://{{account}}.blob.core.windows.net/c/x?{{sas}}')}
`;
  });

  // --------------------------------------------------- URL-encoded forms
  C.file('encoded/redirects.txt', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const t3 = m.blobSAS({ live: true, style: 'public' });
    return `login redirect:
https://login.contoso.com/callback?next=${c.put(t1, encodeURIComponent(t1.text), 'URL-encoded once inside another URL')}&state=abc
viewer:
https://view.officeapps.live.com/op/view.aspx?src=${c.put(t2, encodeURIComponent(t2.text), 'Office viewer src= (encoded once)')}
double:
https://proxy.contoso.com/fetch?u=${c.put(t3, encodeURIComponent(encodeURIComponent(t3.text)), 'URL-encoded twice')}
`;
  });

  // ----------------------------------------------------------------- CRLF
  C.file('crlf/Upload.cs', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const [a2, b2] = split(t2.text, 'sig');
    return `namespace Contoso;
class Upload
{
    const string Sas = "${c.put(t1)}";
    const string Export = "${c.put(t2, `${a2}" +\n        "${b2}`, "'+' across CRLF lines")}";
}
`;
  }, { crlf: true });

  C.file('crlf/settings.yaml', (c) => {
    const t1 = m.sbConnString({});
    const t2 = m.blobSAS({ live: true });
    const [a2, b2] = split(t2.text, 'sig');
    return `servicebus: "${c.put(t1)}"\nexport: ${c.put(t2, `${a2}\n  ${b2}`, 'plain scalar continued after & with CRLF')}\n`;
  }, { crlf: true });

  // --------------------------------------------------------------- UTF-16
  C.file('utf16/Setup-Storage.ps1', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.keyConnString({});
    return `# Saved by Windows PowerShell ISE as "Unicode" (UTF-16 LE with BOM)\n$sas = "${c.put(t1)}"\n$env:AZURE_STORAGE_CONNECTION_STRING = "${c.put(t2)}"\n`;
  }, { crlf: true, enc: 'utf16le' });

  C.file('utf16/export-be.txt', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.sbToken({ live: true });
    return `Links exported from the old share tool (UTF-16 BE)\n${c.put(t1)}\n${c.put(t2)}\n`;
  }, { enc: 'utf16be' });

  C.file('utf16/storage.reg', (c) => {
    const t1 = m.keyConnString({});
    return `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Media]\n"ConnectionString"="${c.put(t1)}"\n`;
  }, { crlf: true, enc: 'utf16le' });

  C.file('utf16/app.config', (c) => {
    const t1 = m.sasConnString({});
    const t2 = m.blobSAS({ live: false });
    return `<?xml version="1.0" encoding="utf-16"?>\n<configuration>\n  <appSettings>\n    <add key="Storage" value="${c.put(t1, xmlEscape(t1.text), 'XML-escaped')}" />\n    <add key="Old" value="${c.put(t2, xmlEscape(t2.text), 'XML-escaped')}" />\n  </appSettings>\n</configuration>\n`;
  }, { crlf: true, enc: 'utf16le' });

  // -------------------------------------------------------------- Unicode
  C.file('unicode/設定.py', (c) => {
    const t1 = m.blobSAS({ live: true, blob: 'data/Überblick.json' });
    const t2 = m.accountSAS({ live: true });
    return `# -*- coding: utf-8 -*-
# ストレージの設定 (本番用)
説明 = "学習データ"; URL = "${c.put(t1, t1.text, 'non-ASCII identifiers before the token on the same line')}"
# 🚀 デプロイ用 SAS — 期限は来年
SAS = "${c.put(t2)}"  # ← 後で Key Vault に移す
`;
  });

  C.file('unicode/README.ru.md', (c) => {
    const t1 = m.blobSAS({ live: true });
    const t2 = m.sbConnString({});
    return `# Модели

Ссылка для скачивания: «${c.put(t1, t1.text, 'Cyrillic text and guillemets around the token')}» — действует год.

Строка подключения: ${c.put(t2)} 🙂
`;
  });

  C.file('unicode/bom-utf8.json', (c) => {
    const t1 = m.keyConnString({});
    return JSON.stringify({ name: 'Überwachung', storage: c.put(t1) }, null, 2) + '\n';
  }, { enc: 'utf8bom' });

  C.file('unicode/mixed.txt', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.iotToken({ live: true });
    return `Ω≈ç√ 注意: 下のリンクは社外秘\n→ ${c.put(t1)} ←\nעברית ${c.put(t2)} العربية\n`;
  });
}
