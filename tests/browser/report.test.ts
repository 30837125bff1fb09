// The visual report in a real browser: Debian's Chromium driven by playwright-core, the page opened from file://.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { renderReport } from '../../src/report/index.js';
import { HOSTILE_TITLE, hostileCatalog } from '../report/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Test artefacts (gitignored): the screenshot of every run. */
const ARTIFACTS = join(ROOT, 'tests', 'artifacts', 'browser');
const available = existsSync(CHROMIUM);

if (!available && process.env.CI) {
  test('Chromium is installed', () => {
    throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium package (apt-get install -y chromium); .ci/run installs it.`);
  });
} else if (!available) {
  console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
}

/** What a page did besides rendering: requests, console errors, uncaught errors and dialogs. */
interface Watch {
  requests: string[];
  errors: string[];
  dialogs: string[];
}

describe.skipIf(!available)('the report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let shippedUrl: string;
  let hostileUrl: string;
  let shippedBytes: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rolematrix-browser-'));
    const shipped = renderReport(catalog);
    shippedBytes = Buffer.byteLength(shipped);
    writeFileSync(join(dir, 'report.html'), shipped);
    writeFileSync(join(dir, 'hostile.html'), renderReport(hostileCatalog(), { roles: ['hostile', 'clerk'] }));
    shippedUrl = pathToFileURL(join(dir, 'report.html')).href;
    hostileUrl = pathToFileURL(join(dir, 'hostile.html')).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 1000 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<{ page: Page; watch: Watch }> {
    const page = await context.newPage();
    const watch: Watch = { requests: [], errors: [], dialogs: [] };
    page.on('request', (r) => watch.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') watch.errors.push(m.text());
    });
    page.on('pageerror', (e) => watch.errors.push(e.message));
    page.on('dialog', (d) => {
      watch.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    await page.waitForSelector('html[data-ready="1"]', { state: 'attached', timeout: 10_000 });
    return { page, watch };
  }

  const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

  test('renders the shipped catalog in under a second, offline; the size and time are printed', async () => {
    const { page, watch } = await open(shippedUrl);
    const readyMs = Number(await page.getAttribute('html', 'data-ready-ms'));
    console.log(`report.html: ${(shippedBytes / 1024).toFixed(1)} KB, ready ${readyMs} ms after navigation start`);
    expect(shippedBytes).toBeLessThan(500 * 1024);
    expect(readyMs).toBeGreaterThan(0);
    expect(readyMs).toBeLessThan(1000);
    expect(watch.requests).toEqual([shippedUrl]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  test('two roles picked: shared, changed and one-sided items in their cells; swapping mirrors them', async () => {
    const { page, watch } = await open(shippedUrl);
    await page.selectOption('#pick-a', 'customer-service-manager');
    await page.selectOption('#pick-b', 'project-manager');
    await expect.poll(() => page.innerText('#compare-out .overall')).toBe('Overall similarity: 16%');
    expect(await texts(page, '#compare-out thead th')).toEqual(['Dimension / Aspect', 'Customer Service Manager', 'Project Manager']);
    // Skills held by both at the same level.
    expect(await texts(page, '#compare-out tr[data-dim="skills"][data-kind="shared"] td.side-a')).toEqual(['Coordination (Advanced)', 'Leadership (Advanced)']);
    expect(await texts(page, '#compare-out tr[data-dim="skills"][data-kind="shared"] td.side-b')).toEqual(['Coordination (Advanced)', 'Leadership (Advanced)']);
    expect(await page.getAttribute('#compare-out tr[data-dim="skills"][data-kind="shared"] >> nth=0', 'class')).toBe('mark-shared');
    // A duty only the customer service manager has, in the first role's column, marked A.
    const onlyA = page.locator('#compare-out tr[data-dim="duties"][data-kind="distinct"] >> nth=0');
    expect(await onlyA.locator('td.side-a.mark-only-a .item').innerText()).toBe('Team leadership and development');
    expect(await onlyA.locator('th .sym').allInnerTexts()).toEqual(['A', 'B']);
    // The same KPI with a different target or weight.
    expect(await page.locator('#compare-out tr[data-dim="kpis"][data-kind="changed"] td.side-a').innerText()).toMatch(/^Budget variance \(≤ 5%; quarterly; Weight 10%\)/);
    // The education minimum is raised from the first role to the second.
    expect(await texts(page, '#compare-out tr[data-dim="education"][data-kind="changed"] .effect')).toEqual(["minimum education: Associate degree or higher → Bachelor's degree or higher ↑"]);

    await page.click('#swap');
    expect(await texts(page, '#compare-out thead th')).toEqual(['Dimension / Aspect', 'Project Manager', 'Customer Service Manager']);
    expect(await texts(page, '#compare-out tr[data-dim="education"][data-kind="changed"] .effect')).toEqual(["minimum education: Bachelor's degree or higher → Associate degree or higher ↓"]);
    expect(await page.locator('#compare-out tr[data-dim="duties"][data-kind="distinct"] >> nth=0').locator('td.side-b.mark-only-b .item').innerText()).toBe('Team leadership and development');

    // A cell of the similarity matrix picks its two roles.
    await page.click('#matrix td[data-pair-a="call-center-agent"][data-pair-b="customer-service-representative"]');
    expect(await page.inputValue('#pick-a')).toBe('call-center-agent');
    expect(await page.inputValue('#pick-b')).toBe('customer-service-representative');
    // A node of the graph becomes the first role; the previous first role moves to second.
    await page.click('svg.ladder g.node[data-role="pmo-director"]');
    expect([await page.inputValue('#pick-a'), await page.inputValue('#pick-b')]).toEqual(['pmo-director', 'call-center-agent']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  test('the language toggle switches labels, titles and the comparison to Chinese without a reload', async () => {
    const { page, watch } = await open(shippedUrl);
    expect(await page.innerText('#overview h2')).toBe('Catalog overview');
    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.innerText('#overview h2')).toBe('目录总览');
    expect(await page.innerText('#compare h2')).toBe('两岗位对比');
    expect(await page.innerText('#overview .chip[data-role="customer-service-manager"]')).toBe('客服经理');
    expect(await page.title()).toBe('rolematrix 内置岗位目录');
    await page.selectOption('#pick-a', 'customer-service-manager');
    await page.selectOption('#pick-b', 'project-manager');
    expect(await texts(page, '#compare-out thead th')).toEqual(['维度 / 比较', '客服经理', '项目经理']);
    expect(await page.locator('#pick-a option:checked').innerText()).toBe('客服经理');
    expect(await page.innerText('#compare-out tr[data-dim="duties"][data-kind="distinct"] >> nth=0 >> td.side-a .item')).toBe('团队领导与发展');
    await page.click('#lang-toggle');
    expect(await page.innerText('#overview h2')).toBe('Catalog overview');
    expect(watch.requests).toEqual([shippedUrl]);
    await page.close();
  });

  test('search 投诉 keeps the roles that deal with complaints and counts them', async () => {
    const { page } = await open(shippedUrl);
    await page.fill('#search', '投诉');
    expect(await page.innerText('#search-count')).toBe('6 of 12 roles match');
    const visible = await page.locator('#overview .chip.pick:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(visible.sort()).toEqual(
      ['call-center-agent', 'complaint-handling-specialist', 'customer-service-director', 'customer-service-manager', 'customer-service-representative', 'customer-service-supervisor'].sort(),
    );
    expect(await page.locator('svg.ladder g.node.search-miss').count()).toBe(6);
    expect(await page.locator('#matrix tbody tr:visible').count()).toBe(6);
    // English words match too, case-insensitively, and every word must match.
    await page.fill('#search', 'Complaint BUDGET');
    expect(await page.innerText('#search-count')).toBe('1 of 12 roles match');
    expect(await page.locator('#overview .chip.pick:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual(['customer-service-director']);
    await page.fill('#search', '');
    expect(await page.innerText('#search-count')).toBe('');
    expect(await page.locator('#overview .chip.pick:visible').count()).toBe(12);
    await page.close();
  });

  test('a role title made of HTML shows as text and runs nothing', async () => {
    const { page, watch } = await open(hostileUrl);
    expect(await page.innerText('#overview .chip[data-role="hostile"]')).toBe(HOSTILE_TITLE);
    expect(await page.locator('svg.ladder g.node[data-role="hostile"] > title').textContent()).toBe(`${HOSTILE_TITLE} / ${HOSTILE_TITLE}`);
    await page.selectOption('#pick-a', 'hostile');
    await page.selectOption('#pick-b', 'clerk');
    expect(await texts(page, '#compare-out thead th')).toEqual(['Dimension / Aspect', HOSTILE_TITLE, 'Clerk']);
    expect(await page.locator('#pick-a option:checked').innerText()).toBe(HOSTILE_TITLE);
    expect(await page.innerText('#raci h3')).toBe('Matrix <script>window.__pwned=3</script>');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img, u, b, em, i').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([hostileUrl]);
    await page.close();
  });

  test('a screenshot is written as a test artefact (and to docs/report.png with UPDATE_SCREENSHOT=1)', async () => {
    const { page } = await open(shippedUrl);
    await page.selectOption('#pick-a', 'customer-service-manager');
    await page.selectOption('#pick-b', 'project-manager');
    // Tall enough for the whole career graph under the grid.
    await page.setViewportSize({ width: 1280, height: 1500 });
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report.png');
    const png = await page.screenshot({ path: file });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(existsSync(file)).toBe(true);
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(file, join(ROOT, 'docs', 'report.png'));
    // The same page in Chinese (docs/report.zh.png).
    await page.click('#lang-toggle');
    const zhFile = join(ARTIFACTS, 'report.zh.png');
    await page.screenshot({ path: zhFile });
    expect(existsSync(zhFile)).toBe(true);
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(zhFile, join(ROOT, 'docs', 'report.zh.png'));
    await page.close();
  });

  test('in both languages every node title fits inside its box and the matrix column headings stand at full length', async () => {
    const { page } = await open(shippedUrl);
    /** Visible node texts whose drawn box sticks out of their node's rectangle (the page's DOM types, written out). */
    type Box = { x: number; y: number; width: number; height: number };
    type Drawn = { getBBox(): Box; textContent: string | null };
    const overflowing = () =>
      page.locator('svg.ladder g.node').evaluateAll((nodes) => {
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle;
        return nodes.flatMap((g) => {
          const r = (g.querySelector('rect') as unknown as Drawn).getBBox();
          return [...g.querySelectorAll('text')]
            .filter((t) => style(t).display !== 'none')
            .map((t) => ({ role: g.getAttribute('data-role'), text: t.textContent, box: (t as unknown as Drawn).getBBox() }))
            .filter(({ box }) => box.x < r.x + 2 || box.x + box.width > r.x + r.width - 2 || box.y < r.y || box.y + box.height > r.y + r.height)
            .map(({ role, text }) => `${role}: ${text}`);
        });
      });
    /** The height of the shortest and the tallest column heading of the similarity matrix. */
    const headings = () =>
      page.locator('#matrix th.col').evaluateAll((ths) => {
        const h = ths.map((th) => th.getBoundingClientRect().height);
        return [Math.min(...h), Math.max(...h)];
      });
    expect(await overflowing()).toEqual([]);
    expect((await headings())[0]).toBeGreaterThan(150);
    expect(await page.locator('svg.ladder g.node[data-role="customer-service-representative"] text.t-en').allTextContents()).toEqual(['Customer Service', 'Representative']);
    await page.click('#lang-toggle');
    expect(await overflowing()).toEqual([]);
    // Nine characters stacked upright (项目管理办公室主任), not squeezed into one line's height.
    expect((await headings())[1]).toBeGreaterThan(9 * 14);
    expect(await page.locator('svg.ladder g.node[data-role="pmo-director"] text.t-zh').allTextContents()).toEqual(['项目管理办公室主任']);
    await page.close();
  });
});
