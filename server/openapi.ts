import { z } from 'zod';

/**
 * Route descriptions collected by the route modules at import time; the OpenAPI document is built
 * once from them (and their zod schemas) on first request and then served from memory.
 */
interface RouteDoc {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  summary: string;
  tags: string[];
  body?: z.ZodType;
  bodyTypes?: string[];
  query?: z.ZodObject;
  auth?: 'public' | 'token-or-session' | 'signature';
}

const routes: RouteDoc[] = [];

export function describeRoute(doc: RouteDoc): void {
  routes.push(doc);
}

let built: unknown = null;

function schemaOf(s: z.ZodType): unknown {
  try {
    return z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' });
  } catch {
    return {};
  }
}

export function openApiDocument(): unknown {
  if (built) return built;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const openApiPath = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = r.query
      ? Object.keys(r.query.shape).map((name) => ({
          name,
          in: 'query',
          required: false,
          schema: schemaOf(r.query!.shape[name] as z.ZodType),
        }))
      : [];
    const content: Record<string, unknown> = {};
    if (r.body) content['application/json'] = { schema: schemaOf(r.body) };
    for (const t of r.bodyTypes ?? []) content[t] = { schema: { type: 'string' } };
    paths[openApiPath] ??= {};
    paths[openApiPath][r.method] = {
      summary: r.summary,
      tags: r.tags,
      parameters: [...params, ...query],
      ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
      security: r.auth === 'public' || r.auth === 'signature' ? [] : [{ bearer: [] }, { session: [] }],
      responses: {
        default: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        '200': { description: 'OK' },
      },
    };
  }
  built = {
    openapi: '3.1.0',
    info: {
      title: 'Postmortem Pulse API',
      version: '0.1.0',
      description:
        'Culture metrics from postmortems. Every figure is aggregated to teams or the organisation: no endpoint filters, sorts, groups or exports by person.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'pulse_session' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'field', 'requestId'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                field: { type: ['string', 'null'] },
                requestId: { type: 'string' },
              },
            },
          },
        },
      },
    },
    paths,
  };
  return built;
}
