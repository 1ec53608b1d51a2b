/**
 * The organisation digest of the demo organisation, rendered in headless Chromium and saved as
 * test-results/digest.png for a person to look at. Also checks what a mail client would care about:
 * no network requests, and a readable width.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { loadDemoOrganisation } from '../../server/services/demo.js';
import { buildDigestContent } from '../../server/services/digest/content.js';
import { renderDigest } from '../../server/services/digest/render.js';
import { lastCompleteWeek } from '../../server/services/digest/schedule.js';
import { createTestApp } from '../harness.js';
import { NOW, seedOrganisation, WEEK } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';

it.skipIf(!existsSync(CHROMIUM))(
  'renders the demo organisation’s digest readably, with no external requests',
  async () => {
    const t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, () => NOW);
    try {
      const loaded = await loadDemoOrganisation(
        {
          db: t.db,
          maxDocumentBytes: t.config.MAX_DOCUMENT_BYTES,
          recurrenceWindowDays: t.config.RECURRENCE_WINDOW_DAYS,
        },
        { today: NOW },
      );
      expect(loaded.postmortems).toBeGreaterThan(100);
      const isoWeek = lastCompleteWeek(NOW);
      const content = await buildDigestContent(t.db, {
        isoWeek,
        scope: { kind: 'org' },
        now: NOW,
        slo: { sev12: 28, other: 56 },
      });
      const rendered = renderDigest(content, {
        baseUrl: 'https://pulse.example.com',
        unsubscribeUrl: 'https://pulse.example.com/api/digest/unsubscribe?s=1&sig=0',
      });
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/digest.html', rendered.html);
      writeFileSync('test-results/digest.txt', rendered.text);

      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox'],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.setContent(rendered.html, { waitUntil: 'load' });
        const cardWidth = await page.evaluate(
          () => (document.querySelector('table table') as HTMLElement).getBoundingClientRect().width,
        );
        expect(cardWidth).toBeLessThanOrEqual(640);
        expect(cardWidth).toBeGreaterThan(500);
        await page.screenshot({ path: 'test-results/digest.png', fullPage: true });
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
      // The demo week has something to say in every section the screenshot is meant to show.
      expect(content.newPostmortems.length).toBeGreaterThan(0);
      expect(rendered.subject).toMatch(/— Pulse weekly, 2026-W47$/);
    } finally {
      t.close();
    }
  },
  180_000,
);

it.skipIf(!existsSync(CHROMIUM))(
  'renders a team digest with a repeat, overdue items, thanks and a redacted blame example',
  async () => {
    const t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, () => NOW);
    try {
      await seedOrganisation(t);
      const content = await buildDigestContent(t.db, {
        isoWeek: WEEK,
        scope: { kind: 'teams', teams: ['payments'] },
        now: NOW,
        slo: { sev12: 28, other: 56 },
      });
      const rendered = renderDigest(content, {
        baseUrl: 'https://pulse.example.com',
        unsubscribeUrl: 'https://pulse.example.com/api/digest/unsubscribe?s=1&sig=0',
      });
      mkdirSync('test-results', { recursive: true });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox'],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
        await page.setContent(rendered.html, { waitUntil: 'load' });
        // innerText on purpose: the labels are upper-cased by CSS, as a reader sees them.
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what is checked
        const visible = await page.evaluate(() => document.body.innerText);
        expect(visible).toContain('If [name] had renewed the certificate');
        expect(visible).toContain('A BLAMELESS WAY TO SAY IT');
        expect(visible).toContain('Thank you, payments');
        await page.screenshot({ path: 'test-results/digest-team.png', fullPage: true });
      } finally {
        await browser.close();
      }
    } finally {
      t.close();
    }
  },
  60_000,
);
