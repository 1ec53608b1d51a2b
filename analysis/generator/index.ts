/**
 * Deterministic generator of an invented organisation: teams, a service catalogue and months of
 * postmortems in several template styles, for the demo and for benchmarks. Pure and runtime-neutral
 * (no I/O): documents are strings. The same options always produce the same documents.
 */
import { TEAMS } from './catalogue.js';
import { type GeneratedIncident, generateIncident, type IncidentOptions } from './model.js';
import { renderIncident } from './render.js';

export { FAILURE_MODES, TEAMS, TRIGGER_MIX } from './catalogue.js';
export type {
  GeneratedActionItem,
  GeneratedIncident,
  GeneratedSeverity,
  GeneratedStatus,
  TemplateStyle,
} from './model.js';
export { renderIncident } from './render.js';

export interface GeneratorOptions {
  seed: number;
  /** Number of postmortems. */
  postmortems: number;
  /** Last day of the period, YYYY-MM-DD (or a Date): the demo passes today, benchmarks a fixed day. */
  endDate: string | Date;
  /** Length of the period in months (default 15). */
  months?: number;
  /** Mean action items per postmortem (default 5). */
  actionItemsPerPostmortem?: number;
  /** Front-matter `source`, also the id prefix (default "pulse-demo"). */
  source?: string;
  /** Share of blameful documents (default 0.12). */
  blamefulShare?: number;
}

export interface GeneratedDocument {
  path: string;
  contentType: 'markdown';
  text: string;
}

export interface GeneratedTeam {
  id: string;
  name: string;
}

export interface GeneratedService {
  name: string;
  teamId: string;
}

export interface GeneratedOrganisation {
  teams: GeneratedTeam[];
  services: GeneratedService[];
  documents: GeneratedDocument[];
}

function incidentOptions(options: GeneratorOptions): IncidentOptions {
  if (!Number.isInteger(options.postmortems) || options.postmortems < 0)
    throw new Error('postmortems must be a non-negative integer');
  const endDate =
    options.endDate instanceof Date ? options.endDate.toISOString().slice(0, 10) : options.endDate;
  return {
    seed: options.seed >>> 0,
    count: options.postmortems,
    endDate,
    months: options.months ?? 15,
    actionItemsPerPostmortem: options.actionItemsPerPostmortem ?? 5,
    source: options.source ?? 'pulse-demo',
    blamefulShare: options.blamefulShare ?? 0.12,
  };
}

export function catalogue(): { teams: GeneratedTeam[]; services: GeneratedService[] } {
  return {
    teams: TEAMS.map((t) => ({ id: t.id, name: t.name })),
    services: TEAMS.flatMap((t) => t.services.map((name) => ({ name, teamId: t.id }))),
  };
}

/** The incidents as structured facts, one at a time (the ground truth behind each document). */
export function* generateIncidents(options: GeneratorOptions): Generator<GeneratedIncident> {
  const resolved = incidentOptions(options);
  for (let index = 0; index < resolved.count; index++) yield generateIncident(resolved, index);
}

export function documentOf(incident: GeneratedIncident): GeneratedDocument {
  const slug = incident.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return {
    path: `${incident.source}/${incident.teamId}/${incident.occurredOn}-${slug}-${incident.index}.md`,
    contentType: 'markdown',
    text: renderIncident(incident),
  };
}

/** Documents one at a time, so 100k postmortems never sit in memory together. */
export function* generateDocuments(options: GeneratorOptions): Generator<GeneratedDocument> {
  for (const incident of generateIncidents(options)) yield documentOf(incident);
}

export function generateOrganisation(options: GeneratorOptions): GeneratedOrganisation {
  return { ...catalogue(), documents: [...generateDocuments(options)] };
}
