/**
 * One error vocabulary for the whole API. Services throw `ApiError`; the app's onError turns it (and
 * validation errors) into `{"error": {"code", "message", "field", "requestId"}}`. Anything else is a
 * 500 whose body never carries the internal message.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  constructor(code: ErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field: string | null; requestId: string };
}

export function errorBody(
  code: ErrorCode,
  message: string,
  field: string | null,
  requestId: string,
): ErrorBody {
  return { error: { code, message, field, requestId } };
}

/** Field path of the first zod issue, dotted ("actionItems.0.due"), or null at the root. */
export function zodIssueField(path: readonly PropertyKey[]): string | null {
  return path.length ? path.map(String).join('.') : null;
}
