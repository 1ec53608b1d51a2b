/**
 * The dashboard in a real Chromium against the real Node server (dist/, built by `npm run build`):
 * sign-in link, charts actually painted, filters, drill-down, inert hostile postmortem text,
 * keyboard-reachable rewrites, screenshots of every page (test-results/screenshots).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.js';
import { isoWeekLabel } from '../../server/services/metrics/calendar.js';
import { createToken } from '../../server/services/tokens.js';
import { tempDatabaseUrl } from '../harness.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const haveBrowser = existsSync(CHROMIUM);
const haveBuild = existsSync(join(ROOT, 'dist/node.js')) && existsSync(join(ROOT, 'dist/web/index.html'));

if (!haveBrowser && process.env.CI === 'true') {
  throw new Error(
    `Chromium is missing at ${CHROMIUM}: browser tests must run in CI (apt-get install chromium).`,
  );
}
if (!haveBrowser)
  console.warn(`SKIPPING browser tests: no Chromium at ${CHROMIUM} (install the Debian chromium package).`);

function daysAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

const XSS_TITLE = '<img src=x onerror="window.__pwned=1"> Cache outage';
const XSS_BODY = [
  '# Cache outage',
  '',
  '## Summary',
  '',
  'The cache fell over. <script>window.__pwned=2;alert(1)</script> <img src=x onerror="window.__pwned=3;alert(2)">',
  '',
  '## Root cause',
  '',
  'Bob should have checked the config before deploying. It was human error and the on-call engineer failed to notice.',
].join('\n');

describe.skipIf(!haveBrowser)('dashboard in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let cleanup: () => void;
  let adminToken: string;
  const ids: Record<string, number> = {};
  const dialogs: string[] = [];

  async function api(path: string, init: { method?: string; json?: unknown } = {}) {
    const res = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${adminToken}`,
        ...(init.json ? { 'content-type': 'application/json' } : {}),
      },
      ...(init.json ? { body: JSON.stringify(init.json) } : {}),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  }

  async function loaded(page: Page, previous?: string | null): Promise<string> {
    await page.waitForFunction((prev) => {
      const el = document.querySelector('.metrics');
      return el?.getAttribute('aria-busy') === 'false' && el.getAttribute('data-loaded') !== prev;
    }, previous ?? null);
    return (await page.getAttribute('.metrics', 'data-loaded'))!;
  }

  /** Non-transparent pixels per canvas: a chart that drew nothing has none. */
  async function paintedPixels(page: Page): Promise<Record<string, number>> {
    return page.$$eval('canvas', (canvases) =>
      Object.fromEntries(
        (canvases as HTMLCanvasElement[]).map((c) => {
          const ctx = c.getContext('2d')!;
          const data = ctx.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
          return [c.dataset.metric ?? '?', n];
        }),
      ),
    );
  }

  beforeAll(async () => {
    if (!haveBuild) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    mkdirSync(SHOTS, { recursive: true });
    const db = await tempDatabaseUrl();
    cleanup = db.cleanup;
    const { startNodeServer } = (await import(
      join(ROOT, 'dist/node.js')
    )) as typeof import('../../server/node.js');
    const running = await startNodeServer(
      parseConfig({ DATABASE_URL: db.url, PORT: '0', PULSE_DEMO: 'off', LOG_LEVEL: 'silent' }),
      { quiet: true },
    );
    server = running;
    adminToken = (
      await createToken(running.deps.db, { name: 'browser-admin', role: 'admin', teams: [] }, 'test')
    ).secret;

    const post = async (key: string, doc: Record<string, unknown>) => {
      ids[key] = (await api('/api/postmortems', { method: 'POST', json: doc })).postmortemId;
    };
    await post('checkout', {
      title: 'Checkout outage',
      occurredAt: daysAgo(10),
      severity: 'SEV1',
      team: 'payments',
      externalId: 'b-1',
      rootCauses: ['A connection pool limit was too low for the holiday traffic.'],
      actionItems: [
        { text: 'Raise the connection pool limit', owner: 'sam', status: 'open', due: daysAgo(3) },
        { text: 'Be more careful when deploying', status: 'open' },
        { text: 'Add a load test for checkout', owner: 'kim', status: 'open', due: daysAgo(-30) },
      ],
    });
    await post('retries', {
      title: 'Payment retries storm',
      occurredAt: daysAgo(40),
      severity: 'SEV2',
      team: 'payments',
      externalId: 'b-2',
      actionItems: [{ text: 'Cap retries per client', status: 'open', due: daysAgo(20) }],
    });
    await post('search', {
      title: 'Search index stale',
      occurredAt: daysAgo(25),
      severity: 'SEV3',
      team: 'search',
      externalId: 'b-3',
      actionItems: [{ text: 'Automate index rebuilds', status: 'open', due: daysAgo(-5) }],
    });
    await post('xss', {
      title: XSS_TITLE,
      occurredAt: daysAgo(60),
      severity: 'SEV2',
      team: 'payments',
      externalId: 'b-4',
      body: XSS_BODY,
    });
    const retries = await api(`/api/postmortems/${ids.retries}`);
    await api(`/api/action-items/${retries.actionItems[0].id}`, {
      method: 'PATCH',
      json: { status: 'done', completedOn: daysAgo(22) },
    });

    browser = await chromium.launch({
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
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanup?.();
  });

  async function signedInPage(width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => dialogs.push(`pageerror: ${e.message}`));
    await page.goto(`${server.url}/#/sign-in?token=${encodeURIComponent(adminToken)}`);
    await page.waitForFunction(() => location.hash === '#/');
    return page;
  }

  it('shows a sign-in form without a session', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('form.sign-in');
    expect(await page.textContent('h1')).toBe('Sign in');
    await page.close();
  });

  it('overview: four areas and the team comparison painted; filters change the figures; drill-down', async () => {
    const page = await signedInPage();
    let stamp = await loaded(page);
    const pixels = await paintedPixels(page);
    expect(Object.keys(pixels).sort()).toEqual([
      'action-items',
      'blame',
      'recurrence',
      'team-comparison',
      'timeliness',
    ]);
    for (const [metric, n] of Object.entries(pixels))
      expect(n, `${metric} canvas painted`).toBeGreaterThan(500);
    const incidents = () => page.textContent('[data-area="timeliness"] .stat:first-child .stat-value');
    expect(await incidents()).toBe('4');
    await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });

    // Team filter: only search's one incident.
    await page.waitForSelector('#f-team option[value="search"]', { state: 'attached' });
    await page.selectOption('#f-team', 'search');
    await page.click('.filters button[type="submit"]');
    stamp = await loaded(page, stamp);
    expect(page.url()).toContain('team=search');
    expect(await incidents()).toBe('1');
    expect(await page.$$eval('[data-metric="team-comparison"]', (c) => c.length)).toBe(1);
    // Month buckets: the table has one row per month in the default range.
    await page.selectOption('#f-team', '');
    await page.selectOption('#f-bucket', 'month');
    await page.click('.filters button[type="submit"]');
    stamp = await loaded(page, stamp);
    expect(await incidents()).toBe('4');
    const monthRows = await page.$$eval('[data-area="timeliness"] table.data tbody tr th', (ths) =>
      ths.map((t) => t.textContent),
    );
    expect(monthRows.every((r) => /^\d{4}-\d{2}/.test(r ?? ''))).toBe(true);

    // Drill-down from the table: the week holding the checkout outage lists exactly it.
    await page.goto(`${server.url}/#/?bucket=week`);
    stamp = await loaded(page, stamp);
    const label = isoWeekLabel(daysAgo(10));
    await page.click('[data-area="recurrence"] summary');
    await page.click(`[data-area="recurrence"] button[aria-label^="Incidents in ${label}:"]`);
    await page.waitForSelector('.drill .drill-list li');
    const titles = await page.$$eval('.drill .drill-list a', (as) => as.map((a) => a.textContent));
    const expected = (
      await api(
        `/api/metrics/recurrence/drill?figure=incidents&bucket=week&bucket_start=${(await api('/api/metrics/recurrence?bucket=week')).buckets.find((b: any) => b.label === label).start}`,
      )
    ).items.map((i: any) => i.title);
    expect(titles).toEqual(expected);
    expect(titles).toContain('Checkout outage');
    await page.click('.drill .drill-list a >> text=Checkout outage');
    await page.waitForFunction((id) => location.hash === `#/postmortems/${id}`, ids.checkout);
    await page.close();
  });

  it('overview at phone width (390px)', async () => {
    const page = await signedInPage(390, 844);
    await loaded(page);
    const pixels = await paintedPixels(page);
    expect(pixels['action-items']).toBeGreaterThan(500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'overview-phone.png'), fullPage: true });
    await page.close();
  });

  it('team page: charts, action items overdue first with quality flags, recurring report', async () => {
    const page = await signedInPage();
    await page.goto(`${server.url}/#/team/payments`);
    await loaded(page);
    const pixels = await paintedPixels(page);
    for (const metric of ['action-items', 'blame', 'recurrence', 'timeliness'])
      expect(pixels[metric], metric).toBeGreaterThan(500);
    await page.waitForSelector('[data-area="action-items-list"] .items li');
    const first = await page.textContent(
      '[data-area="action-items-list"] .items > li:first-child .item-text',
    );
    expect(['Raise the connection pool limit', 'Be more careful when deploying']).toContain(first);
    expect(await page.getAttribute('[data-area="action-items-list"] .items > li:first-child', 'class')).toBe(
      'overdue',
    );
    const vague = await page.$$eval('[data-area="action-items-list"] .flag-vague', (els) => els.length);
    expect(vague).toBe(1);
    await page.waitForSelector('[data-area="recurring-report"] :is(.empty, .cluster)');
    await page.screenshot({ path: join(SHOTS, 'team.png'), fullPage: true });
    await page.close();
  });

  it('postmortem page renders hostile text inert, as text; rewrites show on keyboard focus', async () => {
    const page = await signedInPage();
    await page.goto(`${server.url}/#/postmortems/${ids.xss}`);
    await page.waitForSelector('.view.postmortem h1');
    await page.waitForTimeout(300);
    expect(await page.textContent('.view.postmortem h1')).toBe(XSS_TITLE);
    const docText = await page.textContent('.doc');
    expect(docText).toContain('<script>window.__pwned=2;alert(1)</script>');
    expect(docText).toContain('<img src=x onerror="window.__pwned=3;alert(2)">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('main img, main script', (els) => els.length)).toBe(0);
    expect(dialogs).toEqual([]);
    const marks = await page.$$('mark.finding');
    if (marks.length) {
      await page.focus('mark.finding');
      const tip = await page.evaluate(() => {
        const mark = document.activeElement as HTMLElement;
        const tipEl = document.getElementById(mark.getAttribute('aria-describedby')!)!;
        return { display: getComputedStyle(tipEl).display, text: tipEl.textContent };
      });
      expect(tip.display).toBe('block');
      expect(tip.text).toContain('Try:');
    } else {
      console.warn(
        'The blame analysis found nothing in the hostile document; the focus check had nothing to focus.',
      );
    }
    await page.screenshot({ path: join(SHOTS, 'postmortem.png'), fullPage: true });
    await page.close();
  });

  it('lint page shows findings as you type', async () => {
    const page = await signedInPage();
    await page.goto(`${server.url}/#/lint`);
    await page.fill(
      '#draft',
      'The outage happened because Bob should have double-checked the config. It was human error.',
    );
    await page.waitForSelector('.lint-score', { timeout: 5000 });
    expect(await page.textContent('.lint-score')).toMatch(/Blame score \d+/);
    await page.screenshot({ path: join(SHOTS, 'lint.png'), fullPage: true });
    await page.close();
  });
});
