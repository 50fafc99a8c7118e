/**
 * Driving the VS Code workbench in Chromium the way a person does: quick open, the command palette,
 * the Problems panel, hovers, the quick-fix menu, notifications and output channels. Every wait is
 * bounded and fails with a message that says what was expected on screen.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.ASTERISK_HARDEN_CHROMIUM ?? '/usr/bin/chromium';
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** Polls `probe` until it returns a value other than undefined; throws `what` on timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export class Workbench {
  private shot = 0;
  constructor(readonly page: Page, readonly screenshotDir: string) {
    fs.mkdirSync(screenshotDir, { recursive: true });
  }

  async open(url: string, folder: string): Promise<void> {
    await this.page.goto(`${url}?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
    await waitFor('the workbench and its explorer to load', async () =>
      (await this.page.locator('.monaco-workbench .explorer-folders-view, .monaco-workbench .explorer-viewlet').count()) > 0 ? true : undefined,
      60_000);
  }

  async screenshot(name: string): Promise<string> {
    const file = path.join(this.screenshotDir, `${String(++this.shot).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  // ---- quick input (quick open, command palette, input boxes, quick picks) ----

  quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  async quickInputVisible(): Promise<boolean> {
    return this.quickInput().isVisible();
  }

  async waitQuickInput(what: string, timeoutMs = 10_000): Promise<void> {
    await waitFor(what, async () => ((await this.quickInputVisible()) ? true : undefined), timeoutMs);
  }

  /** The labels of the rows the open quick input shows. */
  async quickPickItems(): Promise<string[]> {
    const rows = this.quickInput().locator('.quick-input-list .monaco-list-row');
    const out: string[] = [];
    for (const row of await rows.all()) out.push(((await row.getAttribute('aria-label')) ?? (await row.innerText())).trim());
    return out;
  }

  async quickInputTitle(): Promise<string> {
    const parts = await this.quickInput().locator('.quick-input-title, .quick-input-message, .quick-input-box input').all();
    const texts: string[] = [];
    for (const p of parts) {
      const t = (await p.getAttribute('placeholder')) ?? '';
      texts.push(t, (await p.innerText().catch(() => '')) ?? '');
    }
    return texts.filter(Boolean).join(' | ');
  }

  async typeInQuickInput(text: string): Promise<void> {
    const input = this.quickInput().locator('.quick-input-box input');
    await input.fill(text);
  }

  /** Waits for a row whose label matches, then clicks it. */
  async pickQuickItem(match: RegExp, what: string, timeoutMs = 15_000): Promise<string> {
    const label = await waitFor(`a "${what}" entry (${match}) in the quick pick`, async () => {
      for (const l of await this.quickPickItems()) if (match.test(l)) return l;
      return undefined;
    }, timeoutMs);
    const rows = this.quickInput().locator('.quick-input-list .monaco-list-row');
    for (const row of await rows.all()) {
      const l = ((await row.getAttribute('aria-label')) ?? (await row.innerText())).trim();
      if (l === label) {
        await row.click();
        return label;
      }
    }
    throw new Error(`the quick pick entry "${label}" vanished before it could be chosen`);
  }

  /** Runs a command from the palette by its title, exactly as a person types it. */
  async runCommand(title: string, timeoutMs = 15_000): Promise<void> {
    await this.escapeAll();
    await this.page.keyboard.press('F1');
    await this.waitQuickInput('the command palette to open (F1)');
    await this.typeInQuickInput(`>${title}`);
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.pickQuickItem(new RegExp(`(^|: )${escaped}`, 'i'), `command "${title}"`, timeoutMs);
  }

  async escapeAll(): Promise<void> {
    for (let i = 0; i < 3 && (await this.quickInputVisible()); i++) await this.page.keyboard.press('Escape');
  }

  /** Quick open (Ctrl+P) on a workspace-relative path; waits until its editor is the active tab. */
  async openFile(relPath: string, timeoutMs = 20_000): Promise<void> {
    await this.escapeAll();
    await this.page.keyboard.press('Control+P');
    await this.waitQuickInput('quick open (Ctrl+P)');
    await this.typeInQuickInput(relPath);
    const base = path.posix.basename(relPath);
    const dir = path.posix.dirname(relPath);
    await this.pickQuickItem(new RegExp(`${escapeRe(base)}.*${dir === '.' ? '' : escapeRe(dir.split('/').pop() ?? '')}`), relPath, timeoutMs);
    await waitFor(`the editor tab of ${relPath} to become active`, async () => {
      const label = await this.page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label').catch(() => null);
      return label && label.includes(base) ? true : undefined;
    }, timeoutMs);
    await this.activeEditor().locator('.view-lines').waitFor({ timeout: timeoutMs });
  }

  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Moves the cursor with "Go to Line/Column" (1-based, as the widget takes it). */
  async goToLine(line: number, column = 1): Promise<void> {
    await this.escapeAll();
    await this.page.keyboard.press('Control+G');
    await this.waitQuickInput('Go to Line (Ctrl+G)');
    await this.typeInQuickInput(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await waitFor(`the cursor to reach line ${line}`, async () => {
      const status = await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
      return new RegExp(`Ln ${line},`).test(status) ? true : undefined;
    }, 5_000);
  }

  async save(): Promise<void> {
    await this.escapeAll();
    await this.activeEditor().click({ position: { x: 5, y: 5 }, trial: true }).catch(() => undefined);
    await this.page.keyboard.press('Control+S');
    await waitFor('the editor to be saved (no dirty marker on the active tab)', async () => {
      const cls = (await this.page.locator('.editor-group-container.active .tab.active').first().getAttribute('class')) ?? '';
      return cls.includes('dirty') ? undefined : true;
    }, 10_000);
  }

  /**
   * Answers the quick picks and input boxes a command opens until `done()` holds. The command's
   * exact prompts are the editor engineer's to design, so answers match on what the prompt says;
   * a prompt no answer covers is accepted with its default (Enter). Returns what was asked, in order.
   */
  async answerPrompts(answers: PromptAnswer[], done: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<string[]> {
    const transcript: string[] = [];
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await done()) return transcript;
      if (!(await this.quickInputVisible())) {
        await this.page.waitForTimeout(300);
        continue;
      }
      if (transcript.length >= 8) throw new Error(`${what}: more than 8 prompts; so far: ${transcript.join(' ; ')}`);
      await this.page.waitForTimeout(300); // let the items arrive
      const title = await this.quickInputTitle();
      const items = await this.quickPickItems();
      let done1 = false;
      for (const a of answers) {
        if (!a.when.test(title) && !items.some((i) => a.when.test(i))) continue;
        const wanted = a.pick;
        if (wanted && items.some((i) => wanted.test(i))) {
          const picked = await this.pickQuickItem(wanted, a.pick?.source ?? '');
          transcript.push(`"${title}" -> picked "${picked}"`);
          done1 = true;
          break;
        }
        if (a.type !== undefined && items.length === 0) {
          await this.typeInQuickInput(a.type);
          await this.page.keyboard.press('Enter');
          transcript.push(`"${title}" -> typed "${a.type}"`);
          done1 = true;
          break;
        }
      }
      if (!done1) {
        await this.page.keyboard.press('Enter');
        transcript.push(`"${title}" [${items.slice(0, 5).join(', ')}] -> Enter (default)`);
      }
      await this.page.waitForTimeout(500);
    }
    throw new Error(`Timed out after ${timeoutMs} ms: ${what}; prompts answered: ${transcript.join(' ; ') || 'none appeared'}`);
  }

  // ---- notifications ----

  async notifications(): Promise<string[]> {
    const out: string[] = [];
    for (const n of await this.page.locator('.notification-toast .notification-list-item-message').all()) out.push((await n.innerText()).trim());
    return out;
  }

  async dismissNotifications(): Promise<void> {
    for (const b of await this.page.locator('.notification-toast .codicon-notifications-clear, .notification-toast .clear-notification-action').all()) {
      await b.click().catch(() => undefined);
    }
  }
}

export interface PromptAnswer {
  /** Matched against the prompt's title/placeholder and its items. */
  when: RegExp;
  /** Pick the first item that matches. */
  pick?: RegExp;
  /** For an input box (no items): type this and press Enter. */
  type?: string;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
