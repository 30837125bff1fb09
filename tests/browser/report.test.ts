// The visual report in a real browser: Debian's Chromium driven by playwright-core, the page opened from file://.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { similarity } from '../../src/compare/compare.js';
import { loadCatalog } from '../../src/node/load.js';
import { pairIndex, renderReport, type ReportData } from '../../src/report/index.js';
import { HOSTILE_TITLE, embeddedData, findingsCatalog, hostileCatalog } from '../report/fixture.js';

/** The percent rolematrix compare gives account-manager against project-manager (the matrix cell's label). */
const amPm = Math.round(similarity(catalog.find('account-manager')!, catalog.find('project-manager')!, catalog) * 100);

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Test artefacts (gitignored): the screenshot of every run. */
const ARTIFACTS = join(ROOT, 'tests', 'artifacts', 'browser');
const available = existsSync(CHROMIUM);

if (!available && process.env.CI) {
  test('Chromium is installed', () => {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's chromium package (apt-get install -y chromium); .ci/run installs it.`,
    );
  });
} else if (!available) {
  console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
}

/** The page's `getComputedStyle`, written out (the tests are type-checked without the DOM library). */
interface Styles {
  getComputedStyle(e: unknown): { overflowX: string; boxShadow: string };
}

/** What a page did besides rendering: requests, console errors, uncaught errors and dialogs. */
interface Watch {
  url: string;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

describe.skipIf(!available)('the report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let shippedUrl: string;
  let hostileUrl: string;
  let findingsUrl: string;
  let budgetUrl: string;
  let budgetData: ReportData;
  let shippedBytes: number;
  let tracksUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rolematrix-browser-'));
    const shipped = renderReport(catalog);
    shippedBytes = Buffer.byteLength(shipped);
    writeFileSync(join(dir, 'report.html'), shipped);
    writeFileSync(join(dir, 'hostile.html'), renderReport(hostileCatalog(), { roles: ['hostile', 'clerk'] }));
    writeFileSync(join(dir, 'findings.html'), renderReport(findingsCatalog()));
    shippedUrl = pathToFileURL(join(dir, 'report.html')).href;
    hostileUrl = pathToFileURL(join(dir, 'hostile.html')).href;
    findingsUrl = pathToFileURL(join(dir, 'findings.html')).href;
    // The shipped catalog with a pair budget of 10 of its 66 pairs, written from a directory whose name needs quoting.
    const budget = renderReport(catalog, { maxPairs: 10, dir: 'my roles/' });
    budgetData = embeddedData(budget).data as ReportData;
    writeFileSync(join(dir, 'budget.html'), budget);
    budgetUrl = pathToFileURL(join(dir, 'budget.html')).href;
    // A catalog with two parallel tracks and grades.
    writeFileSync(
      join(dir, 'tracks.html'),
      renderReport(loadCatalog(join(ROOT, 'examples', 'software-engineering')).catalog),
    );
    tracksUrl = pathToFileURL(join(dir, 'tracks.html')).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 1000 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<{ page: Page; watch: Watch }> {
    const page = await context.newPage();
    const watch: Watch = { url, requests: [], errors: [], dialogs: [] };
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

  /**
   * Every test ends here: the page asked for nothing but its own file:// URL, logged no error, threw nothing and opened
   * no dialog.
   */
  async function finish(page: Page, watch: Watch): Promise<void> {
    expect(watch.requests).toEqual([watch.url]);
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    await page.close();
  }

  const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

  test('renders the shipped catalog in under a second, offline; the size and times are printed', async () => {
    const { page, watch } = await open(shippedUrl);
    // data-ready-ms is taken after the first paint (two animation frames after the script ran).
    const readyMs = Number(await page.getAttribute('html', 'data-ready-ms'));
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    console.log(
      `report.html: ${(shippedBytes / 1024).toFixed(1)} KB, first contentful paint ${Math.round(fcpMs)} ms, drawn and painted ${readyMs} ms after navigation start`,
    );
    expect(shippedBytes).toBeLessThan(500 * 1024);
    expect(fcpMs).toBeGreaterThan(0);
    expect(fcpMs).toBeLessThan(1000);
    expect(readyMs).toBeLessThan(1000);
    await finish(page, watch);
  });

  test('two roles picked: shared, changed and one-sided items in their cells; swapping mirrors them', async () => {
    const { page, watch } = await open(shippedUrl);
    await page.selectOption('#pick-a', 'customer-service-manager');
    await page.selectOption('#pick-b', 'project-manager');
    await expect.poll(() => page.innerText('#compare-out .overall')).toBe('Overall similarity: 16%');
    expect(await texts(page, '#compare-out thead th')).toEqual([
      'Dimension / Aspect',
      'Customer Service Manager',
      'Project Manager',
    ]);
    // Skills held by both at the same level.
    expect(await texts(page, '#compare-out tr[data-dim="skills"][data-kind="shared"] td.side-a')).toEqual([
      'Coordination (Advanced)',
      'Leadership (Advanced)',
    ]);
    expect(await texts(page, '#compare-out tr[data-dim="skills"][data-kind="shared"] td.side-b')).toEqual([
      'Coordination (Advanced)',
      'Leadership (Advanced)',
    ]);
    expect(await page.getAttribute('#compare-out tr[data-dim="skills"][data-kind="shared"] >> nth=0', 'class')).toBe(
      'mark-shared',
    );
    // A duty only the customer service manager has, in the first role's column, marked A.
    const onlyA = page.locator('#compare-out tr[data-dim="duties"][data-kind="distinct"] >> nth=0');
    expect(await onlyA.locator('td.side-a.mark-only-a .item').innerText()).toBe('Team leadership and development');
    // The two marks as separate badges in their colours, not run together.
    expect(await onlyA.locator('th .sym').allInnerTexts()).toEqual(['A', 'B']);
    expect(await onlyA.locator('th .sym').evaluateAll((els) => els.map((e) => e.className))).toEqual([
      'sym badge mark-only-a',
      'sym badge mark-only-b',
    ]);
    expect(await onlyA.locator('th').innerText()).toBe('A B Only in one role');
    // The same KPI with a different target or weight.
    expect(await page.locator('#compare-out tr[data-dim="kpis"][data-kind="changed"] td.side-a').innerText()).toMatch(
      /^Budget variance \(≤ 5%; quarterly; Weight 10%\)/,
    );
    // The education minimum is raised from the first role to the second.
    expect(await texts(page, '#compare-out tr[data-dim="education"][data-kind="changed"] .effect')).toEqual([
      "minimum education: Associate degree or higher → Bachelor's degree or higher ↑",
    ]);

    await page.click('#swap');
    expect(await texts(page, '#compare-out thead th')).toEqual([
      'Dimension / Aspect',
      'Project Manager',
      'Customer Service Manager',
    ]);
    expect(await texts(page, '#compare-out tr[data-dim="education"][data-kind="changed"] .effect')).toEqual([
      "minimum education: Bachelor's degree or higher → Associate degree or higher ↓",
    ]);
    expect(
      await page
        .locator('#compare-out tr[data-dim="duties"][data-kind="distinct"] >> nth=0')
        .locator('td.side-b.mark-only-b .item')
        .innerText(),
    ).toBe('Team leadership and development');

    // A cell of the similarity matrix picks its two roles.
    await page.click('#matrix td[data-pair-a="call-center-agent"][data-pair-b="customer-service-representative"]');
    expect(await page.inputValue('#pick-a')).toBe('call-center-agent');
    expect(await page.inputValue('#pick-b')).toBe('customer-service-representative');
    // A node of the graph becomes the first role; the previous first role moves to second.
    await page.click('svg.ladder g.node[data-role="pmo-director"]');
    expect([await page.inputValue('#pick-a'), await page.inputValue('#pick-b')]).toEqual([
      'pmo-director',
      'call-center-agent',
    ]);
    await finish(page, watch);
  });

  test('the percents are those of rolematrix compare and the matrix, rounded once', async () => {
    const { page, watch } = await open(shippedUrl);
    await page.selectOption('#pick-a', 'account-manager');
    await page.selectOption('#pick-b', 'customer-service-representative');
    expect(await page.innerText('#compare-out .overall')).toBe('Overall similarity: 19%');
    expect(
      await page.innerText('#matrix td[data-pair-a="account-manager"][data-pair-b="customer-service-representative"]'),
    ).toBe('19%');
    await page.selectOption('#pick-a', 'customer-relationship-manager');
    await page.selectOption('#pick-b', 'customer-service-director');
    expect(await page.innerText('#compare-out tr.section[data-dim="skills"]')).toBe('Skills · Similarity 20%');
    await finish(page, watch);
  });

  test('a value only the first role states is marked on both sides: minimum years 5 → —', async () => {
    const { page, watch } = await open(shippedUrl);
    await page.selectOption('#pick-a', 'customer-relationship-manager');
    await page.selectOption('#pick-b', 'call-center-agent');
    const row = page.locator('#compare-out tr[data-dim="experience"][data-kind="changed"]');
    expect(await row.locator('td.side-b .item').count()).toBe(0);
    expect(await row.locator('td.side-b .effect').allInnerTexts()).toEqual([
      'minimum years: 5 → —',
      'minimum management years: 1 → —',
    ]);
    expect(await row.locator('td.side-a').getAttribute('class')).toBe('side-a mark-changed');
    expect(await row.locator('td.side-b').getAttribute('class')).toBe('side-b mark-changed');
    await finish(page, watch);
  });

  test('a similarity-matrix cell works from the keyboard and is named after both roles in the current language', async () => {
    const { page, watch } = await open(shippedUrl);
    const cell = page.locator('#matrix td[data-pair-a="account-manager"][data-pair-b="project-manager"] > button');
    expect(await cell.getAttribute('aria-label')).toBe(
      `Compare Account Manager with Project Manager (${amPm}% similar)`,
    );
    expect(await page.inputValue('#pick-a')).not.toBe('account-manager');
    await cell.focus();
    await page.keyboard.press('Enter');
    expect([await page.inputValue('#pick-a'), await page.inputValue('#pick-b')]).toEqual([
      'account-manager',
      'project-manager',
    ]);
    expect(await page.innerText('#compare-out thead th:nth-child(2)')).toBe('Account Manager');
    // Space works too, and Tab reaches the next cell.
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() =>
        (
          globalThis as unknown as {
            document: { activeElement: { parentElement: { getAttribute(name: string): string | null } | null } | null };
          }
        ).document.activeElement?.parentElement?.getAttribute('data-pair-b'),
      );
    expect(await focused()).toBe('senior-project-manager');
    await page.keyboard.press(' ');
    expect(await page.inputValue('#pick-b')).toBe('senior-project-manager');
    await page.click('#lang-toggle');
    expect(await cell.getAttribute('aria-label')).toBe(`对比客户经理与项目经理（相似度 ${amPm}%）`);
    await finish(page, watch);
  });

  test('the language toggle switches labels, titles and the comparison to Chinese without a reload', async () => {
    const { page, watch } = await open(shippedUrl);
    expect(await page.innerText('#overview h2')).toBe('Catalog overview');
    expect(await page.locator('#lang-toggle > span').evaluate((e) => [e.textContent, e.getAttribute('lang')])).toEqual([
      '中文',
      'zh-CN',
    ]);
    await page.click('#lang-toggle');
    expect(await page.locator('#lang-toggle > span').evaluate((e) => [e.textContent, e.getAttribute('lang')])).toEqual([
      'English',
      'en',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.innerText('#overview h2')).toBe('目录总览');
    expect(await page.innerText('#compare h2')).toBe('两岗位对比');
    expect(await page.innerText('#overview .chip[data-role="customer-service-manager"]')).toBe('客服经理');
    expect(await page.title()).toBe('rolematrix 内置岗位目录');
    await page.selectOption('#pick-a', 'customer-service-manager');
    await page.selectOption('#pick-b', 'project-manager');
    expect(await texts(page, '#compare-out thead th')).toEqual(['维度 / 比较', '客服经理', '项目经理']);
    expect(await page.locator('#pick-a option:checked').innerText()).toBe('客服经理');
    expect(
      await page.innerText('#compare-out tr[data-dim="duties"][data-kind="distinct"] >> nth=0 >> td.side-a .item'),
    ).toBe('团队领导与发展');
    await page.click('#lang-toggle');
    expect(await page.innerText('#overview h2')).toBe('Catalog overview');
    await finish(page, watch);
  });

  test('search 投诉 keeps the roles that deal with complaints and counts them', async () => {
    const { page, watch } = await open(shippedUrl);
    await page.fill('#search', '投诉');
    expect(await page.innerText('#search-count')).toBe('6 of 12 roles match');
    const visible = await page
      .locator('#overview .chip.pick:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(visible.sort()).toEqual(
      [
        'call-center-agent',
        'complaint-handling-specialist',
        'customer-service-director',
        'customer-service-manager',
        'customer-service-representative',
        'customer-service-supervisor',
      ].sort(),
    );
    expect(await page.locator('svg.ladder g.node.search-miss').count()).toBe(6);
    // The matrix keeps the six rows and the six columns: a heading and five other roles' cells per row.
    expect(await page.locator('#matrix tbody tr:visible').count()).toBe(6);
    expect(
      await page.locator('#matrix th.col:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-col'))),
    ).toEqual(
      await page.locator('#matrix tbody tr:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-role'))),
    );
    expect(await page.locator('#matrix th.col:visible').count()).toBe(6);
    expect(await page.locator('#matrix td[data-pair-a]:visible').count()).toBe(6 * 5);
    // English words match too, case-insensitively, and every word must match.
    await page.fill('#search', 'Complaint BUDGET');
    expect(await page.innerText('#search-count')).toBe('1 of 12 roles matches');
    expect(
      await page
        .locator('#overview .chip.pick:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-role'))),
    ).toEqual(['customer-service-director']);
    await page.fill('#search', '');
    expect(await page.innerText('#search-count')).toBe('');
    expect(await page.locator('#overview .chip.pick:visible').count()).toBe(12);
    expect(await page.locator('#matrix th.col:visible').count()).toBe(12);
    await page.fill('#search', '经理');
    expect(await page.innerText('#search-count')).toMatch(/^\d+ of 12 roles match$/);
    await page.click('#lang-toggle');
    expect(await page.innerText('#search-count')).toMatch(/^\d+ \/ 12 个岗位匹配$/);
    await finish(page, watch);
  });

  /** The content box of an A4 page with the print style's 12 mm margins, in CSS pixels (96 per inch). */
  const a4 = (wideMm: number, highMm: number) => ({
    width: Math.floor(((wideMm - 24) / 25.4) * 96),
    height: Math.floor(((highMm - 24) / 25.4) * 96),
  });

  // Landscape is what the page's @page rule asks for; portrait is what a reader gets who picks it in the print dialog.
  test.each([
    ['landscape', a4(297, 210)],
    ['portrait', a4(210, 297)],
  ])(
    'printed on A4 %s: nothing scrolls, every table and the graph fit the page width, in both languages',
    async (orientation, size) => {
      const { page, watch } = await open(shippedUrl);
      const { width } = size;
      await page.setViewportSize(size);
      await page.emulateMedia({ media: 'print' });
      const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
      expect(
        await page
          .locator('#matrix .scroll')
          .evaluate((e) => (globalThis as unknown as Styles).getComputedStyle(e).overflowX),
      ).toBe('visible');
      const matrix = await box('#matrix table.sim-matrix');
      const graph = await box('svg.ladder');
      console.log(
        `print (A4 ${orientation}, ${width} px wide): similarity matrix ${Math.round(matrix.width)} px, graph ${Math.round(graph.width)} px`,
      );
      expect(matrix.x).toBeGreaterThanOrEqual(0);
      expect(matrix.x + matrix.width).toBeLessThanOrEqual(width);
      // The graph is scaled to the page width, not left at its drawn size.
      expect(graph.x).toBeGreaterThanOrEqual(0);
      expect(graph.x + graph.width).toBeLessThanOrEqual(width);
      expect(graph.width).toBeGreaterThan(width - 20);
      const rightEdges = () =>
        page.locator('table').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().right));
      expect(Math.max(...(await rightEdges()))).toBeLessThanOrEqual(width);
      // The same in Chinese, whose matrix column headings stand upright.
      await page.emulateMedia({ media: 'screen' });
      await page.click('#lang-toggle');
      await page.emulateMedia({ media: 'print' });
      expect(Math.max(...(await rightEdges()))).toBeLessThanOrEqual(width);
      expect((await box('svg.ladder')).width).toBeGreaterThan(width - 20);
      await finish(page, watch);
    },
  );

  test('RACI findings: the activity with no A and the second A are outlined and numbered, the findings listed, in English and Chinese', async () => {
    const { page, watch } = await open(findingsUrl);
    const table = page.locator('table.raci[data-matrix="leave-requests"]');
    const outline = (selector: string) =>
      table.locator(selector).evaluate((e) => (globalThis as unknown as Styles).getComputedStyle(e).boxShadow);
    expect(
      await table
        .locator('.finding')
        .evaluateAll((els) =>
          els.map(
            (e) =>
              `${e.closest('tr')!.getAttribute('data-activity')} ${e.getAttribute('data-raci-role') ?? 'row'} ${e.querySelector('sup')!.textContent}`,
          ),
        ),
    ).toEqual(['record-request row [1]', 'approve-request clerk [2][3]']);
    expect(await outline('tr[data-activity="record-request"] th.activity')).toBe(
      'rgb(207, 34, 46) 0px 0px 0px 3px inset',
    );
    expect(await outline('tr[data-activity="approve-request"] td[data-raci-role="clerk"]')).toBe(
      'rgb(207, 34, 46) 0px 0px 0px 3px inset',
    );
    expect(await outline('tr[data-activity="approve-request"] td[data-raci-role="hostile"]')).toBe('none');
    expect(await table.locator('tr[data-activity="approve-request"] td[data-raci-role="clerk"]').innerText()).toBe(
      'A/R[2][3]',
    );
    const findings = page.locator('ol.findings[data-matrix="leave-requests"] > li');
    expect(await page.innerText('#raci h4')).toBe('Findings (3)');
    expect(await findings.allInnerTexts()).toEqual([
      'error RACI_NO_ACCOUNTABLE activities[0].assign Nobody is accountable (A) for "record-request".',
      'error RACI_ACCOUNTABLE_WITHOUT_AUTHORITY activities[1].assign.clerk "clerk" is accountable for "approve-request" but holds no permission over it graded decides or above.',
      'error RACI_MULTIPLE_ACCOUNTABLE activities[1].assign.clerk "approve-request" has 2 accountable roles (hostile, clerk); it needs exactly one.',
    ]);
    await page.click('#lang-toggle');
    expect(await page.innerText('#raci h3')).toBe('休假申请');
    expect(await page.innerText('#raci h4')).toBe('检查结果（3）');
    expect(await table.locator('tr[data-activity="record-request"] th.activity').innerText()).toBe('登记申请[1]');
    expect(await findings.allInnerTexts()).toEqual([
      '错误 RACI_NO_ACCOUNTABLE activities[0].assign 活动 "record-request" 没有负责批准的角色（A）。',
      '错误 RACI_ACCOUNTABLE_WITHOUT_AUTHORITY activities[1].assign.clerk "clerk" 对活动 "approve-request" 负责（A），但没有与之对应、等级达到“决定”的权限。',
      '错误 RACI_MULTIPLE_ACCOUNTABLE activities[1].assign.clerk 活动 "approve-request" 有 2 个 A（hostile、clerk），应当只有一个。',
    ]);
    await finish(page, watch);
  });

  test('a role title made of HTML shows as text and runs nothing', async () => {
    const { page, watch } = await open(hostileUrl);
    expect(await page.innerText('#overview .chip[data-role="hostile"]')).toBe(HOSTILE_TITLE);
    expect(await page.locator('svg.ladder g.node[data-role="hostile"] > title').textContent()).toBe(
      `${HOSTILE_TITLE} / ${HOSTILE_TITLE}`,
    );
    await page.selectOption('#pick-a', 'hostile');
    await page.selectOption('#pick-b', 'clerk');
    expect(await texts(page, '#compare-out thead th')).toEqual(['Dimension / Aspect', HOSTILE_TITLE, 'Clerk']);
    expect(await page.locator('#pick-a option:checked').innerText()).toBe(HOSTILE_TITLE);
    expect(await page.innerText('#raci h3')).toBe('Matrix <script>window.__pwned=3</script>');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img, u, b, em, i').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    await finish(page, watch);
  });

  test('two tracks side by side: their graph is drawn, nodes inside the picture, and a screenshot (docs/report-tracks.png)', async () => {
    const { page, watch } = await open(tracksUrl);
    await page.setViewportSize({ width: 1280, height: 1600 });
    expect(await page.locator('#overview h4').allInnerTexts()).toEqual([
      'Individual contributor track',
      'Management track',
    ]);
    const svg = page.locator('svg.ladder');
    const frame = (await svg.boundingBox())!;
    const staff = (await page.locator('svg.ladder g.node[data-role="staff-backend-engineer"] rect').boundingBox())!;
    const manager = (await page.locator('svg.ladder g.node[data-role="engineering-manager"] rect').boundingBox())!;
    expect(staff.y).toBe(manager.y); // one grade, one row
    for (const b of [staff, manager]) {
      expect(b.x).toBeGreaterThanOrEqual(frame.x);
      expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width);
    }
    expect(await page.locator('svg.ladder path.edge.dotted').count()).toBeGreaterThan(0);
    await page.selectOption('#pick-a', 'staff-backend-engineer');
    await page.selectOption('#pick-b', 'engineering-manager');
    await svg.scrollIntoViewIfNeeded();
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report-tracks.png');
    const png = await page.screenshot({ path: file, fullPage: false });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(file, join(ROOT, 'docs', 'report-tracks.png'));
    await finish(page, watch);
  });

  test('a screenshot is written as a test artefact (and to docs/report.png with UPDATE_SCREENSHOT=1)', async () => {
    const { page, watch } = await open(shippedUrl);
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
    await finish(page, watch);
  });

  test('in both languages every node title fits inside its box and the matrix column headings stand at full length', async () => {
    const { page, watch } = await open(shippedUrl);
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
            .map((t) => ({
              role: g.getAttribute('data-role'),
              text: t.textContent,
              box: (t as unknown as Drawn).getBBox(),
            }))
            .filter(
              ({ box }) =>
                box.x < r.x + 2 ||
                box.x + box.width > r.x + r.width - 2 ||
                box.y < r.y ||
                box.y + box.height > r.y + r.height,
            )
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
    expect(
      await page.locator('svg.ladder g.node[data-role="customer-service-representative"] text.t-en').allTextContents(),
    ).toEqual(['Customer Service', 'Representative']);
    await page.click('#lang-toggle');
    expect(await overflowing()).toEqual([]);
    // Nine characters stacked upright (项目管理办公室主任), not squeezed into one line's height.
    expect((await headings())[1]).toBeGreaterThan(9 * 14);
    expect(await page.locator('svg.ladder g.node[data-role="pmo-director"] text.t-zh').allTextContents()).toEqual([
      '项目管理办公室主任',
    ]);
    await finish(page, watch);
  });

  test('a pair the budget left out shows a note with the command, in English and Chinese; a kept pair shows its table', async () => {
    const ids = budgetData.roles.map((r) => r.id);
    const n = ids.length;
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b, k) => ({ a, b, index: pairIndex(i, i + 1 + k, n) })));
    const missing = pairs.find((p) => budgetData.pairs[p.index] === undefined)!;
    const kept = pairs.find((p) => budgetData.pairs[p.index] !== undefined)!;
    expect(budgetData.pairsIncluded).toBe(10);
    const { page, watch } = await open(budgetUrl);
    await page.selectOption('#pick-a', missing.a);
    await page.selectOption('#pick-b', missing.b);
    expect(await page.locator('#compare-out table').count()).toBe(0);
    const command = `rolematrix report ${missing.a} ${missing.b} --dir 'my roles/' --out ${missing.a}-${missing.b}.html`;
    expect(await texts(page, '#compare-out .pair-omitted p')).toEqual([
      'This report holds the comparisons of 10 of 66 pairs of roles (same job family first, then the most similar), not of these two. The similarity matrix still shows how similar they are.',
      'To compare these two roles, write a report with just them:',
    ]);
    expect(await page.innerText('#compare-out .pair-omitted pre.command code')).toBe(command);
    await page.click('#lang-toggle');
    expect(await texts(page, '#compare-out .pair-omitted p')).toEqual([
      '本报告只包含 66 对岗位中 10 对的对比（先同一岗位族，再按相似度从高到低），不含这两个岗位。相似度矩阵仍显示它们的相似度。',
      '要对比这两个岗位，请用以下命令生成只含它们的报告：',
    ]);
    expect(await page.innerText('#compare-out .pair-omitted pre.command code')).toBe(command);
    // A kept pair: the comparison table, no note.
    await page.selectOption('#pick-a', kept.a);
    await page.selectOption('#pick-b', kept.b);
    expect(await page.locator('#compare-out .pair-omitted').count()).toBe(0);
    expect(await page.locator('#compare-out table.compare-table tbody tr').count()).toBeGreaterThan(3);
    // The matrix cell of the left-out pair (picked the other way round) shows its percent and, clicked, the note.
    const cell = page.locator(`#matrix td[data-pair-a="${missing.b}"][data-pair-b="${missing.a}"] > button`);
    expect(await cell.innerText()).toMatch(/^\d+%$/);
    await cell.click();
    expect(await page.innerText('#compare-out .pair-omitted pre.command code')).toBe(
      `rolematrix report ${missing.b} ${missing.a} --dir 'my roles/' --out ${missing.b}-${missing.a}.html`,
    );
    await finish(page, watch);
  });
});
