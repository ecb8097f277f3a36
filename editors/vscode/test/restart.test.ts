import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { RestartScheduler, restartReason, settingsRestartReason, type Timers } from "../src/restart";

describe("restartReason", () => {
  const cases: { name: string; changed: string; binary: string | undefined; platform: NodeJS.Platform; want: string | undefined }[] = [
    { name: "the binary", changed: "/home/dev/go/bin/sasguard", binary: "/home/dev/go/bin/sasguard", platform: "linux", want: "the sasguard binary changed" },
    { name: "the binary, unnormalized", changed: "/home/dev/go/bin/../bin/sasguard", binary: "/home/dev/go/bin/sasguard", platform: "linux", want: "the sasguard binary changed" },
    { name: "case matters on linux", changed: "/home/dev/go/bin/SASGUARD", binary: "/home/dev/go/bin/sasguard", platform: "linux", want: undefined },
    { name: "case does not matter on windows", changed: "C:\\Go\\Bin\\SASGUARD.EXE", binary: "C:\\Go\\bin\\sasguard.exe", platform: "win32", want: "the sasguard binary changed" },
    { name: "case does not matter on macOS", changed: "/Users/dev/go/bin/SasGuard", binary: "/Users/dev/go/bin/sasguard", platform: "darwin", want: "the sasguard binary changed" },
    { name: "root config", changed: "/src/app/.sasguard.toml", binary: "/bin/sasguard", platform: "linux", want: ".sasguard.toml changed" },
    { name: "nested config", changed: "/src/app/svc/.sasguard.toml", binary: undefined, platform: "linux", want: ".sasguard.toml changed" },
    { name: "windows config", changed: "C:\\src\\app\\.sasguard.toml", binary: undefined, platform: "win32", want: ".sasguard.toml changed" },
    { name: "a similarly named file", changed: "/src/app/.sasguard.toml.bak", binary: "/bin/sasguard", platform: "linux", want: undefined },
    { name: "another binary in the same directory", changed: "/home/dev/go/bin/gopls", binary: "/home/dev/go/bin/sasguard", platform: "linux", want: undefined },
    { name: "an ordinary file", changed: "/src/app/main.go", binary: "/bin/sasguard", platform: "linux", want: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(restartReason(c.changed, c.binary, c.platform), c.want);
    });
  }
});

describe("settingsRestartReason", () => {
  it("restarts for path and args, not for trace (the client applies it live)", () => {
    const only = (changed: string) => (s: string) => s === changed;
    assert.equal(settingsRestartReason(only("sasguard.path")), "sasguard.path changed");
    assert.equal(settingsRestartReason(only("sasguard.args")), "sasguard.args changed");
    assert.equal(settingsRestartReason(only("sasguard.trace.server")), undefined);
    assert.equal(settingsRestartReason(only("editor.fontSize")), undefined);
  });
});

/** FakeTimers is a manual clock: advance() runs what has come due. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }
  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (const [id, t] of [...this.due].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= this.now) {
        this.due.delete(id);
        t.fn();
      }
    }
    await settle();
  }
  get pending(): number {
    return this.due.size;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await new Promise<void>((r) => setImmediate(r));
  }
}

describe("RestartScheduler", () => {
  it("coalesces a burst into one restart after the quiet period", async () => {
    const timers = new FakeTimers();
    const runs: string[][] = [];
    const s = new RestartScheduler(500, (r) => {
      runs.push(r);
      return Promise.resolve();
    }, timers);
    s.trigger("the sasguard binary changed");
    await timers.advance(300);
    s.trigger("the sasguard binary changed");
    s.trigger(".sasguard.toml changed");
    await timers.advance(499);
    assert.deepEqual(runs, [], "restarted before the burst was quiet");
    await timers.advance(1);
    assert.deepEqual(runs, [["the sasguard binary changed", ".sasguard.toml changed"]]);
    await timers.advance(10_000);
    assert.equal(runs.length, 1);
  });

  it("never runs two restarts at once, and runs one more for a trigger during a restart", async () => {
    const timers = new FakeTimers();
    const runs: string[][] = [];
    let active = 0;
    let maxActive = 0;
    let release: (() => void) | undefined;
    const s = new RestartScheduler(100, async (r) => {
      runs.push(r);
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((res) => (release = res));
      active--;
    }, timers);

    s.trigger("a");
    await timers.advance(100);
    assert.deepEqual(runs, [["a"]]);
    s.trigger("b");
    await timers.advance(100); // due while "a" is still restarting
    assert.deepEqual(runs, [["a"]], "started a second restart while the first was running");
    release?.();
    await settle();
    assert.deepEqual(runs, [["a"], ["b"]]);
    release?.();
    await s.idle();
    assert.equal(maxActive, 1);
  });

  it("keeps working after a restart fails", async () => {
    const timers = new FakeTimers();
    const runs: string[][] = [];
    const s = new RestartScheduler(10, (r) => {
      runs.push(r);
      return r[0] === "bad" ? Promise.reject(new Error("boom")) : Promise.resolve();
    }, timers);
    s.trigger("bad");
    await timers.advance(10);
    s.trigger("good");
    await timers.advance(10);
    assert.deepEqual(runs, [["bad"], ["good"]]);
  });

  it("dispose drops a scheduled restart", async () => {
    const timers = new FakeTimers();
    const runs: string[][] = [];
    const s = new RestartScheduler(10, (r) => {
      runs.push(r);
      return Promise.resolve();
    }, timers);
    s.trigger("a");
    s.dispose();
    assert.equal(timers.pending, 0);
    await timers.advance(100);
    assert.deepEqual(runs, []);
  });
});
