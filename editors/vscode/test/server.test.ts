// Starts the real `sasguard lsp` the way the extension does (binary from the
// sasguard.path setting, arguments from serverArgs) and talks to it with
// vscode-languageserver-protocol, the library under vscode-languageclient,
// announcing VS Code's capabilities. VS Code itself cannot run here; this
// checks what the extension relies on: diagnostics, hover and quick-fixes,
// and no whole secret in anything the server sends.
//
// editors/editors_test.go (TestVSCodeServer) builds the binary and sets
// SASGUARD_BIN, SASGUARD_TOKEN, SASGUARD_SECRET and SASGUARD_RULE.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import {
  ApplyWorkspaceEditRequest,
  type CodeAction,
  CodeActionRequest,
  CodeActionResolveRequest,
  type Command,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  RegistrationRequest,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";

import { serverArgs } from "../src/args";
import { resolveBinary } from "../src/binary";

const bin = process.env.SASGUARD_BIN ?? "";
const token = process.env.SASGUARD_TOKEN ?? "";
const secret = process.env.SASGUARD_SECRET ?? "";
const rule = process.env.SASGUARD_RULE ?? "";
const skip = bin === "" || token === "" || secret === "" || rule === "" ? "SASGUARD_BIN and friends are not set: run `go test ./editors` at the repository root" : false;

const TIMEOUT = 20_000;

/** mask keeps a failure message from printing the secret under test. */
function mask(s: string): string {
  return secret === "" ? s : s.split(secret).join(secret.slice(0, 4) + "****");
}

/** applyEdits applies LSP text edits (UTF-16 positions, as JavaScript strings count) to text. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n") {
      lineStarts.push(i + 1);
    }
  }
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) {
    text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  }
  return text;
}

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const dc of edit.documentChanges ?? []) {
    if ("textDocument" in dc && dc.textDocument.uri === uri) {
      out.push(...(dc.edits as TextEdit[]));
    }
  }
  return out;
}

describe("sasguard lsp as the extension starts it", { skip }, () => {
  let dir: string;
  let conn: ProtocolConnection;
  let exited: Promise<number | null>;
  let stderr = "";
  const received: string[] = []; // every message the server sent, serialized
  const diagnostics = new Map<string, Diagnostic[]>();
  const waiters: (() => void)[] = [];
  let docText = "";
  let docUri = "";
  let version = 1;
  let init: InitializeResult;

  function waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT} ms waiting for ${what}; published: ${mask(JSON.stringify(Object.fromEntries(diagnostics)))}`)), TIMEOUT);
      const check = () => {
        const v = probe();
        if (v !== undefined) {
          clearTimeout(timer);
          resolve(v);
          return true;
        }
        return false;
      };
      if (!check()) {
        waiters.push(() => void check());
      }
    });
  }

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "sasguard-vscode-"));
    execFileSync("git", ["init", "-q", dir]);

    const resolved = await resolveBinary({ configured: bin, workspaceFolder: dir, env: process.env, platform: process.platform, homedir: homedir() });
    assert.ok(resolved.found, resolved.found ? "" : resolved.message);
    assert.equal(resolved.source, "setting");
    const args = serverArgs([]);
    assert.ok(args.ok);

    const child = spawn(resolved.path, args.args, { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
    conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    conn.onUnhandledNotification((msg) => {
      received.push(`${msg.method} ${JSON.stringify(msg.params)}`);
    });
    conn.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
      received.push(`${PublishDiagnosticsNotification.method} ${JSON.stringify(p)}`);
      diagnostics.set(p.uri, p.diagnostics);
      for (const w of waiters.splice(0)) {
        w();
      }
    });
    conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      received.push(`${ApplyWorkspaceEditRequest.method} ${JSON.stringify(p)}`);
      docText = applyEdits(docText, editsFor(p.edit, docUri));
      return { applied: true };
    });
    // Answer the requests a server may send as VS Code would.
    conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => null));
    conn.onRequest(RegistrationRequest.type, () => undefined);
    conn.onRequest(UnregistrationRequest.type, () => undefined);
    conn.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    conn.onRequest(ShowMessageRequest.type, (p) => {
      received.push(`${ShowMessageRequest.method} ${JSON.stringify(p)}`);
      return null;
    });
    conn.listen();

    const rootUri = pathToFileURL(dir).href;
    init = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: "Visual Studio Code", version: "1.91.0" },
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(dir) }],
      capabilities: {
        general: { positionEncodings: ["utf-16"] },
        workspace: { applyEdit: true, workspaceEdit: { documentChanges: true }, workspaceFolders: true, configuration: true },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ["markdown", "plaintext"] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ["", "quickfix", "refactor", "source"] } },
            isPreferredSupport: true,
            dataSupport: true,
            resolveSupport: { properties: ["edit"] },
          },
        },
      },
    });
    received.push(`initialize-result ${JSON.stringify(init)}`);
    await conn.sendNotification(InitializedNotification.type, {});
  });

  after(async () => {
    if (conn) {
      await conn.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await conn.sendNotification(ExitNotification.type).catch(() => undefined);
      conn.end(); // as vscode-languageclient's stop() does: shutdown, exit, end (closes the server's stdin)
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("still running"), 5000))]);
      conn.dispose();
      assert.equal(code, 0, `server exit after shutdown; stderr: ${mask(stderr)}`);
    }
    await rm(dir, { recursive: true, force: true });
    const leaks = [...received, stderr].filter((m) => m.includes(secret));
    assert.deepEqual(leaks.map(mask), [], "messages or logs carrying the whole secret");
  });

  it("advertises what the extension uses", () => {
    const caps = init.capabilities;
    assert.ok(caps.textDocumentSync, "textDocumentSync");
    assert.ok(caps.codeActionProvider, "codeActionProvider");
    assert.ok(caps.hoverProvider, "hoverProvider");
  });

  it("reports the token, explains it on hover, and its redact quick-fix removes the secret", async () => {
    const file = path.join(dir, "src", "storage.ts");
    docUri = pathToFileURL(file).href;
    const prefix = 'export const modelsUrl = "';
    docText = `// model files for the demo\n${prefix}${token}";\n`;
    await writeFile(path.join(dir, "README.md"), "demo\n");
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: docUri, languageId: "typescript", version, text: docText } });

    const diag = await waitFor("the token's diagnostic", () => diagnostics.get(docUri)?.find((d) => d.code === rule));
    assert.equal(diag.source, "sasguard");
    assert.equal(diag.severity, 1, "Error: a full-control account SAS blocks a commit");
    assert.deepEqual(diag.range, { start: { line: 1, character: prefix.length }, end: { line: 1, character: prefix.length + token.length } });
    const message = typeof diag.message === "string" ? diag.message : diag.message.value;
    assert.ok(message.length > 0, "empty diagnostic message");

    const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: docUri }, position: { line: 1, character: prefix.length + 10 } });
    assert.ok(hover, "no hover on the token");
    assert.ok(JSON.stringify(hover.contents).length > 20, `hover too short: ${mask(JSON.stringify(hover.contents))}`);

    const actions = await conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: docUri },
      range: diag.range,
      context: { diagnostics: [diag], triggerKind: 1 },
    });
    assert.ok(actions && actions.length > 0, "no code actions");
    const titles = actions.map((a) => a.title);
    const redact = actions.find((a) => a.title.startsWith("Redact"));
    assert.ok(redact, `no "Redact" action among ${JSON.stringify(titles)}`);
    assert.ok(
      titles.some((t) => t.startsWith("Replace with ")),
      `no "Replace with" action among ${JSON.stringify(titles)}`,
    );

    const execute = async (c: Command) => {
      await conn.sendRequest(ExecuteCommandRequest.type, { command: c.command, ...(c.arguments ? { arguments: c.arguments } : {}) });
    };
    if (typeof redact.command === "string") {
      await execute(redact as Command); // a bare Command; its applyEdit lands in docText
    } else {
      let action = redact as CodeAction;
      if (!action.edit && !action.command) {
        action = await conn.sendRequest(CodeActionResolveRequest.type, action);
      }
      if (action.edit) {
        docText = applyEdits(docText, editsFor(action.edit, docUri));
      }
      if (action.command) {
        await execute(action.command);
      }
    }

    assert.ok(!docText.includes(secret), "the secret is still in the document after Redact");
    assert.ok(docText.startsWith(`// model files for the demo\n${prefix}https://`), `the redact fix changed more than the secret: ${mask(docText)}`);

    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: docUri, version: ++version },
      contentChanges: [{ text: docText }],
    });
    await waitFor("the diagnostic to clear", () => (diagnostics.get(docUri)?.some((d) => d.code === rule) === false ? true : undefined));
  });
});
