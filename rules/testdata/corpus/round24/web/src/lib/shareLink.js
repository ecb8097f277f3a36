// Share link for the FY27 kickoff deck (sent to all-hands distribution list).
const BLOB = 'https://stnwsharelinks.blob.core.windows.net/shared/decks/fy27-kickoff.pptx';

const params = new URLSearchParams({
  sv: '2026-04-06',
  se: '2027-12-15T18:00:00Z',
  sr: 'b',
  sp: 'r',
  rscc: 'no-cache',
  sig: 'JQ57RFlouhNUnET5iFLVpdUNFCZ3I33LcHCorzRVl3U=',
});

export const kickoffDeckUrl = `${BLOB}?${params}`;

// preview environment: signature injected at build time
const previewParams = new URLSearchParams({
  sv: '2026-04-06',
  se: '2027-03-31T00:00:00Z',
  sr: 'b',
  sp: 'r',
  sig: process.env.PREVIEW_SHARE_SIG,
});
export const previewDeckUrl = `${BLOB}?${previewParams}`;
