// The VS Code side of sasguard: it starts `sasguard lsp` for the workspace and
// keeps it running. Everything worth testing without VS Code (finding the
// binary, building its arguments, deciding when to restart) lives in the
// modules imported below; this file only wires them to the vscode API.

import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";

import { serverArgs } from "./args";
import { INSTALL_COMMAND, INSTALL_URL, resolveBinary } from "./binary";
import { CONFIG_FILE, RestartScheduler, restartReason, settingsRestartReason } from "./restart";

const CLIENT_ID = "sasguard"; // also the prefix of the settings, so the client reads sasguard.trace.server itself

let controller: Controller | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  controller = new Controller();
  context.subscriptions.push(controller);
  await controller.start("the extension activated");
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}

/** Controller owns the one language client and the watchers that restart it. */
class Controller implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel("sasguard", { log: true });
  private readonly disposables: vscode.Disposable[] = [];
  private binaryWatcher: vscode.Disposable | undefined;
  private client: LanguageClient | undefined;
  private binary: string | undefined;
  private readonly scheduler = new RestartScheduler(500, (reasons) => this.restart(reasons.join(", ")));

  constructor() {
    const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const onConfig = (uri: vscode.Uri) => this.onFileChange(uri);
    this.disposables.push(
      this.output,
      configWatcher,
      configWatcher.onDidCreate(onConfig),
      configWatcher.onDidChange(onConfig),
      configWatcher.onDidDelete(onConfig),
      vscode.workspace.onDidChangeConfiguration((e) => {
        const reason = settingsRestartReason((s) => e.affectsConfiguration(s));
        if (reason !== undefined) {
          this.scheduler.trigger(reason);
        }
      }),
      vscode.commands.registerCommand("sasguard.restartServer", () => this.restart("you asked for it")),
      vscode.commands.registerCommand("sasguard.showOutput", () => this.output.show(true)),
    );
  }

  async start(reason: string): Promise<void> {
    const settings = vscode.workspace.getConfiguration("sasguard");
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const resolved = await resolveBinary({
      configured: settings.get<string>("path", ""),
      workspaceFolder: folder,
      env: process.env,
      platform: process.platform,
      homedir: os.homedir(),
    });
    if (!resolved.found) {
      this.output.error(resolved.message);
      if (resolved.searched.length > 0) {
        this.output.info(`looked for: ${resolved.searched.join(", ")}`);
      }
      void this.offerInstall(resolved.message);
      return;
    }
    const args = serverArgs(settings.get<unknown>("args"));
    if (!args.ok) {
      this.output.error(args.message);
      void vscode.window.showErrorMessage(`sasguard: ${args.message}`, "Open Settings").then((pick) => {
        if (pick === "Open Settings") {
          void vscode.commands.executeCommand("workbench.action.openSettings", "sasguard.args");
        }
      });
      return;
    }
    this.binary = resolved.path;
    this.watchBinary(resolved.path);

    const serverOptions: ServerOptions = {
      command: resolved.path,
      args: args.args,
      transport: TransportKind.stdio,
      ...(folder !== undefined ? { options: { cwd: folder } } : {}),
    };
    const clientOptions: LanguageClientOptions = {
      // Secrets hide in any file type: README, YAML, notebooks, .env.
      documentSelector: [{ scheme: "file" }],
      diagnosticCollectionName: "sasguard",
      outputChannel: this.output,
      traceOutputChannel: this.output,
    };
    const client = new LanguageClient(CLIENT_ID, "sasguard", serverOptions, clientOptions);
    this.client = client;
    this.output.info(`starting ${resolved.path} ${args.args.join(" ")} (${reason}; found via ${resolved.source})`);
    try {
      await client.start();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.output.error(`the server did not start: ${message}`);
      void vscode.window.showErrorMessage(`sasguard: the language server did not start: ${message}`, "Show Output").then((pick) => {
        if (pick === "Show Output") {
          this.output.show(true);
        }
      });
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    try {
      if (client.isRunning()) {
        await client.stop();
      }
    } catch (err) {
      this.output.warn(`stopping the server: ${err instanceof Error ? err.message : String(err)}`);
    }
    await client.dispose().catch(() => undefined);
  }

  async restart(reason: string): Promise<void> {
    this.output.info(`restarting: ${reason}`);
    await this.stop();
    await this.start(reason);
  }

  private onFileChange(uri: vscode.Uri): void {
    const reason = restartReason(uri.fsPath, this.binary, process.platform);
    if (reason !== undefined) {
      this.scheduler.trigger(reason);
    }
  }

  // watchBinary restarts the server when the binary is rebuilt or replaced.
  // The watcher is outside the workspace, so it watches the one file.
  private watchBinary(file: string): void {
    this.binaryWatcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)));
    const onChange = (uri: vscode.Uri) => this.onFileChange(uri);
    this.binaryWatcher = vscode.Disposable.from(watcher, watcher.onDidCreate(onChange), watcher.onDidChange(onChange), watcher.onDidDelete(onChange));
  }

  private async offerInstall(message: string): Promise<void> {
    const install = "Install Instructions";
    const copy = "Copy Install Command";
    const settings = "Open Settings";
    const pick = await vscode.window.showErrorMessage(
      `sasguard: ${message}. Then run "sasguard: Restart Language Server".`,
      install,
      copy,
      settings,
    );
    if (pick === install) {
      await vscode.env.openExternal(vscode.Uri.parse(INSTALL_URL));
    } else if (pick === copy) {
      await vscode.env.clipboard.writeText(INSTALL_COMMAND);
    } else if (pick === settings) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "sasguard.path");
    }
  }

  dispose(): void {
    this.scheduler.dispose();
    this.binaryWatcher?.dispose();
    void this.stop();
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
