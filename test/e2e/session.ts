/**
 * One end-to-end session: a copy of examples/ (tests edit it), a fresh code-server profile with the
 * packaged .vsix installed, the server, and headless Chromium on the workbench. `close()` always
 * kills code-server and Chromium and keeps the logs in test-results/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { codeServerMissing, createProfile, freePort, installExtension, REPO_ROOT, startCodeServer, type Profile, type RunningServer } from './codeServer';
import { chromiumPath, launchChromium, Workbench } from './workbench';

export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
export const VSIX = path.join(REPO_ROOT, 'asterisk-harden.vsix');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
/** Process-group ids of code-servers started by the tests, for the runner's last-resort cleanup. */
export const PID_FILE = path.join(REPO_ROOT, 'test-results', 'e2e-pids');

export interface Session {
  workspace: string;
  profile: Profile;
  server: RunningServer;
  browser: Browser;
  wb: Workbench;
  /** Absolute path of a workspace-relative file. */
  file(rel: string): string;
  close(): Promise<void>;
}

/** Why the session cannot start on this machine, or undefined. */
export function prerequisitesMissing(): string | undefined {
  return (
    codeServerMissing() ??
    (fs.existsSync(chromiumPath()) ? undefined : `Chromium not found at ${chromiumPath()} (apt-get install chromium)`) ??
    (fs.existsSync(VSIX) ? undefined : `${VSIX} not found: run \`npm run package\` first`) ??
    (fs.existsSync(EXAMPLES) ? undefined : `${EXAMPLES} not found: the examples workspace has not landed yet`)
  );
}

export async function openSession(): Promise<Session> {
  const missing = prerequisitesMissing();
  if (missing) throw new Error(missing);
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-harden-e2e-'));
  const workspace = path.join(root, 'examples');
  fs.cpSync(EXAMPLES, workspace, { recursive: true });
  const profile = createProfile(root, {
    // The optional cross-check needs a trusted workspace; trust is off, so the folder counts as trusted.
    'asteriskHarden.fail2ban.regexPath': '',
  });

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (fs.existsSync(profile.logFile)) fs.copyFileSync(profile.logFile, path.join(RESULTS_DIR, 'code-server.log'));
    copyExtensionHostLogs(profile, RESULTS_DIR);
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    installExtension(profile, VSIX);
    server = await startCodeServer(profile, workspace, { port: await freePort(), pidFile: PID_FILE });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(20_000);
    const wb = new Workbench(page, RESULTS_DIR);
    await wb.open(server.url, workspace);
    return { workspace, profile, server, browser, wb, file: (rel) => path.join(workspace, rel), close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Extension-host and language-server logs explain a failed proof; they go beside the screenshots. */
function copyExtensionHostLogs(profile: Profile, dest: string): void {
  const logs = path.join(profile.userDataDir, 'logs');
  if (!fs.existsSync(logs)) return;
  const wanted = /(exthost|remoteexthost|asterisk|Asterisk)[^/]*\.log$/;
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (wanted.test(e.name)) fs.copyFileSync(p, path.join(dest, `log-${path.relative(logs, p).replace(/[\\/]/g, '_')}`));
    }
  };
  walk(logs);
}
