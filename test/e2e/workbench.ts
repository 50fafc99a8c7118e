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

const TRACE = process.env.ASTERISK_HARDEN_E2E_TRACE === '1';
const T0 = Date.now();
/** With ASTERISK_HARDEN_E2E_TRACE=1, each workbench action is printed with its time since start. */
export function trace(msg: string): void {
  if (TRACE) console.log(`[e2e +${((Date.now() - T0) / 1000).toFixed(1)}s] ${msg}`);
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
    trace(`screenshot: ${path.basename(file)}`);
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
    return (await this.quickPickRows()).map((r) => r.label);
  }

  /** The rendered rows in one round trip (rows come and go while results stream in). */
  private async quickPickRows(): Promise<{ id: string; label: string; focused: boolean }[]> {
    return this.quickInput().locator('.quick-input-list .monaco-list-row').evaluateAll((els) =>
      (els as unknown as { id: string; className: string; innerText: string; getAttribute(n: string): string | null }[]).map((e) => ({
        id: e.id,
        label: (e.getAttribute('aria-label') ?? e.innerText).trim(),
        focused: e.className.split(/\s+/).includes('focused'),
      })),
    );
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

  /** Waits for a row whose label matches, then takes it (the list may refresh meanwhile: retried). */
  async pickQuickItem(match: RegExp, what: string, timeoutMs = 15_000): Promise<string> {
    let seen: string[] = [];
    try {
      return await waitFor(`a "${what}" entry (${match}) in the quick pick`, async () => {
        const rows = await this.quickPickRows();
        seen = rows.map((r) => r.label);
        const row = rows.find((r) => match.test(r.label));
        if (!row) return undefined;
        // The focused row is taken with Enter, as a person would; another one is clicked.
        if (row.focused) await this.page.keyboard.press('Enter');
        else await this.page.locator(`[id="${row.id}"]`).click({ timeout: 2_000, force: true });
        return row.label;
      }, timeoutMs);
    } catch (e) {
      throw new Error(`${(e as Error).message}; entries shown: ${JSON.stringify(seen.slice(0, 10))}`);
    }
  }

  /** Runs a command from the palette by its title, exactly as a person types it. */
  async runCommand(title: string, timeoutMs = 15_000): Promise<void> {
    trace(`command: ${title}`);
    // F1 can be swallowed by a menu that was closing or a widget holding focus: try again.
    await waitFor('the command palette to open (F1)', async () => {
      await this.escapeAll();
      await this.page.keyboard.press('F1');
      await waitFor('the palette', async () => ((await this.quickInputVisible()) ? true : undefined), 3_000);
      await this.quickInput().locator('.quick-input-box input').fill(`>${title}`, { timeout: 2_000 });
      return true;
    }, 15_000, 500);
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "File: Save" must not pick "File: Save All"; "(Errors, Warnings…)" qualifiers and a trailing
    // ellipsis are fine.
    await this.pickQuickItem(new RegExp(`(^|: )${escaped}(…|\\.\\.\\.)?(?!\\w| \\w)`, 'i'), `command "${title}"`, timeoutMs);
  }

  /** Maximises the bottom panel (fewer virtualised rows to scroll through, readable screenshots). */
  async maximizePanel(): Promise<void> {
    const maximize = this.page.locator('.part.panel .codicon-panel-maximize').first();
    if (await maximize.isVisible().catch(() => false)) await maximize.click({ timeout: 2_000 }).catch(() => undefined);
  }

  /** Restores a maximised bottom panel so the editor shows again. */
  async restorePanel(): Promise<void> {
    const restore = this.page.locator('.part.panel .codicon-panel-restore').first();
    if (await restore.isVisible().catch(() => false)) await restore.click({ timeout: 2_000 }).catch(() => undefined);
  }

  /** The text of a modal dialog (e.g. "command … not found"), or undefined when none is open. */
  async dialogText(): Promise<string | undefined> {
    const box = this.page.locator('.monaco-dialog-box').first();
    if (!(await box.isVisible().catch(() => false))) return undefined;
    return (await box.innerText()).replace(/\s+/g, ' ').trim();
  }

  /**
   * Closes dialogs, quick inputs and menus and takes focus out of panel widgets (a modal dialog or a
   * focused <select> eats the keys that later steps press).
   */
  async escapeAll(): Promise<void> {
    for (let i = 0; i < 3 && (await this.dialogText()) !== undefined; i++) await this.page.keyboard.press('Escape');
    for (let i = 0; i < 3 && (await this.quickInputVisible()); i++) await this.page.keyboard.press('Escape');
    const menu = this.page.locator('.action-widget, .context-view .monaco-menu, .monaco-hover').first();
    for (let i = 0; i < 3 && (await menu.isVisible().catch(() => false)); i++) await this.page.keyboard.press('Escape');
    await this.page.evaluate(() => {
      const active = (globalThis as unknown as { document: { activeElement: { tagName: string; blur(): void } | null } }).document.activeElement;
      if (active && active.tagName === 'SELECT') active.blur();
    });
  }

  /**
   * Opens a workspace file by its absolute path with "File: Open File..." (code-server's own file
   * dialog is a quick input), then waits until its editor is the active tab. Quick open (Ctrl+P) would
   * depend on the file-search index, which is slow to warm up on a loaded machine.
   */
  // The first open in a fresh workbench loads the editor and the language's extension: minutes-long
  // margins are not needed, but 20 s was too short on a loaded 2-core machine.
  async openFile(absPath: string, timeoutMs = 45_000): Promise<void> {
    trace(`open: ${absPath}`);
    await this.restorePanel();
    const base = path.basename(absPath);
    await this.runCommand('File: Open File...');
    await this.waitQuickInput('the Open File dialog');
    const input = this.quickInput().locator('.quick-input-box input');
    // The dialog fills in the folder and lists it asynchronously; typing before that is overwritten.
    await waitFor('the Open File dialog to list the folder', async () =>
      (await input.inputValue()).endsWith('/') && (await this.quickPickItems()).length > 0 ? true : undefined, timeoutMs);
    await waitFor(`the Open File dialog to hold ${absPath}`, async () => {
      if ((await input.inputValue()) === absPath) return true;
      await input.fill(absPath);
      await this.page.waitForTimeout(300);
      return undefined;
    }, 10_000);
    await this.page.keyboard.press('Enter');
    await waitFor(`the editor tab of ${absPath} to become active`, async () => {
      const label = await this.page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label', { timeout: 1_000 }).catch(() => null);
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
    await this.restorePanel();
    await this.page.keyboard.press('Control+G');
    await this.waitQuickInput('Go to Line (Ctrl+G)');
    await this.typeInQuickInput(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await waitFor(`the cursor to reach line ${line}`, async () => {
      const status = await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
      return new RegExp(`Ln ${line},`).test(status) ? true : undefined;
    }, 5_000);
  }

  /** Whether the active editor tab has unsaved changes. */
  async activeTabDirty(): Promise<boolean> {
    const cls = (await this.page.locator('.editor-group-container.active .tab.active').first().getAttribute('class').catch(() => '')) ?? '';
    return cls.split(/\s+/).includes('dirty');
  }

  /** Saves the active editor through the command (independent of where keyboard focus is). */
  async save(): Promise<void> {
    await this.runCommand('File: Save');
    await waitFor('the editor to be saved (no dirty marker on the active tab)', async () => ((await this.activeTabDirty()) ? undefined : true), 10_000);
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
      const dialog = await this.dialogText();
      if (dialog !== undefined) throw new Error(`${what}: VS Code showed a dialog instead: "${dialog}"; prompts answered: ${transcript.join(' ; ') || 'none'}`);
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
