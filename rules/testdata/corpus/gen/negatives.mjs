// Files that must scan clean: placeholders, docs examples with fake
// signatures, code that builds a SAS, environment references, the public
// emulator, other clouds' signed URLs, JWTs, hashes and random base64,
// truncated tokens. A few files also carry real-shaped documentation
// examples, which the engine should report as what they look like.

export function register(C, m) {
  C.file('negatives/placeholders.md', (c) => {
    const host = 'https://myaccount.blob.core.windows.net/container/file.txt';
    const q = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https';
    const sigs = ['<signature>', '<sig>', 'XXXX', 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D', 'REDACTED', '***', '********************************************',
      '[signature]', '{signature}', '...', '…', 'YOUR_SIGNATURE_HERE', 'abc123', 'xxxxxxxx%3D', '%s', '{0}', ':sig', '$SIG', '${SIG}', '{{sig}}', '%SIG%', '$(SIG)',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq%3D', '0123456789012345678901234567890123456789012%3D', 'EXAMPLEsignatureEXAMPLEsignatureEXAMPLEsigA%3D',
      'ZmFrZVNpZ25hdHVyZQ%3D%3D', 'changeme', 'TODO'];
    const lines = ['# Placeholders in SAS URLs', ''];
    for (const s of sigs) lines.push(`- \`${c.neg(`${host}?${q}&sig=${s}`)}\``);
    lines.push('', '## Whole-token placeholders', '');
    for (const p of ['?${SAS_TOKEN}', '?{{ sas }}', '?{{ .Values.sas }}', '?%SAS%', '?$(SAS)', '?$SAS', '?<SAS>', '?<sas-token>', '?[SAS]', '?{sas}', '?#{sasToken}#', '?__SAS__']) {
      lines.push(`- ${c.neg(host + p)}`);
    }
    return lines.join('\n') + '\n';
  });

  C.file('negatives/connection-string-placeholders.txt', (c) => {
    const out = [];
    for (const k of ['<key>', '<account-key>', '***', '${AZURE_STORAGE_KEY}', '$(StorageKey)', '%STORAGE_KEY%', '{{ storage_key }}', 'YOUR_ACCOUNT_KEY', 'REDACTED', 'key==', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==', '']) {
      out.push(c.neg(`DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=${k};EndpointSuffix=core.windows.net`));
    }
    for (const k of ['<key>', 'SAS_KEY_VALUE', '${SB_KEY}', '{shared-access-key}', 'REDACTED']) {
      out.push(c.neg(`Endpoint=sb://mynamespace.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}`));
      out.push(c.neg(`HostName=myhub.azure-devices.net;DeviceId=mydevice;SharedAccessKey=${k}`));
    }
    out.push(c.neg('Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;'));
    out.push(c.neg('BlobEndpoint=https://myaccount.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=<signature>'));
    out.push(c.neg('SharedAccessSignature sr={URL-encoded-resourceURI}&sig={signature-string}&se={expiry}&skn={policyName}'));
    out.push(c.neg('SharedAccessSignature sr=myhub.azure-devices.net%2Fdevices%2Fdev1&sig=<signature>&se=1795000000'));
    return out.join('\n') + '\n';
  });

  C.file('negatives/builders.py', (c) => `${c.neg(`from datetime import datetime, timedelta, timezone
from azure.storage.blob import (
    AccountSasPermissions, BlobSasPermissions, ResourceTypes, generate_account_sas, generate_blob_sas,
)


def account_sas(name, key):
    return generate_account_sas(
        account_name=name,
        account_key=key,
        resource_types=ResourceTypes(container=True, object=True),
        permission=AccountSasPermissions(read=True, list=True),
        expiry=datetime.now(timezone.utc) + timedelta(hours=1),
    )


def sas_url(name, container, blob, sas):
    return f"https://{name}.blob.core.windows.net/{container}/{blob}?{sas}"


def signed(name, blob, sv, se, sig):
    return "https://%s.blob.core.windows.net/c/%s?sv=%s&se=%s&sr=b&sp=r&sig=%s" % (name, blob, sv, se, sig)


SIG_RE = r"[?&]sig=([A-Za-z0-9%+/]+)"
`)}`);

  C.file('negatives/builders.ts', (c) => `${c.neg(`import { BlobSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from "@azure/storage-blob";

export function sign(account: string, key: string, container: string, blob: string): string {
  const cred = new StorageSharedKeyCredential(account, key);
  const q = generateBlobSASQueryParameters({
    containerName: container, blobName: blob,
    permissions: BlobSASPermissions.parse("r"),
    expiresOn: new Date(Date.now() + 3600_000),
  }, cred).toString();
  return \`https://\${account}.blob.core.windows.net/\${container}/\${blob}?\${q}\`;
}

export const withSig = (base: string, sv: string, se: string, sig: string) =>
  \`\${base}?sv=\${sv}&se=\${encodeURIComponent(se)}&sr=b&sp=r&sig=\${encodeURIComponent(sig)}\`;

export const fromEnv = process.env.AZURE_STORAGE_SAS ?? "";
export const params = new URLSearchParams(location.search).get("sig");
`)}`);

  C.file('negatives/Builders.cs', (c) => `${c.neg(`using Azure.Storage;
using Azure.Storage.Sas;

public static class Sas
{
    public static string Account(string name, string key)
    {
        var b = new AccountSasBuilder(AccountSasPermissions.Read | AccountSasPermissions.List, DateTimeOffset.UtcNow.AddHours(1), AccountSasServices.Blobs, AccountSasResourceTypes.Container);
        return b.ToSasQueryParameters(new StorageSharedKeyCredential(name, key)).ToString();
    }

    public static string Url(string account, string sas) => $"https://{account}.blob.core.windows.net/c?{sas}";
    public static string Conn(string account, string key) => $"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net";
    public static string Sb(string ns, string key) => string.Format("Endpoint=sb://{0}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={1}", ns, key);
    public static readonly string FromEnv = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING");
}
`)}`);

  C.file('negatives/builders.go', (c) => `${c.neg(`package sasutil

import (
	"fmt"
	"os"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/sas"
)

func Sign(cred *sas.SharedKeyCredential) (string, error) {
	q, err := sas.AccountSignatureValues{
		Protocol:      sas.ProtocolHTTPS,
		ExpiryTime:    time.Now().UTC().Add(time.Hour),
		Permissions:   (&sas.AccountPermissions{Read: true, List: true}).String(),
		ResourceTypes: (&sas.AccountResourceTypes{Container: true, Object: true}).String(),
	}.SignWithSharedKey(cred)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("https://%s.blob.core.windows.net/?%s", os.Getenv("ACCOUNT"), q.Encode()), nil
}

const format = "https://%s.blob.core.windows.net/%s?sv=%s&se=%s&sr=c&sp=rl&sig=%s"
const conn = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s"
`)}`);

  C.file('negatives/Builders.java', (c) => `${c.neg(`import com.azure.storage.blob.sas.BlobContainerSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import java.time.OffsetDateTime;

class Builders {
    static String sas(com.azure.storage.blob.BlobContainerClient c) {
        var v = new BlobServiceSasSignatureValues(OffsetDateTime.now().plusHours(1), new BlobContainerSasPermission().setReadPermission(true));
        return c.getBlobContainerUrl() + "?" + c.generateSas(v);
    }
    static final String TEMPLATE = "https://%s.blob.core.windows.net/%s?sv=%s&sig=%s";
    static final String ENV = System.getenv("AZURE_STORAGE_SAS");
}
`)}`);

  C.file('negatives/env-references.sh', (c) => `#!/bin/sh
${c.neg('azcopy copy ./out "https://${ACCOUNT}.blob.core.windows.net/out?${SAS_TOKEN}"')}
${c.neg('azcopy copy ./out "$DEST_URL?$SAS"')}
${c.neg('export AZURE_STORAGE_CONNECTION_STRING="$(az storage account show-connection-string -n "$ACCOUNT" -o tsv)"')}
${c.neg('az storage blob upload --account-key "$AZURE_STORAGE_KEY" --sas-token "${SAS:?}" -f x -c c -n x')}
${c.neg('curl "https://$ACCOUNT.blob.core.windows.net/c/x?sv=$SV&se=$SE&sr=b&sp=r&sig=$SIG"')}
`);

  C.file('negatives/pipeline.yml', (c) => `variables:
  ${c.neg('sas: $(STORAGE_SAS)')}
  ${c.neg('conn: ${{ secrets.STORAGE_CONNECTION_STRING }}')}
  ${c.neg("url: 'https://$(account).blob.core.windows.net/drop?$(sas)'")}
  ${c.neg('helm: "{{ .Values.storage.sas }}"')}
  ${c.neg('ansible: "{{ storage_sas_token }}"')}
  ${c.neg('octopus: "#{Storage.SasToken}"')}
  ${c.neg('bicep: listAccountSas(storage.id, storage.apiVersion, sasProperties).accountSasToken')}
`);

  C.file('negatives/emulator.txt', (c) => {
    const lines = [
      'UseDevelopmentStorage=true',
      'UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://myProxyUri',
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${m.emulatorKey};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;`,
      `AccountName=devstoreaccount1;AccountKey=${m.emulatorKey};DefaultEndpointsProtocol=http;BlobEndpoint=http://azurite:10000/devstoreaccount1`,
      `AZURE_STORAGE_KEY=${m.emulatorKey}`,
    ];
    for (let i = 0; i < 3; i++) lines.push(m.emulatorSAS().text);
    const e = m.emulatorSAS();
    lines.push(`http://azurite:10000/devstoreaccount1/?${e.query}`);
    lines.push(`https://localhost:10000/devstoreaccount1/models/x.bin?${e.query}`);
    lines.push(`BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;SharedAccessSignature=${e.query}`);
    return lines.map((l) => c.neg(l)).join('\n') + '\n';
  });

  C.file('negatives/other-clouds.txt', (c) => {
    const hex = (n) => m.rbytes(n).toString('hex');
    const b64 = (n) => m.rbytes(n).toString('base64');
    const lines = [
      `https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261121%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261121T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=${hex(32)}`,
      `https://storage.googleapis.com/example-bucket/cat.jpeg?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=example%40example-project.iam.gserviceaccount.com%2F20261121%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261121T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${hex(256)}`,
      `https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1795000000&Signature=${b64(128).replaceAll('+', '-').replaceAll('=', '_').replaceAll('/', '~')}&Key-Pair-Id=K2JCJMDEHXQW5F`,
      `https://maps.googleapis.com/maps/api/staticmap?center=Berlin&size=400x400&key=AIzaSyEXAMPLE&signature=${b64(20).replaceAll('+', '-').replaceAll('/', '_')}`,
      `https://api.example.com/oauth?oauth_consumer_key=abc&oauth_nonce=${hex(8)}&oauth_signature=${encodeURIComponent(b64(20))}&oauth_signature_method=HMAC-SHA1`,
      `https://img.example.com/photo.jpg?w=800&h=600&sig=${encodeURIComponent(b64(32))}`,
      `https://cdn.example.net/v.mp4?expires=1795000000&sig=${b64(32)}`,
      `https://tracker.example.com/px?sv=1&sig=deadbeef`,
      `https://tracker.example.com/px?sv=2&se=1795000000&sig=${encodeURIComponent(b64(32))}`,
      `https://a.example.org/x?sv=v2026&sr=b&se=2030-01-01&sig=${encodeURIComponent(b64(32))}`,
      `https://edge.example.com/live/index.m3u8?hdnts=exp=1795000000~acl=/*~hmac=${hex(32)}`,
    ];
    return lines.map((l) => c.neg(l)).join('\n') + '\n';
  });

  C.file('negatives/jwt-and-hashes.json', (c) => {
    const b64url = (n) => m.rbytes(n).toString('base64url');
    const jwt = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"42","sig":"x","exp":1795000000}').toString('base64url')}.${b64url(32)}`;
    return JSON.stringify({
      authorization: c.neg(`Bearer ${jwt}`),
      id_token: c.neg(jwt),
      sha256: c.neg(m.rbytes(32).toString('hex')),
      commit: c.neg(m.rbytes(20).toString('hex')),
      integrity: c.neg(`sha512-${m.rbytes(64).toString('base64')}`),
      sri: c.neg(`sha256-${m.rbytes(32).toString('base64')}`),
      nonce: c.neg(m.rbytes(32).toString('base64')),
      etag: c.neg('"0x8DCE1A2B3C4D5E6"'),
      contentMd5: c.neg(m.rbytes(16).toString('base64')),
      key: c.neg(m.rbytes(64).toString('base64')),
      sshKey: c.neg(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${m.rbytes(32).toString('base64').slice(0, 43)} dev@laptop`),
      webhookSig: c.neg(`sha256=${m.rbytes(32).toString('hex')}`),
      apim: c.neg(`Ocp-Apim-Subscription-Key: ${m.rbytes(16).toString('hex')}`),
    }, null, 2) + '\n';
  });

  C.file('negatives/package-lock.json', (c) => {
    const deps = {};
    for (let i = 0; i < 12; i++) {
      deps[`node_modules/pkg-${i}`] = { version: `1.${i}.0`, resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.${i}.0.tgz`, integrity: c.neg(`sha512-${m.rbytes(64).toString('base64')}`) };
    }
    return JSON.stringify({ name: 'app', lockfileVersion: 3, packages: deps }, null, 2) + '\n';
  });

  C.file('negatives/truncated.log', (c) => {
    const out = [];
    for (let i = 0; i < 4; i++) {
      const t = m.anyStorageSAS({ live: true });
      const cut = t.text.indexOf('sig=') + 4 + 8 + i * 6;
      out.push(c.neg(`2026-11-20T10:00:0${i}Z INFO GET ${t.text.slice(0, cut)}… (truncated)`));
    }
    const k = m.keyConnString({ shuffle: false, withSuffix: false });
    out.push(c.neg(`2026-11-20T10:00:09Z INFO using ${k.text.slice(0, k.text.indexOf('AccountKey=') + 11 + 20)}...`));
    for (let i = 0; i < 40; i++) out.push(c.neg(`2026-11-20T10:01:${String(i).padStart(2, '0')}Z INFO GET https://acct.blob.core.windows.net/c/${i}.bin?sv=2021-08-06&se=2026-11-21T00%3A00%3A00Z&sr=b&sp=r&sig=REDACTED 200`));
    return out.join('\n') + '\n';
  });

  C.file('negatives/not-sig.txt', (c) => [
    'design=flat&assign=true&resign=false',
    'msig=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ%3D',
    'signature=ok; signal=SIGTERM; sigma=0.5',
    'The sig= parameter carries the signature; sv= the version.',
    'curl "https://x.blob.core.windows.net/c?comp=list&restype=container"',
    'https://acct.blob.core.windows.net/public/readme.txt',
    'https://acct.blob.core.windows.net/public/readme.txt?sv=2021-08-06&se=2030-01-01&sr=b&sp=r',
  ].map((l) => c.neg(l)).join('\n') + '\n');

  // Microsoft Learn's own examples carry real-shaped signatures: nothing in
  // the token says it is fake, so the engine reports what it sees (expired
  // examples as warnings).
  C.file('negatives-ish/docs-examples.md', (c) => {
    const ex1 = { kind: 'service_sas', exp: new Date('2019-04-30T02:23:26Z'), note: 'Microsoft Learn example with a real-shaped signature, expired 2019' };
    return `# Examples copied from the docs

${c.put(ex1, 'https://myaccount.blob.core.windows.net/sascontainer/sasblob.txt?sv=2019-02-02&st=2019-04-29T22%3A18%3A26Z&se=2019-04-30T02%3A23%3A26Z&sr=b&sp=rw&sip=168.1.5.60-168.1.5.70&spr=https&sig=Z%2FRHIX5Xcg0Mq2rqI3OlWTjEg2tYkboXr1P9ZUXDtkk%3D')}

The account SAS example's signature is not even valid base64 (%6G):
${c.neg('https://myaccount.blob.core.windows.net/?sv=2019-02-02&ss=bf&srt=s&st=2019-08-01T22%3A18%3A26Z&se=2019-04-30T02%3A23%3A26Z&sr=b&sp=rw&sip=168.1.5.60-168.1.5.70&spr=https&sig=F%6GRVAZ5Cdj2Pw4tgU7IlSTkWgn7bUkkAg8P6HESXwmf%4B')}
`;
  });
}
