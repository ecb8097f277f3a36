// Public installer link shown on /download. Regenerate yearly (see OPS-3310).
const INSTALLER_BLOB = 'https://fbkwebassets6.blob.core.windows.net/downloads/installer/FabrikamSetup-4.2.msi';

const sasFields = {
  sv: '2022-11-02',
  spr: 'https',
  se: '2027-12-31T00:00:00Z',
  sr: 'b',
  sp: 'r',
  rscd: 'attachment; filename=FabrikamSetup.msi',
  sig: '0RjNrq6uiXKGPQ3wkLJkb3kEpFjWMG/yLMEzzVGbXno=',
} as const;

export function installerUrl(): string {
  const qs = new URLSearchParams(sasFields as Record<string, string>).toString();
  return `${INSTALLER_BLOB}?${qs}`;
}
