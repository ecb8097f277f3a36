import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { serverArgs } from "../src/args";

describe("serverArgs", () => {
  const cases: { name: string; setting: unknown; want: ReturnType<typeof serverArgs> }[] = [
    { name: "unset", setting: undefined, want: { ok: true, args: ["lsp"] } },
    { name: "null", setting: null, want: { ok: true, args: ["lsp"] } },
    { name: "empty", setting: [], want: { ok: true, args: ["lsp"] } },
    { name: "extra flags follow lsp", setting: ["--config", "ci/sasguard.toml"], want: { ok: true, args: ["lsp", "--config", "ci/sasguard.toml"] } },
    { name: "a leading lsp is not doubled", setting: ["lsp", "--config", "x.toml"], want: { ok: true, args: ["lsp", "--config", "x.toml"] } },
    { name: "lsp later is kept", setting: ["--config", "lsp"], want: { ok: true, args: ["lsp", "--config", "lsp"] } },
    {
      name: "a string is not a list",
      setting: "--config x.toml",
      want: { ok: false, message: 'sasguard.args must be a list of strings, like ["--config", "ci/sasguard.toml"]; got string "--config x.toml"' },
    },
    { name: "an object is not a list", setting: { config: "x" }, want: { ok: false, message: 'sasguard.args must be a list of strings, like ["--config", "ci/sasguard.toml"]; got an object' } },
    { name: "a number entry is named", setting: ["--config", 3], want: { ok: false, message: "sasguard.args[1] must be a string; got number 3" } },
    { name: "a nested list entry is named", setting: [["a"]], want: { ok: false, message: "sasguard.args[0] must be a string; got a list" } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(serverArgs(c.setting), c.want);
    });
  }

  it("does not share its result with the setting", () => {
    const setting = ["lsp", "--config", "a.toml"];
    const got = serverArgs(setting);
    assert.ok(got.ok);
    got.args.push("mutated");
    assert.deepEqual(setting, ["lsp", "--config", "a.toml"]);
  });
});
