// Built on the server; the client only ever sees the final URL.
export function linkFor(blobUrl: string, sig: string, se: string): string {
  const q = new URLSearchParams({
    sv: '2022-11-02',
    sr: 'b',
    sp: 'r',
    se,
    spr: 'https',
    sig,
  });
  return `${blobUrl}?${q}`;
}

export const DOCS_SAMPLE = 'https://myaccount.blob.core.windows.net/photos/cat.jpg?sv=2022-11-02&sr=b&sp=r&se=2027-01-01T00:00:00Z&sig=abc123...';
