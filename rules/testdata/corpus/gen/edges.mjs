// Second round of edges, written after the first run of TestCorpus: the
// same weaknesses in other clothes (a NAME= glued to a bare query, prose
// punctuation after a signature) and fakes that are valid base64.

export function register(C, m) {
  C.file('edges/glued-names.txt', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const t3 = m.sasConnString({ form: 'blobonly', shuffle: false, trailing: false });
    const sasFirst = t3.text.replace(/^(BlobEndpoint=[^;]*);(SharedAccessSignature=.*)$/, '$2;$1');
    const t4 = m.blobSAS({ live: true });
    return `az storage blob list -c models --sas-token=${c.put(t1, t1.query, 'CLI flag written --sas-token=<bare query>')}
azcopy login --sas=${c.put(t2, "'" + t2.query + "'", 'quoted bare query after --sas=')}
AZURE_STORAGE_CONNECTION_STRING=${c.put(t3, sasFirst, 'SharedAccessSignature= first, straight after NAME=')}
sas_token: ${c.put(t4, t4.query, 'YAML-style label then a bare query')}
`;
  });

  C.file('edges/prose.md', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const t3 = m.blobSAS({ live: true, style: 'public' });
    const t4 = m.sasConnString({ form: 'blobonly', shuffle: false, trailing: false });
    return `Here it is: ${c.put(t1, t1.text, "URL followed by '!'")}!

Is this one still valid: ${c.put(t2, t2.text, "URL followed by '?'")}?

Try ${c.put(t3, t3.text, "URL followed by '...'")}...

The string ends here: ${c.put(t4, t4.text, "SAS connection string followed by ','")}, see above.
`;
  });

  C.file('edges/flow-sequence.yaml', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    return `mirrors: [${c.put(t1, t1.text, 'YAML flow sequence item followed by ","')}, ${c.put(t2, t2.text, 'YAML flow sequence, last item')}]\n`;
  });

  C.file('edges/ansi.log', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    return `\u001b[32mINFO\u001b[0m fetching \u001b[36m${c.put(t1, t1.text, 'between ANSI colour codes')}\u001b[0m\n`;
  });

  C.file('edges/emulator-then-real.md', (c) => {
    const t1 = m.accountSAS({ live: true, style: 'public' });
    return `Local development uses the emulator key:

AccountKey=${c.neg(m.emulatorKey)}
${c.put(t1, t1.text, 'real SAS on the line after the emulator key')}
`;
  });

  // Fakes that are valid base64 of the right length: they decode to
  // printable ASCII, which an HMAC or a random key essentially never does.
  C.file('negatives/ascii-fakes.md', (c) => {
    const b = (s) => Buffer.from(s).toString('base64');
    const sig = (s) => encodeURIComponent(b(s));
    if (b('This is not a real signature!!!!').length !== 44) throw new Error('fake sig length');
    return `# Examples (fake values)

- ${c.neg(`https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=${sig('This is not a real signature!!!!')}`)}
- ${c.neg(`https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=${sig('example-signature-for-the-docs!!')}`)}
- ${c.neg(`DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=${b('this-is-a-fake-storage-account-key-for-the-docs-only-do-not-use!')};EndpointSuffix=core.windows.net`)}
- ${c.neg(`Endpoint=sb://myns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${b('fake-servicebus-key-docs-only-32')}`)}
`;
  });
}
