import { describe, expect, it } from 'vitest';
import { redactNames } from './redact.js';

describe('redactNames', () => {
  it.each([
    [
      'If Sam had run the tests this would not have happened.',
      'If [name] had run the tests this would not have happened.',
    ],
    ['The culprit was Aaron\u2019s commit.', 'The culprit was [name]\u2019s commit.'],
    ["The culprit was Aaron's commit.", "The culprit was [name]'s commit."],
    ['John deleted the volume, causing the outage.', '[name] deleted the volume, causing the outage.'],
    ['Priya Patel deleted the volume.', '[name] deleted the volume.'],
    ['@jdoe forgot to renew the certificate.', '[name] forgot to renew the certificate.'],
    ['Paged by @sre.lead and Maria Gomez at 14:02.', 'Paged by [name] and [name] at 14:02.'],
    ['Ask Lee to double-check.', 'Ask [name] to double-check.'],
  ])('redacts people in %j', (input, expected) => {
    expect(redactNames(input)).toBe(expected);
  });

  it.each([
    'The on-call engineer should have noticed the alert.',
    'Obviously the config was wrong.',
    'The deploy tool accepted a production target with no confirmation step.',
    'Replication lag was not shown in the Postgres failover runbook on Monday.',
    'Traffic from the Payments service hit the DNS resolver.',
    'Contact ops@example.com about TLS.',
  ])('leaves %j alone', (input) => {
    expect(redactNames(input)).toBe(input);
  });
});
