// Drives `sasguard lsp` the way VS Code does, with the libraries under its
// language client: open a file, wait for diagnostics, ask for code actions,
// apply the quick-fix (an edit, or a command whose workspace/applyEdit comes
// back from the server), write the file, and compare what is on disk with
// what the Go test expects. Run by lsp/realclient_test.go, which builds the
// binary, prepares one workspace per fix and passes a manifest:
//   SASGUARD_BIN=/path/to/sasguard SASGUARD_MANIFEST=/path/to/manifest.json
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification, CodeActionRequest, ExecuteCommandRequest,
  ApplyWorkspaceEditRequest, RegistrationRequest, LogMessageNotification,
  ShowMessageNotification,
} = protocol;

const bin = process.env.SASGUARD_BIN;
const manifestPath = process.env.SASGUARD_MANIFEST;
if (!bin || !manifestPath) {
  throw new Error('run through lsp/realclient_test.go: SASGUARD_BIN and SASGUARD_MANIFEST must be set');
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const secrets = manifest.secrets ?? [];

// A minimal editor: documents, diagnostics, workspace edits.
class Editor {
  constructor(dir) {
    this.dir = dir;
    this.docs = new Map();
    this.diags = new Map();
    this.messages = [];
    this.waiters = new Set();
    this.proc = spawn(bin, ['lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diags.set(p.uri, p);
      for (const w of this.waiters) w();
    });
    this.conn.onNotification(LogMessageNotification.type, (m) => this.messages.push(m.message));
    this.conn.onNotification(ShowMessageNotification.type, (m) => this.messages.push(m.message));
    this.conn.onRequest(RegistrationRequest.type, () => null);
    this.conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      try {
        this.applyWorkspaceEdit(p.edit);
        return { applied: true };
      } catch (e) {
        return { applied: false, failureReason: String(e) };
      }
    });
    this.conn.listen();
  }

  async initialize() {
    const root = pathToFileURL(this.dir).href;
    const res = await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: path.basename(this.dir) }],
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        workspace: {
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
          hover: { contentFormat: ['markdown'] },
        },
      },
    });
    assert.equal(res.capabilities.positionEncoding, 'utf-16');
    this.conn.sendNotification(InitializedNotification.type, {});
    return res;
  }

  open(file, languageId) {
    const uri = pathToFileURL(path.join(this.dir, file)).href;
    const text = fs.readFileSync(path.join(this.dir, file), 'utf8');
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  applyWorkspaceEdit(edit) {
    const changes = [];
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.push({ uri, version: null, edits });
    for (const dc of edit.documentChanges ?? []) changes.push({ uri: dc.textDocument.uri, version: dc.textDocument.version, edits: dc.edits });
    for (const ch of changes) {
      const doc = this.docs.get(ch.uri);
      if (!doc) throw new Error(`${ch.uri} is not open`);
      if (ch.version != null && ch.version !== doc.version) throw new Error(`edit for version ${ch.version}, document at ${doc.version}`);
      const text = TextDocument.applyEdits(doc, ch.edits);
      const next = TextDocument.create(ch.uri, doc.languageId, doc.version + 1, text);
      this.docs.set(ch.uri, next);
      this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: ch.uri, version: next.version },
        contentChanges: [{ text }],
      });
    }
  }

  diagnosticsFor(uri, version) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const p = this.diags.get(uri);
        if (p && (version == null || p.version === version)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(p.diagnostics);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no diagnostics for ${uri} at version ${version}; server stderr: ${this.stderr}`));
      }, 20000);
      this.waiters.add(check);
      check();
    });
  }

  async shutdown() {
    await this.conn.sendRequest(ShutdownRequest.type);
    this.conn.sendNotification(ExitNotification.type);
    return this.exited;
  }
}

function assertNoSecret(what, text) {
  for (const s of secrets) assert.ok(!text.includes(s), `${what} carries a whole secret`);
}

for (const c of manifest.cases) {
  test(`${c.file}: ${c.kind}`, async () => {
    const ed = new Editor(c.dir);
    try {
      await ed.initialize();
      const uri = ed.open(c.file, c.languageId);
      const diags = await ed.diagnosticsFor(uri, 1);
      assert.ok(diags.length >= 1, 'a diagnostic for the token');
      const d = diags[0];
      assert.equal(d.source, 'sasguard');
      assert.equal(d.code, c.code);
      assert.equal(d.severity, 1);
      assertNoSecret('diagnostic', JSON.stringify(d));

      const only = c.kind === 'fixall' ? ['source.fixAll'] : ['quickfix'];
      const actions = await ed.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: d.range, context: { diagnostics: [d], only },
      });
      assertNoSecret('code actions', JSON.stringify(actions));
      let action;
      if (c.kind === 'fixall') {
        action = actions.find((a) => a.kind === 'source.fixAll');
      } else {
        const fix = d.data.fixes.find((f) => f.kind === c.kind);
        assert.ok(fix, `diagnostic data offers a ${c.kind} fix`);
        action = actions.find((a) => a.title === fix.title);
        if (c.kind === 'env') assert.equal(action, actions[0], 'the environment fix comes first');
      }
      assert.ok(action, `a ${c.kind} action among ${JSON.stringify(actions.map((a) => a.title))}`);

      const before = ed.docs.get(uri).version;
      if (action.edit) {
        ed.applyWorkspaceEdit(action.edit);
      } else {
        await ed.conn.sendRequest(ExecuteCommandRequest.type, action.command);
      }
      const after = ed.docs.get(uri).version;
      assert.ok(after > before, 'the fix changed the document');
      const left = await ed.diagnosticsFor(uri, after);

      // Save, as the user would.
      fs.writeFileSync(path.join(c.dir, c.file), ed.docs.get(uri).getText());
      for (const [file, want] of Object.entries(c.expect)) {
        assert.equal(fs.readFileSync(path.join(c.dir, file), 'utf8'), want, `${file} after ${c.kind}`);
      }
      assert.equal(left.length, c.leftAfter, `diagnostics left after ${c.kind}`);
      assertNoSecret('server messages', ed.messages.join('\n'));
      assert.equal(await ed.shutdown(), 0, 'exit code after shutdown and exit');
    } finally {
      ed.proc.kill();
    }
  });
}
