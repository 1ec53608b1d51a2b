import type { z } from 'zod';
import { ApiError, zodIssueField } from '../errors.js';

/** Validates input with a zod schema; the first issue becomes a 400 naming its field. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = zodIssueField(issue.path);
  const field = prefix ? (path ? `${prefix}.${path}` : prefix) : path;
  throw new ApiError('validation_failed', `${field ?? 'body'}: ${issue.message}`, field);
}

/** Parses a JSON request body; malformed JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') throw new ApiError('bad_request', 'Request body is empty.', 'body');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('bad_request', 'Request body is not valid JSON.', 'body');
  }
}
