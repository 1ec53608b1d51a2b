/**
 * Renders a digest as an email: HTML built for mail clients (tables for layout, inline styles, bars
 * drawn with table cells, no images, no scripts, every piece of document text escaped) plus a plain
 * text part, and a subject that says what matters this week.
 */
import type { DigestContent, TeamGroup } from './content.js';

export interface RenderOptions {
  /** Dashboard base URL without a trailing slash. */
  baseUrl: string;
  /** Signed one-click unsubscribe link; omitted in previews. */
  unsubscribeUrl?: string | null;
}

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function formatRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  if (sy === ey && sm === em) return `${sd}–${ed} ${MONTHS[em - 1]} ${ey}`;
  if (sy === ey) return `${sd} ${MONTHS[sm - 1]} – ${ed} ${MONTHS[em - 1]} ${ey}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

function delta(now: number, before: number): string {
  if (now === before) return 'same as the week before';
  return `${now > before ? '+' : '−'}${Math.abs(now - before)} on the week before`;
}

export function digestSubject(c: DigestContent): string {
  const parts: string[] = [];
  if (c.repeats.length)
    parts.push(plural(c.repeats.length, 'repeat of an earlier cause', 'repeats of earlier causes'));
  if (c.overdueTotal) parts.push(plural(c.overdueTotal, 'follow-up overdue', 'follow-ups overdue'));
  if (parts.length < 2 && c.newPostmortems.length)
    parts.push(plural(c.newPostmortems.length, 'new postmortem', 'new postmortems'));
  if (parts.length < 2 && c.completedTotal)
    parts.push(plural(c.completedTotal, 'follow-up completed', 'follow-ups completed'));
  const what = parts.length ? parts.join(', ') : 'A quiet week';
  const prefix = c.scope.kind === 'teams' ? `${c.scopeLabel}: ` : '';
  return `${prefix}${what} — Pulse weekly, ${c.isoWeek}`;
}

interface Links {
  home: string;
  postmortem: (id: number) => string;
  team: (id: string) => string;
}

function linksFor(baseUrl: string): Links {
  return {
    home: `${baseUrl}/#/`,
    postmortem: (id) => `${baseUrl}/#/postmortems/${id}`,
    team: (id) => `${baseUrl}/#/team/${encodeURIComponent(id)}`,
  };
}

// ---- HTML ----------------------------------------------------------------------------------------

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const INK = '#1f2937';
const MUTED = '#4b5563';
const LINE = '#e5e7eb';
const ACCENT = '#3730a3';

function a(href: string, label: string, style = ''): string {
  return `<a href="${escapeHtml(href)}" style="color:${ACCENT};text-decoration:underline;${style}">${escapeHtml(label)}</a>`;
}

function bar(share: number, color: string): string {
  const pct = Math.max(0, Math.min(100, Math.round(share * 100)));
  const filled =
    pct > 0
      ? `<td width="${pct}%" style="background:${color};height:10px;line-height:10px;font-size:0;border-radius:5px 0 0 5px;">&nbsp;</td>`
      : '';
  const rest =
    pct < 100 ? `<td style="background:#eef0f3;height:10px;line-height:10px;font-size:0;">&nbsp;</td>` : '';
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>${filled}${rest}</tr></table>`;
}

function section(title: string, intro: string, body: string): string {
  return `<tr><td style="padding:24px 28px 4px 28px;border-top:1px solid ${LINE};">
<h2 style="margin:0 0 4px 0;font-size:17px;line-height:24px;color:${INK};font-weight:600;">${escapeHtml(title)}</h2>
${intro ? `<p style="margin:0 0 12px 0;font-size:14px;line-height:20px;color:${MUTED};">${intro}</p>` : ''}
${body}
</td></tr>`;
}

function stat(value: number, label: string, note: string, color: string): string {
  return `<td width="25%" valign="top" style="padding:12px 8px;text-align:center;">
<div style="font-size:28px;line-height:32px;font-weight:700;color:${color};">${value}</div>
<div style="font-size:13px;line-height:18px;color:${INK};font-weight:600;">${escapeHtml(label)}</div>
<div style="font-size:12px;line-height:16px;color:${MUTED};">${escapeHtml(note)}</div>
</td>`;
}

function moreLine(group: TeamGroup<unknown>, shown: number, href: string | null): string {
  const more = group.total - shown;
  if (more <= 0) return '';
  const label = `and ${more} more`;
  return `<div style="font-size:13px;line-height:18px;color:${MUTED};padding:2px 0 0 0;">${href ? a(href, label) : escapeHtml(label)}</div>`;
}

function renderHtml(
  c: DigestContent,
  links: Links,
  unsubscribeUrl: string | null | undefined,
  subject: string,
): string {
  const rows: string[] = [];
  const range = formatRange(c.week.start, c.week.end);

  rows.push(`<tr><td style="padding:28px 28px 8px 28px;">
<div style="font-size:12px;line-height:16px;letter-spacing:0.08em;text-transform:uppercase;color:${MUTED};font-weight:600;">Pulse weekly · ${escapeHtml(c.isoWeek)}</div>
<h1 style="margin:6px 0 4px 0;font-size:22px;line-height:28px;color:${INK};font-weight:700;">${escapeHtml(subject.replace(/ — Pulse weekly, .*$/, ''))}</h1>
<p style="margin:0;font-size:14px;line-height:20px;color:${MUTED};">${escapeHtml(range)} for ${escapeHtml(c.scopeLabel)}, compared with the week before.</p>
</td></tr>`);

  rows.push(`<tr><td style="padding:8px 20px 16px 20px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
${stat(c.newPostmortems.length, 'new postmortems', delta(c.newPostmortems.length, c.previousNewCount), INK)}
${stat(c.repeats.length, 'repeats of earlier causes', delta(c.repeats.length, c.previousRepeatCount), c.repeats.length ? '#b45309' : INK)}
${stat(c.overdueTotal, 'follow-ups overdue', `${c.overdueAtWeekStart} when the week began`, c.overdueTotal ? '#b91c1c' : INK)}
${stat(c.completedTotal, 'follow-ups completed', delta(c.completedTotal, c.previousCompletedTotal), c.completedTotal ? '#047857' : INK)}
</tr></table></td></tr>`);

  if (c.repeats.length) {
    const items = c.repeats
      .map((r) => {
        const earlier = r.earlier
          ? `repeats ${a(links.postmortem(r.earlier.id), r.earlier.title)}${r.earlier.date ? ` (${escapeHtml(formatDate(r.earlier.date))}${r.earlier.teamName ? `, ${escapeHtml(r.earlier.teamName)}` : ''})` : ''}`
          : 'repeats the cause of an earlier incident in another team';
        const others = r.otherEarlierCount
          ? `<div style="font-size:12px;line-height:17px;color:${MUTED};">and ${escapeHtml(plural(r.otherEarlierCount, 'more earlier incident', 'more earlier incidents'))} with this kind of cause</div>`
          : '';
        const open = r.openFollowUps.length
          ? `<div style="margin:6px 0 0 0;font-size:13px;line-height:18px;color:${INK};">Follow-ups of the earlier incident still open on this one's date:</div>
<ul style="margin:4px 0 0 0;padding:0 0 0 20px;font-size:13px;line-height:19px;color:${INK};">${r.openFollowUps
              .map(
                (f) =>
                  `<li>${escapeHtml(f.text)}${f.due ? ` <span style="color:${MUTED};">(due ${escapeHtml(formatDate(f.due))})</span>` : ''}</li>`,
              )
              .join('')}</ul>`
          : r.earlier
            ? `<div style="margin:6px 0 0 0;font-size:13px;line-height:18px;color:${MUTED};">No follow-up of the earlier incident was still open.</div>`
            : '';
        return `<tr><td style="padding:10px 12px;border-left:3px solid #f59e0b;background:#fffbeb;">
<div style="font-size:14px;line-height:20px;color:${INK};">${a(links.postmortem(r.postmortem.id), r.postmortem.title, 'font-weight:600;')}${r.postmortem.teamName ? ` <span style="color:${MUTED};">· ${escapeHtml(r.postmortem.teamName)}</span>` : ''}</div>
<div style="font-size:13px;line-height:19px;color:${INK};">${earlier}</div>${others}${open}
</td></tr><tr><td style="height:8px;font-size:0;line-height:0;">&nbsp;</td></tr>`;
      })
      .join('');
    rows.push(
      section(
        'Repeats of earlier causes',
        'New incidents whose cause matches an earlier one: the clearest sign a follow-up mattered.',
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${items}</table>`,
      ),
    );
  }

  if (c.overdue.length) {
    const most = Math.max(...c.overdue.map((g) => g.total));
    const groups = c.overdue
      .map((g) => {
        const teamLink = g.teamId ? links.team(g.teamId) : null;
        const items = g.items
          .map(
            (
              i,
            ) => `<tr><td style="padding:6px 0;border-bottom:1px solid ${LINE};font-size:14px;line-height:20px;color:${INK};">${escapeHtml(i.text)}
<div style="font-size:12px;line-height:17px;color:${MUTED};">${escapeHtml(`${plural(i.daysOverdue, 'day', 'days')} overdue · due ${formatDate(i.due)} · from `)}${a(links.postmortem(i.postmortemId), i.postmortemTitle)}</div></td></tr>`,
          )
          .join('');
        return `<div style="margin:10px 0 2px 0;font-size:14px;line-height:20px;font-weight:600;color:${INK};">${teamLink ? a(teamLink, g.teamName, `color:${INK};`) : escapeHtml(g.teamName)} <span style="font-weight:400;color:${MUTED};">· ${g.total} overdue</span></div>
${c.overdue.length > 1 ? `<div style="padding:0 0 4px 0;">${bar(g.total / most, '#f87171')}</div>` : ''}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${items}</table>${moreLine(g, g.items.length, teamLink)}`;
      })
      .join('');
    rows.push(
      section(
        'Overdue follow-ups',
        c.overdue.length > 1
          ? 'By team, the team with the oldest first; the bar is each team’s count.'
          : 'Oldest first.',
        groups,
      ),
    );
  }

  if (c.completed.length) {
    const max = Math.max(...c.completed.map((g) => g.total));
    const lines = c.completed
      .map(
        (
          g,
        ) => `<tr><td width="34%" style="padding:5px 8px 5px 0;font-size:14px;line-height:20px;color:${INK};">${g.teamId ? a(links.team(g.teamId), g.teamName, `color:${INK};`) : escapeHtml(g.teamName)}</td>
<td style="padding:5px 8px 5px 0;">${bar(g.total / max, '#10b981')}</td>
<td width="12%" style="padding:5px 0;font-size:14px;line-height:20px;color:${INK};text-align:right;font-weight:600;">${g.total}</td></tr>`,
      )
      .join('');
    const names = c.completed.map((g) => g.teamName);
    const thanks = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    rows.push(
      section(
        'Follow-ups completed',
        `Thank you, ${escapeHtml(thanks)}: ${escapeHtml(plural(c.completedTotal, 'follow-up', 'follow-ups'))} closed this week (${escapeHtml(String(c.previousCompletedTotal))} the week before).`,
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${lines}</table>`,
      ),
    );
  }

  const b = c.blame;
  const blameRow = (label: string, w: typeof b.thisWeek, color: string) => `<tr>
<td width="34%" style="padding:5px 8px 5px 0;font-size:14px;line-height:20px;color:${INK};">${escapeHtml(label)}</td>
<td style="padding:5px 8px 5px 0;">${bar(w.share ?? 0, color)}</td>
<td width="28%" style="padding:5px 0;font-size:13px;line-height:20px;color:${INK};text-align:right;">${escapeHtml(`${percent(w.share)} of ${w.postmortems}`)}${w.medianScore !== null ? ` · median ${escapeHtml(String(w.medianScore))}` : ''}</td></tr>`;
  const example = b.example
    ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:12px 0 0 0;">
<tr><td style="padding:10px 12px;background:#fef2f2;border-left:3px solid #ef4444;font-size:14px;line-height:20px;color:${INK};">
<div style="font-size:12px;line-height:16px;color:${MUTED};text-transform:uppercase;letter-spacing:0.05em;">Found this week</div>“${escapeHtml(b.example.text)}”</td></tr>
<tr><td style="height:6px;font-size:0;line-height:0;">&nbsp;</td></tr>
<tr><td style="padding:10px 12px;background:#ecfdf5;border-left:3px solid #10b981;font-size:14px;line-height:20px;color:${INK};">
<div style="font-size:12px;line-height:16px;color:${MUTED};text-transform:uppercase;letter-spacing:0.05em;">A blameless way to say it</div>${escapeHtml(b.example.suggestion)}</td></tr>
<tr><td style="padding:4px 0 0 0;font-size:12px;line-height:17px;color:${MUTED};">From ${a(links.postmortem(b.example.postmortemId), b.example.postmortemTitle)}; names redacted.</td></tr></table>`
    : '';
  rows.push(
    section(
      'Blame-oriented language',
      'Share of new postmortems with at least one finding, and their median blame score (0 = none).',
      `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${blameRow('This week', b.thisWeek, '#ef4444')}${blameRow('Week before', b.lastWeek, '#9ca3af')}</table>${example}`,
    ),
  );

  if (c.newPostmortems.length) {
    const items = c.newPostmortems
      .map(
        (
          p,
        ) => `<tr><td style="padding:6px 0;border-bottom:1px solid ${LINE};font-size:14px;line-height:20px;color:${INK};">${a(links.postmortem(p.id), p.title)}
<div style="font-size:12px;line-height:17px;color:${MUTED};">${escapeHtml([p.date ? formatDate(p.date) : null, p.teamName, p.severity].filter(Boolean).join(' · '))}</div></td></tr>`,
      )
      .join('');
    rows.push(
      section(
        'New postmortems',
        '',
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${items}</table>`,
      ),
    );
  }

  const teamLinks = c.scopeTeams.map((t) => a(links.team(t.id), `${t.name}: team page`)).join(' · ');
  rows.push(`<tr><td style="padding:24px 28px 28px 28px;border-top:1px solid ${LINE};">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:${ACCENT};border-radius:6px;">
<a href="${escapeHtml(links.home)}" style="display:inline-block;padding:10px 18px;font-size:14px;line-height:20px;color:#ffffff;text-decoration:none;font-weight:600;">Open the dashboard</a></td></tr></table>
${teamLinks ? `<p style="margin:12px 0 0 0;font-size:13px;line-height:19px;color:${MUTED};">${teamLinks}</p>` : ''}
</td></tr>`);

  const footer = `<p style="margin:16px 0 0 0;font-size:12px;line-height:18px;color:${MUTED};text-align:center;">Postmortem Pulse counts by team and organisation, never by person.${
    unsubscribeUrl ? `<br>${a(unsubscribeUrl, 'Unsubscribe from this digest', `color:${MUTED};`)}` : ''
  }</p>`;

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:${FONT};color:${INK};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background:#ffffff;border:1px solid ${LINE};border-radius:8px;font-family:${FONT};">
${rows.join('\n')}
</table>
${footer}
</td></tr></table>
</body></html>`;
}

// ---- plain text ----------------------------------------------------------------------------------

function renderText(
  c: DigestContent,
  links: Links,
  unsubscribeUrl: string | null | undefined,
  subject: string,
): string {
  const out: string[] = [];
  out.push(
    subject,
    '',
    `${formatRange(c.week.start, c.week.end)} for ${c.scopeLabel}, compared with the week before.`,
    '',
  );
  out.push(
    `New postmortems: ${c.newPostmortems.length} (${delta(c.newPostmortems.length, c.previousNewCount)})`,
  );
  out.push(
    `Repeats of earlier causes: ${c.repeats.length} (${delta(c.repeats.length, c.previousRepeatCount)})`,
  );
  out.push(`Follow-ups overdue: ${c.overdueTotal} (${c.overdueAtWeekStart} when the week began)`);
  out.push(
    `Follow-ups completed: ${c.completedTotal} (${delta(c.completedTotal, c.previousCompletedTotal)})`,
    '',
  );

  if (c.repeats.length) {
    out.push('REPEATS OF EARLIER CAUSES', '');
    for (const r of c.repeats) {
      out.push(
        `* ${r.postmortem.title}${r.postmortem.teamName ? ` (${r.postmortem.teamName})` : ''}`,
        `  ${links.postmortem(r.postmortem.id)}`,
      );
      if (r.earlier) {
        out.push(
          `  repeats: ${r.earlier.title}${r.earlier.date ? ` (${formatDate(r.earlier.date)})` : ''}`,
          `  ${links.postmortem(r.earlier.id)}`,
        );
        if (r.openFollowUps.length) {
          out.push("  Follow-ups of the earlier incident still open on this one's date:");
          for (const f of r.openFollowUps)
            out.push(`    - ${f.text}${f.due ? ` (due ${formatDate(f.due)})` : ''}`);
        }
      } else {
        out.push('  repeats the cause of an earlier incident in another team');
      }
      if (r.otherEarlierCount)
        out.push(
          `  and ${plural(r.otherEarlierCount, 'more earlier incident', 'more earlier incidents')} with this kind of cause`,
        );
      out.push('');
    }
  }

  if (c.overdue.length) {
    out.push('OVERDUE FOLLOW-UPS (oldest first, by team)', '');
    for (const g of c.overdue) {
      out.push(`${g.teamName} (${g.total} overdue)${g.teamId ? ` ${links.team(g.teamId)}` : ''}`);
      for (const i of g.items) {
        out.push(
          `  - ${i.text}`,
          `    ${plural(i.daysOverdue, 'day', 'days')} overdue, due ${formatDate(i.due)}, from "${i.postmortemTitle}" ${links.postmortem(i.postmortemId)}`,
        );
      }
      if (g.total > g.items.length) out.push(`  and ${g.total - g.items.length} more`);
      out.push('');
    }
  }

  if (c.completed.length) {
    out.push('FOLLOW-UPS COMPLETED', '');
    for (const g of c.completed)
      out.push(`  Thank you, ${g.teamName}: ${plural(g.total, 'follow-up', 'follow-ups')} closed.`);
    out.push(`  (${c.previousCompletedTotal} the week before)`, '');
  }

  const b = c.blame;
  out.push('BLAME-ORIENTED LANGUAGE', '');
  const line = (label: string, w: typeof b.thisWeek) =>
    `  ${label}: ${percent(w.share)} of ${w.postmortems} new postmortems with findings${w.medianScore !== null ? `, median score ${w.medianScore}` : ''}`;
  out.push(line('This week', b.thisWeek), line('Week before', b.lastWeek));
  if (b.example) {
    out.push(
      '',
      `  Found this week: "${b.example.text}"`,
      `  A blameless way to say it: ${b.example.suggestion}`,
      `  From "${b.example.postmortemTitle}" ${links.postmortem(b.example.postmortemId)} (names redacted)`,
    );
  }
  out.push('');

  if (c.newPostmortems.length) {
    out.push('NEW POSTMORTEMS', '');
    for (const p of c.newPostmortems) {
      out.push(
        `* ${p.title} (${[p.date ? formatDate(p.date) : null, p.teamName, p.severity].filter(Boolean).join(', ')})`,
        `  ${links.postmortem(p.id)}`,
      );
    }
    out.push('');
  }

  out.push(`Dashboard: ${links.home}`);
  for (const t of c.scopeTeams) out.push(`${t.name}: ${links.team(t.id)}`);
  out.push('', 'Postmortem Pulse counts by team and organisation, never by person.');
  if (unsubscribeUrl) out.push(`Unsubscribe: ${unsubscribeUrl}`);
  return `${out.join('\n')}\n`;
}

export function renderDigest(content: DigestContent, options: RenderOptions): RenderedDigest {
  const links = linksFor(options.baseUrl);
  const subject = digestSubject(content);
  return {
    subject,
    html: renderHtml(content, links, options.unsubscribeUrl, subject),
    text: renderText(content, links, options.unsubscribeUrl, subject),
  };
}
