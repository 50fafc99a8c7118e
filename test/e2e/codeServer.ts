/**
 * code-server 4.100.3 (a real VS Code 1.100.3 whose extension host runs in Node on this machine), as
 * installed by scripts/e2e/setup-code-server.sh: a throw-away profile, `--install-extension`, and a
 * server process group that is always killed at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export function codeServerDir(): string {
  const cacheRoot = process.env.ASTERISK_HARDEN_CACHE ?? path.join(os.homedir(), '.cache', 'asterisk-harden');
  return path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerEntry(): string {
  return path.join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Why code-server cannot run here, or undefined when it can. */
export function codeServerMissing(): string | undefined {
  if (!fs.existsSync(path.join(codeServerDir(), '.complete')) || !fs.existsSync(codeServerEntry())) {
    return `code-server ${CODE_SERVER_VERSION} is not installed in ${codeServerDir()}: run scripts/e2e/setup-code-server.sh`;
  }
  return undefined;
}

/** A port the kernel just handed out on loopback (closed again, so code-server can bind it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface Profile {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  configFile: string;
  logFile: string;
}

/** User settings that keep the workbench quiet: no welcome page, no trust prompt, no telemetry. */
export const PROFILE_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'problems.sortOrder': 'position',
};

/** A fresh profile under `root` (user data, extensions, code-server config, log). */
export function createProfile(root: string, extraSettings: Record<string, unknown> = {}): Profile {
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...PROFILE_SETTINGS, ...extraSettings }, null, 2),
  );
  // Our own config file: without one, code-server writes ~/.config/code-server/config.yaml with a password.
  const configFile = path.join(root, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  return { root, userDataDir, extensionsDir, configFile, logFile: path.join(root, 'code-server.log') };
}

function baseArgs(profile: Profile): string[] {
  return [
    codeServerEntry(),
    '--config', profile.configFile,
    '--auth', 'none',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
}

/** Keeps code-server's own state (coder.json, heartbeat) inside the profile, not in the home directory. */
function childEnv(profile: Profile): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(profile.root, 'xdg-config'),
    XDG_DATA_HOME: path.join(profile.root, 'xdg-data'),
    XDG_CACHE_HOME: path.join(profile.root, 'xdg-cache'),
  };
}

/** `code-server --install-extension x.vsix` into the profile; throws with the tool's output on failure. */
export function installExtension(profile: Profile, vsix: string, timeoutMs = 120_000): void {
  const res = spawnSync(process.execPath, [...baseArgs(profile), '--install-extension', vsix], {
    env: childEnv(profile),
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const out = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  fs.appendFileSync(profile.logFile, `--- install-extension ${vsix}\n${out}\n`);
  if (res.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`code-server --install-extension ${vsix} failed (status ${res.status}, signal ${res.signal}):\n${out}`);
  }
}

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Serves `folder` on 127.0.0.1:`port` and resolves once /healthz answers. */
export async function startCodeServer(
  profile: Profile,
  folder: string,
  opts: { port: number; timeoutMs?: number; stdio?: 'log' | 'inherit'; pidFile?: string },
): Promise<RunningServer> {
  const args = [...baseArgs(profile), '--bind-addr', `127.0.0.1:${opts.port}`, folder];
  const log = opts.stdio === 'inherit' ? undefined : fs.openSync(profile.logFile, 'a');
  // Its own process group, so stop() reaches the extension host, the language server and the pty host too.
  const child = spawn(process.execPath, args, {
    env: childEnv(profile),
    detached: true,
    stdio: log === undefined ? 'inherit' : ['ignore', log, log],
  });
  if (log !== undefined) fs.closeSync(log);
  // If this process is killed before stop() runs, the runner reads this file and kills the group.
  if (opts.pidFile && child.pid !== undefined) fs.appendFileSync(opts.pidFile, `${child.pid}\n`);
  const url = `http://127.0.0.1:${opts.port}/`;
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `code-server exited early (code ${code}, signal ${signal})`));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child.pid, 'SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
    if ((await Promise.race([gone, timer])) === 'timeout') killGroup(child.pid, 'SIGKILL');
    // The group may outlive its leader (extension host children): make sure none is left.
    killGroup(child.pid, 'SIGKILL');
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return { url, port: opts.port, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${exited ?? `code-server did not answer ${url}healthz within ${opts.timeoutMs ?? 60_000} ms`}; log: ${profile.logFile}\n${tail(profile.logFile)}`);
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** The last lines of a log file, for failure messages. */
export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
