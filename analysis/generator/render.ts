/**
 * Writes a generated incident up as a markdown postmortem in one of several house styles: the Google
 * SRE book layout, Atlassian's incident template, a DFDS-like layout and a GitHub issue with a task
 * list. Every document opens with YAML front matter carrying its identity (id + source) so that a
 * re-import updates rather than duplicates.
 */
import {
  BLAMEFUL_LESSONS,
  BLAMELESS_LESSONS_LUCKY,
  BLAMELESS_LESSONS_WENT_WELL,
  BLAMELESS_LESSONS_WENT_WRONG,
} from './catalogue.js';
import type { GeneratedActionItem, GeneratedIncident } from './model.js';

const hhmm = (iso: string) => iso.slice(11, 16);

function frontMatter(incident: GeneratedIncident): string {
  return [
    '---',
    `id: ${incident.id}`,
    `source: ${incident.source}`,
    `title: ${JSON.stringify(incident.title)}`,
    `date: ${incident.occurredOn}`,
    `severity: ${incident.severity}`,
    `team: ${incident.teamName}`,
    `services: [${incident.services.join(', ')}]`,
    '---',
    '',
  ].join('\n');
}

function timelineEntries(incident: GeneratedIncident): Array<[string, string]> {
  const entries: Array<[string, string]> = [
    [hhmm(incident.startedAt), incident.triggerText],
    [hhmm(incident.detectedAt), incident.detection],
    [hhmm(incident.detectedAt), 'Incident declared; an incident commander took the lead.'],
    [hhmm(incident.resolvedAt), incident.resolution],
  ];
  return entries;
}

/** Rendering draws no randomness: choices come from the incident's index so the model alone fixes the text. */
function lessons(incident: GeneratedIncident): { wentWell: string[]; wentWrong: string[] } {
  const i = incident.index;
  const well = BLAMELESS_LESSONS_WENT_WELL;
  const wrong = BLAMELESS_LESSONS_WENT_WRONG;
  return {
    wentWell: [well[i % well.length]!, well[(i + 1) % well.length]!],
    wentWrong: [wrong[(i * 7) % wrong.length]!],
  };
}

function blamefulLesson(incident: GeneratedIncident): string[] {
  if (!incident.blameful || !incident.blamedPerson) return [];
  return [
    BLAMEFUL_LESSONS[incident.index % BLAMEFUL_LESSONS.length]!.replace('{person}', incident.blamedPerson),
  ];
}

function cell(text: string): string {
  return text.replace(/\|/g, '/');
}

const GOOGLE_STATUS: Record<GeneratedActionItem['status'], string> = {
  done: ' **DONE**',
  open: ' **TODO**',
  'wont-do': " **WON'T DO**",
  unknown: '',
};

function googleSre(incident: GeneratedIncident): string {
  const { wentWell, wentWrong } = lessons(incident);
  const lucky = BLAMELESS_LESSONS_LUCKY[incident.index % BLAMELESS_LESSONS_LUCKY.length]!;
  const rows = incident.actionItems.map((item) => {
    const bug = `${item.ticket ?? ''}${GOOGLE_STATUS[item.status]}`.trim() || 'n/a';
    return `| ${cell(item.text)} | ${item.kind ?? ''} | ${item.owner ?? ''} | ${bug} |`;
  });
  return [
    `# ${incident.title}`,
    '',
    `**Date:** ${incident.occurredOn}`,
    '',
    `**Authors:** ${incident.authors.join(', ')}`,
    '',
    '**Status:** Complete, action items in progress',
    '',
    `**Summary:** ${incident.summary}`,
    '',
    `**Impact:** ${incident.impact}`,
    '',
    `**Root Causes:** ${incident.rootCause}`,
    '',
    `**Trigger:** ${incident.triggerText}`,
    '',
    `**Resolution:** ${incident.resolution}`,
    '',
    `**Detection:** ${incident.detection}`,
    '',
    '## Action Items',
    '',
    '| Action Item | Type | Owner | Bug |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Lessons Learned',
    '',
    '### What went well',
    '',
    ...wentWell.map((l) => `- ${l}`),
    '',
    '### What went wrong',
    '',
    ...[...wentWrong, ...incident.contributing, ...blamefulLesson(incident)].map((l) => `- ${l}`),
    '',
    '### Where we got lucky',
    '',
    `- ${lucky}`,
    '',
    '## Timeline',
    '',
    `${incident.occurredOn} (all times UTC)`,
    '',
    ...timelineEntries(incident).map(([time, event]) => `- ${time} ${event}`),
    '',
  ].join('\n');
}

function annotations(item: GeneratedActionItem): string {
  const parts: string[] = [];
  if (item.owner) parts.push(`owner: @${item.owner}`);
  if (item.due) parts.push(`due: ${item.due}`);
  if (item.ticket) parts.push(`ticket: ${item.ticket}`);
  if (item.status === 'done') parts.push('status: done');
  if (item.status === 'open') parts.push('status: in progress');
  if (item.status === 'wont-do') parts.push("status: won't do");
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function atlassian(incident: GeneratedIncident): string {
  const whys = [
    `Why did customers see errors? ${incident.impact}`,
    `Why did that happen? ${incident.rootCause}`,
    `Why was it possible? ${incident.contributing[0] ?? 'Nothing prevented it.'}`,
    `Why did it start then? ${incident.triggerText}`,
  ];
  return [
    `# Incident: ${incident.title}`,
    '',
    '## Incident summary',
    '',
    incident.summary,
    '',
    '## Leadup',
    '',
    incident.triggerText,
    '',
    '## Fault',
    '',
    incident.rootCause,
    '',
    '## Impact',
    '',
    `${incident.impact} Severity ${incident.severity}.`,
    '',
    '## Detection',
    '',
    `${incident.detection} Time to detect: ${incident.timeToDetectMinutes} minutes.`,
    '',
    '## Response',
    '',
    'The on-call engineer acknowledged the page and opened an incident channel.',
    '',
    '## Recovery',
    '',
    incident.resolution,
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event |',
    '|---|---|',
    ...timelineEntries(incident).map(
      ([time, event]) => `| ${incident.occurredOn} ${time} | ${cell(event)} |`,
    ),
    '',
    '## Five whys',
    '',
    ...whys.map((why, i) => `${i + 1}. ${why}`),
    '',
    '## Root cause',
    '',
    incident.rootCause,
    '',
    '## Contributing factors',
    '',
    ...incident.contributing.map((c) => `- ${c}`),
    ...blamefulLesson(incident).map((c) => `- ${c}`),
    '',
    '## Corrective actions',
    '',
    ...incident.actionItems.map((item) => `- ${item.text}${annotations(item)}`),
    '',
  ].join('\n');
}

const DFDS_STATUS: Record<GeneratedActionItem['status'], string> = {
  done: 'Done',
  open: 'In progress',
  'wont-do': "Won't do",
  unknown: '',
};

function dfds(incident: GeneratedIncident): string {
  const { wentWell, wentWrong } = lessons(incident);
  return [
    `# ${incident.title}`,
    '',
    '## Summary',
    '',
    incident.summary,
    '',
    '## Timeline',
    '',
    ...timelineEntries(incident).map(([time, event]) => `- **${incident.occurredOn} ${time} UTC**: ${event}`),
    '',
    '## Contributing Factors',
    '',
    `- ${incident.rootCause}`,
    ...incident.contributing.map((c) => `- ${c}`),
    '',
    '## Lessons Learned',
    '',
    ...[...wentWell, ...wentWrong, ...blamefulLesson(incident)].map((l) => `- ${l}`),
    '',
    '## Action Items',
    '',
    '| Action | Owner | Due date | Status |',
    '|---|---|---|---|',
    ...incident.actionItems.map(
      (item) =>
        `| ${cell(item.text)}${item.ticket ? ` (${item.ticket})` : ''} | ${item.owner ?? ''} | ${item.due ?? ''} | ${DFDS_STATUS[item.status]} |`,
    ),
    '',
    '## Stats',
    '',
    `- Severity: ${incident.severity}`,
    `- Time to detect: ${incident.timeToDetectMinutes} minutes`,
    `- Time to resolve: ${incident.timeToRecoverMinutes} minutes`,
    '',
  ].join('\n');
}

function githubIssue(incident: GeneratedIncident): string {
  const task = (item: GeneratedActionItem) => {
    const box = item.status === 'done' ? '[x]' : '[ ]';
    const extras = [
      item.owner ? `@${item.owner}` : '',
      item.due ? `due ${item.due}` : '',
      item.ticket ?? '',
      item.status === 'wont-do' ? "won't do" : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `- ${box} ${item.text}${extras ? ` (${extras})` : ''}`;
  };
  return [
    `# ${incident.title}`,
    '',
    `Severity: ${incident.severity} · Services: ${incident.services.join(', ')} · Started ${incident.startedAt}`,
    '',
    '### What happened',
    '',
    incident.summary,
    '',
    '### Root cause',
    '',
    incident.rootCause,
    '',
    '### Trigger',
    '',
    incident.triggerText,
    '',
    '### Contributing factors',
    '',
    ...[...incident.contributing, ...blamefulLesson(incident)].map((c) => `- ${c}`),
    '',
    '### How we fixed it',
    '',
    `${incident.resolution} Recovered after ${incident.timeToRecoverMinutes} minutes.`,
    '',
    '### Follow-up',
    '',
    ...incident.actionItems.map(task),
    '',
  ].join('\n');
}

const RENDERERS = { 'google-sre': googleSre, atlassian, dfds, 'github-issue': githubIssue } as const;

export function renderIncident(incident: GeneratedIncident): string {
  return frontMatter(incident) + RENDERERS[incident.style](incident);
}
