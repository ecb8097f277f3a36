// temporary until the backend issues per-user SAS (JIRA WEB-1182)
const ACCOUNT = "stzid2a4vcgj";
const SV = "2026-04-06";
const SE = "2026-10-01T00:00:00Z";
const SP = "rl";
const SR = "c";
const SIG = "X+a0IMYsfUscxUszqBWskA0kR7ohC1cvbtENbrhdRYw=";

export function exportsUrl(name) {
  const q = `sv=${SV}&se=${encodeURIComponent(SE)}&sr=${SR}&sp=${SP}&sig=${encodeURIComponent(SIG)}`;
  return `https://${ACCOUNT}.blob.core.windows.net/exports/${encodeURIComponent(name)}?${q}`;
}

// NOT a secret: shape used in tests
export const SAMPLE = `https://${ACCOUNT}.blob.core.windows.net/exports/a.csv?sv=${SV}&sp=r&sig=${"<signature>"}`;
