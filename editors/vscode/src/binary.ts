// Finding the sasguard binary. Kept free of the vscode API so that it runs
// (and is tested) under plain Node.

import { constants as fsConstants, promises as fs } from "node:fs";
import * as path from "node:path";

/** Where the user is told to look when the binary cannot be found. */
export const INSTALL_URL = "https://github.com/sasguard/sasguard#install";

/** The command that installs the binary with a Go toolchain. */
export const INSTALL_COMMAND = "go install github.com/sasguard/sasguard/cmd/sasguard@latest";

/** The environment variables the search reads. */
export interface SearchEnv {
  PATH?: string | undefined;
  Path?: string | undefined; // Windows spells it this way in process.env copies
  PATHEXT?: string | undefined;
  GOBIN?: string | undefined;
  GOPATH?: string | undefined;
}

export interface ResolveInput {
  /** The `sasguard.path` setting; empty means search. */
  configured: string;
  /** The first workspace folder, for a relative `sasguard.path`. */
  workspaceFolder?: string | undefined;
  env: SearchEnv;
  platform: NodeJS.Platform;
  homedir: string;
  /** Reports whether a file can be run; defaults to a real file-system check. */
  isExecutable?: (file: string, platform: NodeJS.Platform) => Promise<boolean>;
}

/** Where a binary was found: the setting, a PATH entry or a Go install directory. */
export type Source = "setting" | "PATH" | "GOBIN" | "GOPATH" | "home";

export type Resolution =
  | { found: true; path: string; source: Source }
  | { found: false; message: string; searched: string[] };

/**
 * resolveBinary finds the sasguard binary: the `sasguard.path` setting when
 * set (and then nowhere else, so a typo is reported rather than silently
 * replaced by another binary), else PATH, else the directories `go install`
 * writes to, which GUI-launched editors often lack on PATH.
 */
export async function resolveBinary(input: ResolveInput): Promise<Resolution> {
  const isExec = input.isExecutable ?? isExecutableFile;
  const p = pathFor(input.platform);
  const configured = input.configured.trim();
  if (configured !== "") {
    const file = expandConfigured(configured, input);
    const candidates = withExtensions(file, input);
    for (const c of candidates) {
      if (await isExec(c, input.platform)) {
        return { found: true, path: c, source: "setting" };
      }
    }
    const shown = file === configured ? `"${configured}"` : `"${configured}" (${file})`;
    return {
      found: false,
      message: `sasguard.path is set to ${shown}, but no executable file is there; fix the setting or clear it to search PATH`,
      searched: candidates,
    };
  }

  const searched: string[] = [];
  const dirs: [string, Source][] = [];
  for (const dir of splitPath(input.env.PATH ?? input.env.Path ?? "", input.platform)) {
    dirs.push([dir, "PATH"]);
  }
  if (input.env.GOBIN) {
    dirs.push([input.env.GOBIN, "GOBIN"]);
  }
  for (const gopath of splitPath(input.env.GOPATH ?? "", input.platform)) {
    dirs.push([p.join(gopath, "bin"), "GOPATH"]);
  }
  if (input.homedir) {
    dirs.push([p.join(input.homedir, "go", "bin"), "home"]);
  }
  const seen = new Set<string>();
  for (const [dir, source] of dirs) {
    for (const c of withExtensions(p.join(dir, "sasguard"), input)) {
      if (seen.has(c)) {
        continue;
      }
      seen.add(c);
      searched.push(c);
      if (await isExec(c, input.platform)) {
        return { found: true, path: c, source };
      }
    }
  }
  return {
    found: false,
    message: `cannot find the sasguard binary on PATH or in GOBIN, GOPATH/bin or ~/go/bin; install it with \`${INSTALL_COMMAND}\` or set sasguard.path`,
    searched,
  };
}

/** expandConfigured turns `~/x` and workspace-relative paths into absolute ones. */
export function expandConfigured(configured: string, input: Pick<ResolveInput, "platform" | "homedir" | "workspaceFolder">): string {
  const p = pathFor(input.platform);
  let file = configured;
  if (file === "~" || file.startsWith("~/") || (input.platform === "win32" && file.startsWith("~\\"))) {
    file = p.join(input.homedir, file.slice(1));
  }
  if (!p.isAbsolute(file) && input.workspaceFolder) {
    file = p.join(input.workspaceFolder, file);
  }
  return p.normalize(file);
}

/** splitPath splits a PATH-like list, dropping empty and relative entries (a relative PATH entry would depend on VS Code's working directory). */
export function splitPath(list: string, platform: NodeJS.Platform): string[] {
  const p = pathFor(platform);
  return list
    .split(p.delimiter)
    .map((d) => (platform === "win32" ? d.replace(/^"(.*)"$/, "$1") : d))
    .filter((d) => d !== "" && p.isAbsolute(d));
}

function withExtensions(file: string, input: Pick<ResolveInput, "platform" | "env">): string[] {
  if (input.platform !== "win32") {
    return [file];
  }
  if (path.win32.extname(file) !== "") {
    return [file];
  }
  const exts = (input.env.PATHEXT ?? ".COM;.EXE;.BAT;.CMD").split(";").filter((e) => e !== "");
  return exts.map((e) => file + e.toLowerCase());
}

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}

/** isExecutableFile is true for a regular file the user may run. */
export async function isExecutableFile(file: string, platform: NodeJS.Platform): Promise<boolean> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) {
      return false;
    }
    if (platform !== "win32") {
      await fs.access(file, fsConstants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}
