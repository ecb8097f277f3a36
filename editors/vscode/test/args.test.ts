import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { serverArgs } from "../src/args";

describe("serverArgs", () => {
  const cases: { name: string; setting: unknown; want: ReturnType<typeof serverArgs> }[] = [
    { name: "unset", setting: undefined, want: { ok: true, args: ["lsp"] } },
    { name: "null", setting: null, want: { ok: true, args: ["lsp"] } },
    { name: "empty", setting: [], want: { ok: true, args: ["lsp"] } },
    { name: "extra flags follow lsp", setting: ["--flag", "value"], want: { ok: true, args: ["lsp", "--flag", "value"] } },
    { name: "a leading lsp is not doubled", setting: ["lsp", "--flag", "value"], want: { ok: true, args: ["lsp", "--flag", "value"] } },
    { name: "lsp later is kept", setting: ["--flag", "lsp"], want: { ok: true, args: ["lsp", "--flag", "lsp"] } },
    {
      name: "a string is not a list",
      setting: "--flag value",
      want: { ok: false, message: 'sasguard.args must be a list of strings, like ["--flag", "value"]; got string "--flag value"' },
    },
    { name: "an object is not a list", setting: { config: "x" }, want: { ok: false, message: 'sasguard.args must be a list of strings, like ["--flag", "value"]; got an object' } },
    { name: "a number entry is named", setting: ["--flag", 3], want: { ok: false, message: "sasguard.args[1] must be a string; got number 3" } },
    { name: "a nested list entry is named", setting: [["a"]], want: { ok: false, message: "sasguard.args[0] must be a string; got a list" } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(serverArgs(c.setting), c.want);
    });
  }

  it("does not share its result with the setting", () => {
    const setting = ["lsp", "--flag", "value"];
    const got = serverArgs(setting);
    assert.ok(got.ok);
    got.args.push("mutated");
    assert.deepEqual(setting, ["lsp", "--flag", "value"]);
  });
});
