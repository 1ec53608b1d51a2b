/**
 * One invented incident as structured facts (the ground truth), before it is written up in a template.
 * Each incident is derived from (seed, index) alone, so documents can be streamed or produced in parallel.
 */
import {
  BLAMEFUL_ROOT_CAUSES,
  CAREFUL_ACTIONS,
  DEPENDENCIES,
  FAILURE_MODES,
  type FailureMode,
  FIRST_NAMES,
  HANDLES,
  RESOLUTIONS,
  TEAMS,
  type TeamSpec,
  TRIGGER_MIX,
  TRIGGER_PHRASES,
  type TriggerKind,
  VAGUE_ACTIONS,
} from './catalogue.js';
import { chance, deriveSeed, intBetween, mulberry32, pick, type Random, sample, weighted } from './random.js';

export type TemplateStyle = 'google-sre' | 'atlassian' | 'dfds' | 'github-issue';
export type GeneratedStatus = 'open' | 'done' | 'wont-do' | 'unknown';
export type GeneratedSeverity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';

export interface GeneratedActionItem {
  text: string;
  owner: string | null;
  status: GeneratedStatus;
  /** YYYY-MM-DD or null; only some templates can carry one. */
  due: string | null;
  ticket: string | null;
  /** Google SRE "Type" column. */
  kind: string | null;
  /** "Be more careful"-style items nobody can check off. */
  vague: boolean;
}

export interface GeneratedIncident {
  index: number;
  id: string;
  source: string;
  style: TemplateStyle;
  teamId: string;
  teamName: string;
  services: string[];
  dependency: string;
  title: string;
  /** YYYY-MM-DD */
  occurredOn: string;
  publishedOn: string;
  /** ISO timestamps (UTC). */
  startedAt: string;
  detectedAt: string;
  resolvedAt: string;
  timeToDetectMinutes: number;
  timeToRecoverMinutes: number;
  severity: GeneratedSeverity;
  trigger: TriggerKind;
  triggerText: string;
  /** The recurring mechanism (FAILURE_MODES key): ground truth for recurrence detection. */
  failureMode: string;
  rootCause: string;
  contributing: string[];
  summary: string;
  impact: string;
  detection: string;
  resolution: string;
  blameful: boolean;
  /** The person a blameful document names (null when blameless). */
  blamedPerson: string | null;
  authors: string[];
  actionItems: GeneratedActionItem[];
}

export interface IncidentOptions {
  seed: number;
  /** Total number of incidents; dates spread evenly (with jitter) over the period. */
  count: number;
  /** Last day of the period, YYYY-MM-DD. */
  endDate: string;
  months: number;
  /** Mean number of action items per postmortem. */
  actionItemsPerPostmortem: number;
  /** Front-matter source and id prefix. */
  source: string;
  /** Share of blameful documents. */
  blamefulShare: number;
}

const DAY_MS = 86_400_000;
const STYLE_MIX: readonly (readonly [TemplateStyle, number])[] = [
  ['google-sre', 30],
  ['atlassian', 25],
  ['dfds', 25],
  ['github-issue', 20],
];
const SEVERITY_MIX: readonly (readonly [GeneratedSeverity, number])[] = [
  ['SEV1', 8],
  ['SEV2', 22],
  ['SEV3', 45],
  ['SEV4', 25],
];
// Some teams run more of the shared surface and so write more postmortems.
const TEAM_WEIGHT: Record<string, number> = {
  platform: 18,
  payments: 16,
  search: 12,
  identity: 12,
  mobile: 11,
  data: 11,
  growth: 9,
  fulfilment: 11,
};
const ACTION_KINDS = ['prevent', 'mitigate', 'detect', 'process', 'investigate'];

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayMs(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return ms;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function modesFor(trigger: TriggerKind): FailureMode[] {
  return FAILURE_MODES.filter((m) => m.triggers.includes(trigger));
}

/** Probability an item is done by `endDate`: older incidents have had more time. */
function doneProbability(ageDays: number, vague: boolean): number {
  const base = Math.min(0.85, 0.3 + (0.5 * ageDays) / 270);
  return vague ? base * 0.35 : base;
}

function actionItemsFor(
  random: Random,
  options: IncidentOptions,
  context: {
    mode: FailureMode;
    team: TeamSpec;
    values: Record<string, string | number>;
    occurredMs: number;
    endMs: number;
    style: TemplateStyle;
    blameful: boolean;
  },
): GeneratedActionItem[] {
  const mean = options.actionItemsPerPostmortem;
  const count = Math.max(1, Math.round(mean - 2 + random() * 4));
  const specific = sample(random, context.mode.actions, Math.min(count, context.mode.actions.length));
  const texts = specific.map((text) => ({ text: fill(text, context.values), vague: false }));
  if (context.blameful && chance(random, 0.6))
    texts.splice(Math.floor(random() * texts.length), 0, {
      text: pick(random, CAREFUL_ACTIONS),
      vague: true,
    });
  // Fill the rest with generic but concrete follow-ups, plus the occasional vague one.
  const generic = [
    'Update the runbook for {service}',
    'Add a dashboard panel for {service} saturation',
    'Write a game-day scenario for this failure',
    'Review alert thresholds for {service}',
    'Add {dep} to the dependency review',
    'Document the manual recovery steps',
    'Automate the failover for {service}',
    'Add an integration test reproducing this failure',
  ];
  while (texts.length < count) {
    if (chance(random, 0.25)) texts.push({ text: pick(random, VAGUE_ACTIONS), vague: true });
    else texts.push({ text: fill(pick(random, generic), context.values), vague: false });
  }
  const unique = [...new Map(texts.map((t) => [t.text, t])).values()];
  const ageDays = (context.endMs - context.occurredMs) / DAY_MS;
  return unique.map(({ text, vague }) => {
    const roll = random();
    let status: GeneratedStatus;
    if (roll < 0.05) status = 'wont-do';
    else if (roll < 0.12 && context.style !== 'github-issue') status = 'unknown';
    else status = chance(random, doneProbability(ageDays, vague)) ? 'done' : 'open';
    // Templates differ in what they can say: the SRE table has no due column, checklists always state status.
    const canDue = context.style !== 'google-sre';
    const due =
      canDue && chance(random, vague ? 0.2 : 0.65)
        ? isoDay(context.occurredMs + intBetween(random, 14, 90) * DAY_MS)
        : null;
    const owner = chance(random, vague ? 0.4 : 0.82) ? pick(random, HANDLES) : null;
    const ticket = chance(random, context.style === 'google-sre' ? 0.85 : 0.45)
      ? `${context.team.ticketKey}-${intBetween(random, 100, 9999)}`
      : null;
    const kind = context.style === 'google-sre' ? pick(random, ACTION_KINDS) : null;
    return { text, owner, status, due, ticket, kind, vague };
  });
}

export function generateIncident(options: IncidentOptions, index: number): GeneratedIncident {
  const random = mulberry32(deriveSeed(options.seed, index));
  const endMs = dayMs(options.endDate);
  const spanDays = Math.max(1, Math.round(options.months * 30.44));
  const startMs = endMs - spanDays * DAY_MS;
  // Even spread with jitter: document i of n falls near i/n of the period, so streams come out roughly in date order.
  const position = (index + random()) / Math.max(1, options.count);
  const occurredMs = startMs + Math.min(spanDays - 1, Math.floor(position * spanDays)) * DAY_MS;

  const team = weighted(
    random,
    TEAMS.map((t) => [t, TEAM_WEIGHT[t.id] ?? 10] as const),
  );
  const services = sample(random, team.services, chance(random, 0.3) ? 2 : 1);
  const service = services[0]!;
  const dependency = pick(random, DEPENDENCIES);
  const trigger = weighted(random, TRIGGER_MIX);
  const mode = pick(random, modesFor(trigger));
  const style = weighted(random, STYLE_MIX);
  const severity = weighted(random, SEVERITY_MIX);

  const ttd = intBetween(random, 1, severity === 'SEV1' ? 30 : 90);
  const ttr = ttd + intBetween(random, 10, severity === 'SEV4' ? 180 : 480);
  const startedMs = occurredMs + intBetween(random, 0, 22 * 60) * 60_000;
  const version = `${intBetween(random, 1, 9)}.${intBetween(random, 0, 40)}.${intBetween(random, 0, 12)}`;
  const values = { service, dep: dependency, version, n: intBetween(random, 2, 60), minutes: ttr - ttd };

  const blameful = chance(random, options.blamefulShare);
  const person = pick(random, FIRST_NAMES);
  const rootCause = blameful
    ? fill(pick(random, BLAMEFUL_ROOT_CAUSES), { ...values, person })
    : fill(pick(random, mode.rootCauses), values);
  const contributing = sample(
    random,
    mode.contributing,
    intBetween(random, 1, Math.min(2, mode.contributing.length)),
  ).map((c) => fill(c, values));
  const impact = fill(pick(random, mode.impacts), values);
  const title = capitalise(fill(pick(random, mode.titles), values));
  const triggerText = fill(pick(random, mode.triggerPhrases?.[trigger] ?? TRIGGER_PHRASES[trigger]), values);

  return {
    index,
    id: `${options.source}-${options.seed}-${String(index).padStart(6, '0')}`,
    source: options.source,
    style,
    teamId: team.id,
    teamName: team.name,
    services,
    dependency,
    title,
    occurredOn: isoDay(occurredMs),
    publishedOn: isoDay(Math.min(endMs, occurredMs + intBetween(random, 1, 10) * DAY_MS)),
    startedAt: new Date(startedMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    detectedAt: new Date(startedMs + ttd * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    resolvedAt: new Date(startedMs + ttr * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    timeToDetectMinutes: ttd,
    timeToRecoverMinutes: ttr,
    severity,
    trigger,
    triggerText,
    failureMode: mode.key,
    rootCause,
    contributing,
    summary: `${impact} ${triggerText}`,
    impact,
    detection: fill(pick(random, mode.detections), values),
    resolution: fill(pick(random, RESOLUTIONS), values),
    blameful,
    blamedPerson: blameful ? person : null,
    authors: sample(random, HANDLES, 2),
    actionItems: actionItemsFor(random, options, { mode, team, values, occurredMs, endMs, style, blameful }),
  };
}
