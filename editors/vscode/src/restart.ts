// Deciding when the language server must restart, and doing it once per burst
// of changes. Free of the vscode API so that it is tested under plain Node.

import * as path from "node:path";

/** The name of the shared config the server reads at the repository root. */
export const CONFIG_FILE = ".sasguard.toml";

/** Settings whose change needs a new server process (trace is applied live by the client). */
export const RESTART_SETTINGS = ["sasguard.path", "sasguard.args"] as const;

/**
 * restartReason says why a change to `changed` needs a server restart, or
 * returns undefined when it does not: the running binary was replaced (a new
 * `go install`), or a `.sasguard.toml` was created, edited or deleted.
 */
export function restartReason(changed: string, binary: string | undefined, platform: NodeJS.Platform): string | undefined {
  const p = platform === "win32" ? path.win32 : path.posix;
  if (binary !== undefined && samePath(changed, binary, platform)) {
    return "the sasguard binary changed";
  }
  if (p.basename(changed) === CONFIG_FILE) {
    return `${CONFIG_FILE} changed`;
  }
  return undefined;
}

/** settingsRestartReason names the first restart-worthy setting that changed. */
export function settingsRestartReason(affects: (section: string) => boolean): string | undefined {
  for (const s of RESTART_SETTINGS) {
    if (affects(s)) {
      return `${s} changed`;
    }
  }
  return undefined;
}

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const p = platform === "win32" ? path.win32 : path.posix;
  const na = p.normalize(a);
  const nb = p.normalize(b);
  // Windows and macOS file systems are case-insensitive by default.
  if (platform === "win32" || platform === "darwin") {
    return na.toLowerCase() === nb.toLowerCase();
  }
  return na === nb;
}

/** Timers lets tests drive the scheduler with a fake clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * RestartScheduler coalesces a burst of triggers (a `go install` writes the
 * binary in several steps; an editor saves a file as write and rename) into
 * one restart after a quiet period, and never runs two restarts at once: a
 * trigger that arrives during a restart schedules one more afterwards.
 */
export class RestartScheduler {
  private timer: unknown;
  private pending: string[] = [];
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly quietMs: number,
    private readonly restart: (reasons: string[]) => Promise<void>,
    private readonly timers: Timers = realTimers,
  ) {}

  /** trigger asks for a restart for reason; it happens quietMs after the last trigger. */
  trigger(reason: string): void {
    if (!this.pending.includes(reason)) {
      this.pending.push(reason);
    }
    if (this.timer !== undefined) {
      this.timers.clearTimeout(this.timer);
    }
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.fire();
    }, this.quietMs);
  }

  /** idle resolves when no restart is running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  /** dispose drops a scheduled restart. */
  dispose(): void {
    if (this.timer !== undefined) {
      this.timers.clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.pending = [];
  }

  private async fire(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    const reasons = this.pending;
    this.pending = [];
    this.running = (async () => {
      try {
        await this.restart(reasons);
      } catch {
        // The restart callback reports its own failures; a failed restart
        // must not stop later ones.
      }
    })();
    await this.running;
    this.running = undefined;
    if (this.again) {
      this.again = false;
      await this.fire();
    }
  }
}
