/**
 * Reading what the workbench shows: Problems panel rows, hovers, the quick-fix menu and output
 * channels, as plain data for assertions. Lists are virtualised, so the readers scroll.
 */
import { waitFor, type Workbench } from './workbench';

export interface Marker {
  /** The file name of the resource row the marker sits under. */
  file: string;
  /** Full path or URI of that resource, as the tree labels it. */
  resource: string;
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
  message: string;
  source: string;
  code: string;
  /** 1-based, as the panel prints `[Ln 3, Col 5]`. */
  line: number;
  column: number;
}

/** Focuses the Problems panel, filtered by `filter` (e.g. `**∕sip.conf`) when given. */
export async function showProblems(wb: Workbench, filter = ''): Promise<void> {
  await wb.runCommand('View: Focus Problems');
  const panel = wb.page.locator('.markers-panel').first();
  await panel.waitFor({ timeout: 10_000 });
  await wb.maximizePanel();
  const input = wb.page.locator('.part.panel .viewpane-filter input, .part.panel .markers-panel-action-filter input').first();
  if ((await input.count()) > 0 && (await input.inputValue()) !== filter) {
    await input.fill(filter);
    await wb.page.waitForTimeout(400); // the filter is debounced
  }
}

interface RowData {
  index: number;
  level: string;
  resource: string;
  icon: string;
  message: string;
  source: string;
  code: string;
  position: string;
}

/** Every marker row of the (already shown) Problems panel, scrolling through the virtual list. */
export async function readProblems(wb: Workbench): Promise<Marker[]> {
  const list = wb.page.locator('.markers-panel .monaco-list').first();
  const byIndex = new Map<number, RowData>();
  // One round trip per screenful: every rendered row, and whether it is the list's last.
  const rendered = (): Promise<(RowData & { last: boolean })[]> =>
    // Sticky-scroll copies of resource rows live outside the list's own rows: not read.
    list.locator('.monaco-list-rows > .monaco-list-row').evaluateAll((els) => {
      type El = { getAttribute(n: string): string | null; querySelector(s: string): El | null; innerText: string; className: string };
      const txt = (e: El | null): string => (e ? e.innerText.trim() : '');
      return (els as unknown as El[]).map((row) => ({
        index: Number(row.getAttribute('data-index')),
        last: row.getAttribute('data-last-element') === 'true',
        level: row.getAttribute('aria-level') ?? '',
        resource: row.querySelector('.monaco-icon-label')?.getAttribute('aria-label') ?? txt(row),
        icon: row.querySelector('.marker-icon')?.className ?? '',
        message: txt(row.querySelector('.marker-message')),
        source: txt(row.querySelector('.marker-source')),
        code: txt(row.querySelector('.marker-code')),
        position: txt(row.querySelector('.marker-line')),
      }));
    });
  const maxIndex = (rows: { index: number }[]): number => rows.reduce((m, r) => Math.max(m, r.index), -1);
  // Wheel events scroll this list a few rows at a time (VS Code scales them), so the reader pages
  // through it with the keyboard, as a screen-reader user would: Home, then PageDown until the row
  // marked as the list's last has been rendered.
  const empty = (await list.locator('.monaco-list-rows > .monaco-list-row').count()) === 0;
  if (empty) return [];
  await list.focus();
  await wb.page.keyboard.press('Home');
  await waitFor('the Problems list to show its first row', async () => ((await rendered()).some((r) => r.index === 0) ? true : undefined), 5_000, 100).catch(() => undefined);
  for (let pass = 0; pass < 200; pass++) {
    const rows = await rendered();
    for (const r of rows) byIndex.set(r.index, r);
    if (rows.some((r) => r.last)) break;
    const before = maxIndex(rows);
    // The first PageDown only moves the focus to the bottom of the page; the next ones scroll.
    let moved = false;
    for (let k = 0; k < 3 && !moved; k++) {
      await wb.page.keyboard.press('PageDown');
      moved = await waitFor('the Problems list to page down', async () => (maxIndex(await rendered()) > before ? true : undefined), 1_500, 100).catch(() => false);
    }
    if (!moved) break;
  }
  await wb.page.keyboard.press('Home');
  const out: Marker[] = [];
  let resource = '';
  for (const r of [...byIndex.values()].sort((a, b) => a.index - b.index)) {
    if (r.level === '1') {
      resource = r.resource;
      continue;
    }
    // Level 2 rows are diagnostics; level 3 rows under them are their related locations.
    if (r.level !== '2' || !r.position) continue;
    const pos = /Ln (\d+), Col (\d+)/.exec(r.position) ?? ['', '0', '0'];
    out.push({
      file: resource.split(/[\\/]/).pop() ?? resource,
      resource,
      severity: (['error', 'warning', 'info', 'hint'] as const).find((sev) => r.icon.includes(sev)) ?? 'unknown',
      message: r.message,
      source: r.source,
      code: r.code.replace(/^\(|\)$/g, ''),
      line: Number(pos[1]),
      column: Number(pos[2]),
    });
  }
  return out;
}

/** Waits until the Problems rows of `file` (all files when undefined) satisfy `ready` and stay the same for a second. */
export async function waitProblems(wb: Workbench, file: string | undefined, ready: (m: Marker[]) => boolean, what: string, timeoutMs = 60_000): Promise<Marker[]> {
  let last = '';
  let stableSince = 0;
  return waitFor(what, async () => {
    const markers = (await readProblems(wb)).filter((m) => file === undefined || m.file === file);
    const key = JSON.stringify(markers.map((m) => [m.file, m.code, m.line, m.column]));
    if (key !== last) {
      last = key;
      stableSince = Date.now();
      return undefined;
    }
    return ready(markers) && Date.now() - stableSince >= 1_000 ? markers : undefined;
  }, timeoutMs, 400);
}

export interface HoverContent {
  /** Documentation parts (hover providers), rendered markdown text. */
  docs: string[];
  /** Diagnostic parts VS Code adds for markers under the cursor. */
  markers: string[];
}

/** Shows the hover at the cursor (Ctrl+K Ctrl+I) at a 1-based position and reads it. */
export async function hoverAt(wb: Workbench, line: number, column: number, timeoutMs = 15_000): Promise<HoverContent> {
  await wb.goToLine(line, column);
  return waitFor(`a documentation hover at line ${line}, column ${column}`, async () => {
    if (!(await wb.page.locator('.monaco-hover .markdown-hover').first().isVisible().catch(() => false))) {
      await wb.page.keyboard.press('Control+K');
      await wb.page.keyboard.press('Control+I');
      await wb.page.waitForTimeout(700);
    }
    const hover = wb.page.locator('.monaco-editor .monaco-hover, .monaco-hover').first();
    if (!(await hover.isVisible().catch(() => false))) return undefined;
    const docs: string[] = [];
    for (const d of await hover.locator('.markdown-hover .rendered-markdown').all()) docs.push((await d.innerText()).trim());
    const markers: string[] = [];
    for (const m of await hover.locator('.marker.hover-contents').all()) markers.push((await m.innerText()).trim());
    return docs.some(Boolean) ? { docs, markers } : undefined;
  }, timeoutMs, 500);
}

/** Opens the quick-fix menu (Ctrl+.) at the cursor and returns the action titles. */
export async function openCodeActions(wb: Workbench, timeoutMs = 15_000): Promise<string[]> {
  return waitFor('the quick-fix menu (Ctrl+.) to list actions', async () => {
    if (!(await wb.page.locator('.action-widget').first().isVisible().catch(() => false))) {
      await wb.page.keyboard.press('Control+.');
      await wb.page.waitForTimeout(800);
    }
    const titles: string[] = [];
    for (const r of await wb.page.locator('.action-widget .monaco-list-row.action').all()) {
      titles.push(((await r.getAttribute('aria-label')) ?? (await r.innerText())).trim());
    }
    return titles.length ? titles : undefined;
  }, timeoutMs, 500);
}

/**
 * Applies the quick-fix menu entry with exactly this title, with the keyboard as a person would
 * (the menu sits under a pointer-blocking layer, so clicks do not reach it).
 */
export async function applyCodeAction(wb: Workbench, title: string): Promise<void> {
  const rows = wb.page.locator('.action-widget .monaco-list-row.action');
  const focusedTitle = async (): Promise<string | undefined> =>
    rows.evaluateAll((els) => {
      const f = (els as unknown as { className: string; getAttribute(n: string): string | null }[]).find((e) => e.className.split(/\s+/).includes('focused'));
      return f ? (f.getAttribute('aria-label') ?? '').trim() : undefined;
    });
  const count = await rows.count();
  for (let i = 0; i <= count && (await focusedTitle()) !== title; i++) await wb.page.keyboard.press('ArrowDown');
  if ((await focusedTitle()) !== title) throw new Error(`quick fix "${title}" could not be selected in the menu`);
  await wb.page.keyboard.press('Enter');
  await waitFor('the quick-fix menu to close after applying', async () => ((await rows.first().isVisible().catch(() => false)) ? undefined : true), 5_000);
}

/** The visible text of the Output view, top to bottom. */
async function outputViewText(wb: Workbench): Promise<string> {
  // Monaco positions its lines absolutely; DOM order is not line order.
  const lines = await wb.page.locator('.part.panel .output-view .view-line').evaluateAll((els) =>
    (els as unknown as { style: { top: string }; innerText: string }[])
      .map((e) => ({ top: parseFloat(e.style.top || '0'), text: e.innerText }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text.replace(/\u00a0/g, ' ')),
  );
  return lines.join('\n');
}

/** Output channels whose name matches `channel`, each with its visible text. */
export async function readOutputChannels(wb: Workbench, channel: RegExp): Promise<{ name: string; text: string }[]> {
  const dialog = await wb.dialogText();
  if (dialog !== undefined) throw new Error(`VS Code shows a dialog: "${dialog}"`);
  const select = wb.page.locator('.part.panel select.monaco-select-box').first();
  if (!(await select.isVisible().catch(() => false))) {
    await wb.runCommand('Output: Focus on Output View');
    await select.waitFor({ timeout: 10_000 });
  }
  const names = (await select.locator('option').allInnerTexts()).map((n) => n.trim()).filter((n) => channel.test(n));
  const out: { name: string; text: string }[] = [];
  for (const name of names) {
    await select.selectOption({ label: name });
    await wb.page.waitForTimeout(500);
    out.push({ name, text: await outputViewText(wb) });
  }
  return out;
}
