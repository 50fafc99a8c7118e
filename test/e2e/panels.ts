/**
 * Reading what the workbench shows: Problems panel rows, hovers, the quick-fix menu and output
 * channels, as plain data for assertions. Lists are virtualised, so the readers scroll.
 */
import { type Locator } from 'playwright-core';
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
  const input = wb.page.locator('.part.panel .viewpane-filter input, .part.panel .markers-panel-action-filter input').first();
  if ((await input.count()) > 0 && (await input.inputValue()) !== filter) {
    await input.fill(filter);
    await wb.page.waitForTimeout(400); // the filter is debounced
  }
}

async function readRow(row: Locator): Promise<{ level: string; resource?: string; marker?: Omit<Marker, 'file' | 'resource'> }> {
  const level = (await row.getAttribute('aria-level')) ?? '';
  if (level === '1') {
    const resource = (await row.locator('.monaco-icon-label').first().getAttribute('aria-label').catch(() => null)) ?? (await row.innerText());
    return { level, resource };
  }
  const details = row.locator('.marker-message-details-container');
  if ((await details.count()) === 0) return { level };
  const icon = (await row.locator('.marker-icon').first().getAttribute('class')) ?? '';
  const severity = (['error', 'warning', 'info', 'hint'] as const).find((s) => icon.includes(s)) ?? 'unknown';
  const text = async (sel: string): Promise<string> => {
    const l = details.locator(sel).first();
    return (await l.count()) > 0 ? (await l.innerText()).trim() : '';
  };
  const pos = /Ln (\d+), Col (\d+)/.exec(await text('.marker-line')) ?? ['', '0', '0'];
  return {
    level,
    marker: {
      severity,
      message: await text('.marker-message'),
      source: await text('.marker-source'),
      code: (await text('.marker-code')).replace(/^\(|\)$/g, ''),
      line: Number(pos[1]),
      column: Number(pos[2]),
    },
  };
}

/** Every marker row of the (already shown) Problems panel, scrolling through the virtual list. */
export async function readProblems(wb: Workbench): Promise<Marker[]> {
  const list = wb.page.locator('.markers-panel .monaco-list').first();
  const seen = new Map<string, Marker>();
  let resource = '';
  await list.evaluate((el) => el.querySelector('.monaco-scrollable-element')?.scrollTo?.(0, 0)).catch(() => undefined);
  for (let pass = 0; pass < 50; pass++) {
    const rows = await list.locator('.monaco-list-row').all();
    const indexed: { index: number; row: Locator }[] = [];
    for (const row of rows) indexed.push({ index: Number(await row.getAttribute('data-index')), row });
    indexed.sort((a, b) => a.index - b.index);
    let added = 0;
    for (const { index, row } of indexed) {
      const r = await readRow(row);
      if (r.resource !== undefined) resource = r.resource;
      else if (r.marker && !seen.has(String(index))) {
        const file = resource.split(/[\\/]/).pop() ?? resource;
        seen.set(String(index), { file, resource, ...r.marker });
        added++;
      }
    }
    const more = await list.evaluate((el) => {
      const s = el.querySelector('.monaco-scrollable-element');
      if (!s) return false;
      const before = s.scrollTop;
      s.scrollTop = before + s.clientHeight * 0.8;
      return s.scrollTop > before;
    });
    if (!more && added === 0) break;
    if (!more) break;
    await wb.page.waitForTimeout(150);
  }
  return [...seen.values()];
}

/** Waits until the Problems rows of `file` satisfy `ready` and stay the same for a second. */
export async function waitProblems(wb: Workbench, file: string, ready: (m: Marker[]) => boolean, what: string, timeoutMs = 60_000): Promise<Marker[]> {
  let last = '';
  let stableSince = 0;
  return waitFor(what, async () => {
    const markers = (await readProblems(wb)).filter((m) => m.file === file);
    const key = JSON.stringify(markers.map((m) => [m.code, m.line, m.column]));
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

/** Clicks the quick-fix menu entry with exactly this title. */
export async function applyCodeAction(wb: Workbench, title: string): Promise<void> {
  for (const r of await wb.page.locator('.action-widget .monaco-list-row.action').all()) {
    if (((await r.getAttribute('aria-label')) ?? (await r.innerText())).trim() === title) {
      await r.click();
      await waitFor('the quick-fix menu to close after applying', async () =>
        (await wb.page.locator('.action-widget .monaco-list-row.action').first().isVisible().catch(() => false)) ? undefined : true, 5_000);
      return;
    }
  }
  throw new Error(`quick fix "${title}" is no longer in the menu`);
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
  const select = wb.page.locator('.part.panel select.monaco-select-box').first();
  if (!(await select.isVisible().catch(() => false))) {
    await wb.runCommand('View: Focus Output');
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
