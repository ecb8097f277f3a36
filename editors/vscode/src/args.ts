// Building the server's command line from the settings. Free of the vscode
// API so that it is tested under plain Node.

export type ArgsResult = { ok: true; args: string[] } | { ok: false; message: string };

/**
 * serverArgs returns the arguments for `sasguard lsp` given the
 * `sasguard.args` setting. The setting comes from JSON the user edits, so its
 * shape is checked rather than trusted: anything but a list of strings is an
 * error that names the offending entry. A leading "lsp" is accepted (and not
 * doubled) because users copy it from the docs.
 */
export function serverArgs(setting: unknown): ArgsResult {
  if (setting === undefined || setting === null) {
    return { ok: true, args: ["lsp"] };
  }
  if (!Array.isArray(setting)) {
    return { ok: false, message: `sasguard.args must be a list of strings, like ["--flag", "value"]; got ${describe(setting)}` };
  }
  const extra: string[] = [];
  for (const [i, a] of setting.entries()) {
    if (typeof a !== "string") {
      return { ok: false, message: `sasguard.args[${i}] must be a string; got ${describe(a)}` };
    }
    extra.push(a);
  }
  if (extra[0] === "lsp") {
    extra.shift();
  }
  return { ok: true, args: ["lsp", ...extra] };
}

function describe(v: unknown): string {
  if (Array.isArray(v)) {
    return "a list";
  }
  if (v === null) {
    return "null";
  }
  return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}
