import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

import { expandConfigured, INSTALL_COMMAND, resolveBinary, splitPath } from "../src/binary";

// These tests lay out real directories with real executable (and
// non-executable) files, and let resolveBinary check them on disk.
describe("resolveBinary", () => {
  // Made now, not in before(): the table below names paths inside it.
  const root = mkdtempSync(path.join(tmpdir(), "sasguard-binary-"));
  const dir = (...parts: string[]) => path.join(root, ...parts);

  async function file(rel: string, mode: number): Promise<string> {
    const p = dir(rel);
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, "#!/bin/sh\n");
    await chmod(p, mode);
    return p;
  }

  before(async () => {
    await file("first/sasguard", 0o644); // on PATH but not executable
    await file("second/sasguard", 0o755);
    await file("gobin/sasguard", 0o755);
    await file("gopath/bin/sasguard", 0o755);
    await file("home/go/bin/sasguard", 0o755);
    await file("ws/tools/sasguard", 0o755);
    await file("home/bin/sasguard", 0o755);
    await mkdir(dir("dironly/sasguard"), { recursive: true }); // a directory named sasguard
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const cases: {
    name: string;
    configured?: string;
    env: Record<string, string>;
    want: { path: string; source: string } | { messageIncludes: string[] };
  }[] = [
    {
      name: "PATH skips a non-executable file and a directory",
      env: { PATH: ["dironly", "first", "second"].map((d) => dir(d)).join(path.delimiter) },
      want: { path: "second/sasguard", source: "PATH" },
    },
    {
      name: "PATH wins over GOBIN",
      env: { PATH: dir("second"), GOBIN: dir("gobin") },
      want: { path: "second/sasguard", source: "PATH" },
    },
    {
      name: "GOBIN when PATH lacks it",
      env: { PATH: dir("first"), GOBIN: dir("gobin"), GOPATH: dir("gopath") },
      want: { path: "gobin/sasguard", source: "GOBIN" },
    },
    {
      name: "GOPATH/bin when GOBIN is unset",
      env: { PATH: "", GOPATH: [dir("nowhere"), dir("gopath")].join(path.delimiter) },
      want: { path: "gopath/bin/sasguard", source: "GOPATH" },
    },
    {
      name: "~/go/bin last",
      env: { PATH: dir("first") },
      want: { path: "home/go/bin/sasguard", source: "home" },
    },
    {
      name: "relative PATH entries are ignored",
      env: { PATH: ["second", "."].join(path.delimiter) },
      want: { path: "home/go/bin/sasguard", source: "home" },
    },
    {
      name: "setting, absolute",
      configured: "SETTING_ABS",
      env: { PATH: dir("second") },
      want: { path: "gobin/sasguard", source: "setting" },
    },
    {
      name: "setting relative to the workspace folder",
      configured: "tools/sasguard",
      env: { PATH: dir("second") },
      want: { path: "ws/tools/sasguard", source: "setting" },
    },
    {
      name: "setting with ~",
      configured: "~/bin/sasguard",
      env: {},
      want: { path: "home/bin/sasguard", source: "setting" },
    },
    {
      name: "a wrong setting is an error, not a silent fallback to PATH",
      configured: "tools/sasgaurd",
      env: { PATH: dir("second") },
      want: { messageIncludes: ["sasguard.path is set to \"tools/sasgaurd\"", "ws/tools/sasgaurd", "no executable file"] },
    },
    {
      name: "a non-executable setting is an error",
      configured: "SETTING_NOEXEC",
      env: {},
      want: { messageIncludes: ["sasguard.path is set to", "no executable file"] },
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const configured = (c.configured ?? "").replace("SETTING_ABS", dir("gobin/sasguard")).replace("SETTING_NOEXEC", dir("first/sasguard"));
      const got = await resolveBinary({
        configured,
        workspaceFolder: dir("ws"),
        env: c.env,
        platform: "linux",
        homedir: dir("home"),
      });
      if ("path" in c.want) {
        assert.deepEqual(got, { found: true, path: dir(c.want.path), source: c.want.source });
      } else {
        assert.equal(got.found, false, `found ${got.found ? got.path : ""}`);
        if (!got.found) {
          for (const s of c.want.messageIncludes) {
            assert.ok(got.message.includes(s), `message ${JSON.stringify(got.message)} lacks ${JSON.stringify(s)}`);
          }
        }
      }
    });
  }

  it("says how to install when nothing is found, and lists where it looked", async () => {
    const got = await resolveBinary({
      configured: "",
      env: { PATH: [dir("first"), dir("dironly")].join(path.delimiter), GOPATH: dir("nowhere") },
      platform: "linux",
      homedir: dir("nohome"),
    });
    assert.equal(got.found, false);
    if (!got.found) {
      assert.ok(got.message.includes(INSTALL_COMMAND), got.message);
      assert.ok(got.message.includes("sasguard.path"), got.message);
      assert.deepEqual(got.searched, [
        dir("first/sasguard"),
        dir("dironly/sasguard"),
        dir("nowhere/bin/sasguard"),
        dir("nohome/go/bin/sasguard"),
      ]);
    }
  });
});

describe("windows rules", () => {
  // The file checks are injected so the Windows naming rules can be tested on
  // any machine; the real check is exercised above.
  it("tries PATHEXT extensions in each PATH entry", async () => {
    const tried: string[] = [];
    const got = await resolveBinary({
      configured: "",
      env: { Path: 'C:\\Tools;"C:\\Program Files\\Go\\bin"', PATHEXT: ".COM;.EXE" },
      platform: "win32",
      homedir: "C:\\Users\\dev",
      isExecutable: (f) => {
        tried.push(f);
        return Promise.resolve(f === "C:\\Program Files\\Go\\bin\\sasguard.exe");
      },
    });
    assert.deepEqual(got, { found: true, path: "C:\\Program Files\\Go\\bin\\sasguard.exe", source: "PATH" });
    assert.deepEqual(tried, [
      "C:\\Tools\\sasguard.com",
      "C:\\Tools\\sasguard.exe",
      "C:\\Program Files\\Go\\bin\\sasguard.com",
      "C:\\Program Files\\Go\\bin\\sasguard.exe",
    ]);
  });

  it("expands a relative setting against the workspace folder", () => {
    assert.equal(
      expandConfigured("bin\\sasguard.exe", { platform: "win32", homedir: "C:\\Users\\dev", workspaceFolder: "D:\\src\\app" }),
      "D:\\src\\app\\bin\\sasguard.exe",
    );
    assert.equal(expandConfigured("~\\go\\bin\\sasguard.exe", { platform: "win32", homedir: "C:\\Users\\dev" }), "C:\\Users\\dev\\go\\bin\\sasguard.exe");
  });

  it("splits PATH with the platform's delimiter", () => {
    assert.deepEqual(splitPath("/a::/b:rel", "linux"), ["/a", "/b"]);
    assert.deepEqual(splitPath("C:\\a;;D:\\b;rel", "win32"), ["C:\\a", "D:\\b"]);
  });
});
