import {
  applyTicketEvent,
  githubIssueEvent,
  jiraIssueEvent,
  referencedTickets,
  type TicketEvent,
} from '../../services/trackers.js';
import { cliConfig, openDatabase } from '../database.js';
import { type CliIo, EXIT_FINDING, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage:
  pulse sync github [--repo ORG/REPO] [--token TOKEN] [--api-url URL]
  pulse sync jira --url https://SITE.atlassian.net --email EMAIL --token API_TOKEN

Backfills the status of every action item linked to a tracker ticket, for organisations that connect
Pulse after the fact. Needs network access to the tracker. --repo resolves bare "#123" references.
Tokens may also come from GITHUB_TOKEN / JIRA_API_TOKEN.
`;

type Fetcher = (ref: string) => Promise<TicketEvent | null>;

function githubFetcher(apiUrl: string, token: string | undefined, repo: string | undefined): Fetcher {
  return async (ref) => {
    const m = /^(?:([\w.-]+\/[\w.-]+))?#(\d+)$/.exec(ref);
    const fullName = m?.[1] ?? repo;
    if (!m || !fullName) return null;
    const res = await fetch(`${apiUrl.replace(/\/$/, '')}/repos/${fullName}/issues/${m[2]}`, {
      headers: {
        accept: 'application/vnd.github+json',
        'user-agent': 'postmortem-pulse',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    if (!res.ok) throw new Error(`GitHub answered ${res.status} for ${fullName}#${m[2]}`);
    const issue = (await res.json()) as NonNullable<Parameters<typeof githubIssueEvent>[0]['issue']>;
    const event = githubIssueEvent({
      action: issue.state === 'closed' ? 'closed' : 'opened',
      issue,
      repository: { full_name: fullName },
    });
    // A bare "#N" reference is what the items carry: match it too.
    return event && !m[1] ? { ...event, matchRefs: [...event.matchRefs, ref] } : event;
  };
}

function jiraFetcher(siteUrl: string, email: string, token: string): Fetcher {
  const auth = `Basic ${btoa(`${email}:${token}`)}`;
  return async (key) => {
    const res = await fetch(
      `${siteUrl.replace(/\/$/, '')}/rest/api/2/issue/${encodeURIComponent(key)}?fields=status,resolution,resolutiondate,updated`,
      {
        headers: { accept: 'application/json', authorization: auth },
      },
    );
    if (!res.ok) throw new Error(`Jira answered ${res.status} for ${key}`);
    const issue = (await res.json()) as NonNullable<Parameters<typeof jiraIssueEvent>[0]['issue']>;
    const updated = issue.fields?.updated ? Date.parse(issue.fields.updated) : Date.now();
    return jiraIssueEvent({ webhookEvent: 'jira:issue_updated', timestamp: updated, issue });
  };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    repo: { type: 'string' },
    token: { type: 'string' },
    'api-url': { type: 'string' },
    url: { type: 'string' },
    email: { type: 'string' },
    help: { type: 'boolean' },
  });
  const [provider] = positionals;
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  let fetcher: Fetcher;
  if (provider === 'github') {
    fetcher = githubFetcher(
      values['api-url'] ?? 'https://api.github.com',
      values.token ?? io.env.GITHUB_TOKEN,
      values.repo,
    );
  } else if (provider === 'jira') {
    const { url, email } = values;
    const token = values.token ?? io.env.JIRA_API_TOKEN;
    if (!url || !email || !token)
      throw new UsageError('jira needs --url, --email and --token (or JIRA_API_TOKEN).');
    fetcher = jiraFetcher(url, email, token);
  } else {
    throw new UsageError(`say which tracker: github or jira.\n\n${HELP}`);
  }

  const { db, close } = await openDatabase(cliConfig(io));
  const counts = { checked: 0, changed: 0, failed: 0 };
  try {
    for (const ref of await referencedTickets(db, provider)) {
      counts.checked++;
      try {
        const event = await fetcher(ref);
        if (event && (await applyTicketEvent(db, event))) counts.changed++;
      } catch (error) {
        counts.failed++;
        io.stderr(`  ${ref}: ${(error as Error).message}\n`);
      }
    }
  } finally {
    close();
  }
  io.stdout(
    `${provider}: ${counts.checked} tickets checked, ${counts.changed} changed, ${counts.failed} failed\n`,
  );
  return counts.failed ? EXIT_FINDING : EXIT_OK;
}
