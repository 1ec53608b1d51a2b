/**
 * The dashboard in a real Chromium against the real Node server (dist/, built by `npm run build`):
 * sign-in link, charts actually painted, filters, drill-down, inert hostile postmortem text,
 * keyboard-reachable rewrites, dismissing a finding, recurrence links, screenshots of every page at
 * 1280px and 390px over a realistic data set (test-results/screenshots).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.js';
import { startNodeServer } from '../../server/node.js';
import { isoWeekLabel } from '../../server/services/metrics/calendar.js';
import { createToken } from '../../server/services/tokens.js';
import { tempDatabaseUrl } from '../harness.js';
import { seedRealistic } from './seed.js';

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
  let paymentsMemberToken: string;
  const ids: Record<string, number> = {};
  let seeded: Record<string, number> = {};
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
    const running = await startNodeServer(
      parseConfig({ DATABASE_URL: db.url, PORT: '0', PULSE_DEMO: 'off', LOG_LEVEL: 'silent' }),
      { quiet: true, webRoot: join(ROOT, 'dist/web') },
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
    seeded = await seedRealistic(api);
    paymentsMemberToken = (
      await createToken(
        running.deps.db,
        { name: 'browser-member', role: 'member', teams: ['payments'] },
        'test',
      )
    ).secret;
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

  async function signedInPage(width = 1280, height = 900, token = adminToken): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => dialogs.push(`pageerror: ${e.message}`));
    await page.goto(`${server.url}/#/sign-in?token=${encodeURIComponent(token)}`);
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
    const total = (await api('/api/metrics/timeliness')).totals.incidents;
    expect(total).toBeGreaterThanOrEqual(30);
    expect(await incidents()).toBe(String(total));
    await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });
    await page
      .locator('[data-area="action-items"] .chart-box')
      .screenshot({ path: join(SHOTS, 'overview-follow-chart.png') });

    // Team filter: only search's incidents.
    await page.waitForSelector('#f-team option[value="search"]', { state: 'attached' });
    await page.selectOption('#f-team', 'search');
    await page.click('.filters button[type="submit"]');
    stamp = await loaded(page, stamp);
    expect(page.url()).toContain('team=search');
    expect(await incidents()).toBe(
      String((await api('/api/metrics/timeliness?team=search')).totals.incidents),
    );
    expect(await page.$$eval('[data-metric="team-comparison"]', (c) => c.length)).toBe(1);
    // Month buckets: the table has one row per month in the default range.
    await page.selectOption('#f-team', '');
    await page.selectOption('#f-bucket', 'month');
    await page.click('.filters button[type="submit"]');
    stamp = await loaded(page, stamp);
    // The untouched default range stays implicit: month buckets get the month default range.
    expect(page.url()).not.toContain('from=');
    expect(await incidents()).toBe(
      String((await api('/api/metrics/timeliness?bucket=month')).totals.incidents),
    );
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
    await page.click('.drill .drill-list a >> text="Checkout outage"');
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
    expect(await page.getAttribute('[data-area="action-items-list"] .items > li:first-child', 'class')).toBe(
      'overdue',
    );
    const vague = await page.$$eval('[data-area="action-items-list"] li:has(.flag-vague) .item-text', (els) =>
      els.map((e) => e.textContent),
    );
    expect(vague).toContain('Be more careful when deploying');
    // The certificate-expiry cause recurs in payments and platform: one cluster lists both teams' incidents.
    await page.waitForSelector('[data-area="recurring-report"] .cluster');
    const cert = await page.$$eval('[data-area="recurring-report"] .cluster', (els) =>
      els
        .map((e) => e.textContent ?? '')
        .filter((t) => t.includes('Public API down: TLS certificate expired')),
    );
    expect(cert).toHaveLength(1);
    expect(cert[0]).toContain('Internal load balancer certificate expired');
    expect(cert[0]).toContain('Checkout webhooks rejected after certificate expiry');
    expect(cert[0]).toContain('also seen in platform');
    expect(cert[0]).toContain('Automate certificate renewal with ACME');
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
  /** Heading levels in <main>, in document order: one h1 first, and no level skipped on the way down. */
  async function headingOrder(page: Page): Promise<number[]> {
    return page.$$eval('main :is(h1, h2, h3, h4, h5, h6)', (hs) => hs.map((h) => Number(h.tagName[1])));
  }
  function expectSaneHeadings(levels: number[]): void {
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]!, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
  }

  it('date fields show the resolved default range before the figures arrive', async () => {
    const page = await signedInPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/metrics/action-items*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/#/team/search`);
    await page.waitForSelector('#f-from');
    const early = { from: await page.inputValue('#f-from'), to: await page.inputValue('#f-to') };
    expect(await page.getAttribute('.metrics', 'data-loaded')).toBeNull();
    release();
    await loaded(page);
    const resolved = { from: await page.inputValue('#f-from'), to: await page.inputValue('#f-to') };
    expect(early.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(early).toEqual(resolved);
    const api12 = await api(
      `/api/metrics/action-items?team=search&tz=${encodeURIComponent(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone))}`,
    );
    expect(resolved).toEqual({ from: api12.query.from, to: api12.query.to });
    await page.close();
  });

  it('overlapping findings are one highlight listing every finding; the tooltip stays in view and off the next line', async () => {
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      const page = await signedInPage(width, height);
      await page.goto(`${server.url}/#/postmortems/${seeded['cert-2']}`);
      await page.waitForSelector('mark.finding');
      const stored = (await api(`/api/postmortems/${seeded['cert-2']}`)).blame.findings as {
        id: number;
        start: number;
        end: number;
        category: string;
      }[];
      const overlapping = stored.filter((f) =>
        stored.some((g) => g !== f && g.start < f.end && f.start < g.end),
      );
      expect(overlapping.length, 'the seed has overlapping findings').toBeGreaterThanOrEqual(2);
      const marks = await page.$$eval('mark.finding', (ms) =>
        ms.map((m) => m.getAttribute('data-finding')!.split(' ')),
      );
      const merged = marks.find((ids) => ids.length >= 2);
      expect(merged?.map(Number).sort()).toEqual(overlapping.map((f) => f.id).sort());
      await page.focus('mark.finding.multi');
      const geometry = await page.evaluate(() => {
        const mark = document.activeElement as HTMLElement;
        const tip = document.getElementById(mark.getAttribute('aria-describedby')!)!;
        const t = tip.getBoundingClientRect();
        const rects = [...mark.getClientRects()];
        return {
          display: getComputedStyle(tip).display,
          text: tip.textContent ?? '',
          tip: { top: t.top, bottom: t.bottom, left: t.left, right: t.right },
          markTop: rects[0]!.top,
          markBottom: rects.at(-1)!.bottom,
          vw: document.documentElement.clientWidth,
          vh: document.documentElement.clientHeight,
        };
      });
      expect(geometry.display).toBe('block');
      for (const f of overlapping) expect(geometry.text).toContain(f.category);
      expect(geometry.text.match(/Try:/g)?.length).toBe(overlapping.length);
      expect(geometry.tip.left).toBeGreaterThanOrEqual(0);
      expect(geometry.tip.right).toBeLessThanOrEqual(geometry.vw);
      expect(geometry.tip.top).toBeGreaterThanOrEqual(0);
      expect(geometry.tip.bottom).toBeLessThanOrEqual(geometry.vh);
      const clearOfMark = geometry.tip.bottom <= geometry.markTop || geometry.tip.top >= geometry.markBottom;
      expect(clearOfMark, JSON.stringify(geometry)).toBe(true);
      // Escape closes it; hovering shows it again.
      await page.keyboard.press('Escape');
      expect(await page.$$eval('.tip:not([hidden])', (t) => t.length)).toBe(0);
      await page.hover('mark.finding.multi');
      expect(await page.$$eval('.tip:not([hidden])', (t) => t.length)).toBe(1);
      await page.screenshot({
        path: join(SHOTS, width > 500 ? 'postmortem-overlap.png' : 'postmortem-phone.png'),
      });
      if (width < 500) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      expectSaneHeadings(await headingOrder(page));
      await page.close();
    }
  });

  it('dismissing a finding: inline form, CSRF header, gone at once and after reload', async () => {
    const page = await signedInPage();
    const sent: Record<string, string>[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/dismiss')) sent.push(r.headers());
    });
    const id = seeded['cert-1']!;
    await page.goto(`${server.url}/#/postmortems/${id}`);
    await page.waitForSelector('[data-area="findings"] li[data-finding]');
    const target = (await page.getAttribute('[data-area="findings"] li[data-finding]', 'data-finding'))!;
    const before = await page.$$eval('[data-area="findings"] li[data-finding]', (l) => l.length);
    const toggle = `button[data-dismiss="${target}"]`;
    expect(await page.getAttribute(toggle, 'aria-expanded')).toBe('false');
    await page.click(toggle);
    expect(await page.getAttribute(toggle, 'aria-expanded')).toBe('true');
    const form = `li[data-finding="${target}"] form.dismiss`;
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('reason');
    await page.fill(`${form} input[name="reason"]`, 'The sentence quotes the alert text; nobody is judged.');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(`li[data-finding="${target}"]`, { state: 'detached' });
    expect(await page.textContent('[data-area="findings"] [role="status"]')).toContain('Dismissed');
    expect(sent).toHaveLength(1);
    expect(sent[0]!['x-csrf-token']).toMatch(/.{16,}/);
    expect(await page.$$eval('[data-area="findings"] li[data-finding]', (l) => l.length)).toBe(before - 1);
    const marked = await page.$$eval('mark.finding', (ms) =>
      ms.flatMap((m) => m.getAttribute('data-finding')!.split(' ')),
    );
    expect(marked).not.toContain(target);
    await page.reload();
    await page.waitForSelector('[data-area="findings"] h2');
    await page.waitForFunction(() => !document.querySelector('.view.postmortem > p.muted:only-child'));
    expect(await page.$$(`li[data-finding="${target}"]`)).toHaveLength(0);
    const stored = await api(`/api/postmortems/${id}`);
    expect(stored.blame.findings.map((f: { id: number }) => String(f.id))).not.toContain(target);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('recurrence links both ways; earlier open follow-ups; restricted links without a link', async () => {
    const page = await signedInPage();
    await page.goto(`${server.url}/#/postmortems/${seeded['cert-3']}`);
    await page.waitForSelector('[data-area="recurrences"] h3');
    const rec = '[data-area="recurrences"]';
    expect(await page.textContent(rec)).toContain('Automate certificate renewal with ACME');
    expect(await page.textContent(`${rec} .prevent`)).toContain('might have prevented this');
    const linked = await page.$$eval(`${rec} a`, (as) => as.map((a) => a.textContent));
    expect(linked).toContain('Public API down: TLS certificate expired');
    expect(linked).toContain('Internal load balancer certificate expired');
    expectSaneHeadings(await headingOrder(page));
    await page.screenshot({ path: join(SHOTS, 'postmortem-recurrence.png'), fullPage: true });
    await page.goto(`${server.url}/#/postmortems/${seeded['cert-1']}`);
    await page.waitForFunction(() =>
      document.querySelector('[data-area="recurrences"]')?.textContent?.includes('Repeated later by'),
    );
    const later = await page.$$eval('[data-area="recurrences"] a', (as) => as.map((a) => a.textContent));
    expect(later).toEqual(
      expect.arrayContaining([
        'Internal load balancer certificate expired',
        'Checkout webhooks rejected after certificate expiry',
      ]),
    );
    await page.close();

    // A payments member sees the platform incident only as "an incident in team platform (no access)".
    const member = await signedInPage(390, 844, paymentsMemberToken);
    await member.goto(`${server.url}/#/postmortems/${seeded['cert-3']}`);
    await member.waitForSelector('[data-area="recurrences"] h3');
    const text = (await member.textContent(rec))!;
    expect(text).toContain('an incident in team platform (no access)');
    expect(text).not.toContain('Internal load balancer certificate expired');
    expect(text).not.toContain('Inventory every certificate');
    expect(await member.$$eval(`${rec} .restricted`, (r) => r.map((e) => e.closest('a')))).toEqual([null]);
    const overflow = await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await member.screenshot({ path: join(SHOTS, 'postmortem-member-phone.png'), fullPage: true });
    await member.close();
  });

  it('every page at 390px: no sideways scrolling, one h1, headings in order', async () => {
    const page = await signedInPage(390, 844);
    const pages: [string, string, () => Promise<unknown>][] = [
      ['team-phone', '#/team/payments', () => loaded(page)],
      ['lint-phone', '#/lint', () => page.waitForSelector('#draft')],
      [
        'postmortem-long-phone',
        `#/postmortems/${seeded.long}`,
        () => page.waitForSelector('[data-area="recurrences"] h3'),
      ],
    ];
    for (const [name, hash, ready] of pages) {
      await page.goto(`${server.url}/${hash}`);
      await ready();
      if (name === 'lint-phone') {
        await page.fill('#draft', 'The on-call engineer should have noticed the alert. It was human error.');
        await page.waitForSelector('.lint-score');
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      expectSaneHeadings(await headingOrder(page));
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }
    await page.goto(`${server.url}/#/`);
    await loaded(page);
    expectSaneHeadings(await headingOrder(page));
    await page.close();
  });
});
