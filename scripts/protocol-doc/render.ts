// Renders the reference half of docs/protocol.md from the declarations in shared/protocol,
// so the document cannot drift from the code (a unit test compares them).
import { z } from 'zod';
import { COMMANDS, COMMAND_NAMES, ERROR_CODES, ERROR_REASONS, PUSHES, PUSH_NAMES, PROTOCOL_VERSION, ROLES } from '../../shared/protocol/index.ts';

export const START = '<!-- generated:start (npm run docs:protocol) -->';
export const END = '<!-- generated:end -->';

type Json = { [key: string]: unknown };
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function ref(schema: Json): string | null {
  const r = schema.$ref;
  return typeof r === 'string' ? r.replace(/^#\/\$defs\//, '') : null;
}

/** A JSON Schema as a short TypeScript-like type: `string (1–300)`, `integer ≥ 0`, `Meeting | null`. */
export function typeOf(schema: Json): string {
  const named = ref(schema);
  if (named) return `\`${named}\``;
  if ('const' in schema) return `\`${JSON.stringify(schema.const)}\``;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) return union.map(typeOf).join(' \\| ');
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'date') return 'date `YYYY-MM-DD`';
      if (schema.format === 'date-time') return 'date-time (ISO 8601)';
      const parts: string[] = [];
      const min = schema.minLength as number | undefined;
      const max = schema.maxLength as number | undefined;
      if (min !== undefined || max !== undefined) parts.push(`${min ?? 0}–${max ?? '∞'} chars`);
      if (typeof schema.pattern === 'string') parts.push(`\`${schema.pattern}\``);
      return parts.length ? `string (${parts.join(', ')})` : 'string';
    }
    case 'integer':
    case 'number': {
      const bounds: string[] = [];
      if (typeof schema.minimum === 'number') bounds.push(`≥ ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && schema.maximum !== MAX_SAFE) bounds.push(`≤ ${schema.maximum}`);
      return `${schema.type}${bounds.length ? ` ${bounds.join(', ')}` : ''}`;
    }
    case 'boolean':
      return 'boolean';
    case 'null':
      return '`null`';
    case 'array':
      return `array of ${typeOf(schema.items as Json)}`;
    case 'object': {
      const props = Object.entries((schema.properties ?? {}) as Record<string, Json>);
      if (props.length === 0) return '`{}`';
      const required = new Set((schema.required ?? []) as string[]);
      return `{ ${props.map(([k, v]) => `${k}${required.has(k) ? '' : '?'}: ${typeOf(v)}`).join(', ')} }`;
    }
    default:
      return 'any JSON';
  }
}

/** An object schema as a table of fields. */
function fieldTable(schema: Json, strict = false): string {
  const props = Object.entries((schema.properties ?? {}) as Record<string, Json>);
  if (schema.type !== 'object' || props.length === 0) return `${typeOf(schema)}\n`;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = props.map(([name, prop]) => {
    const dflt = 'default' in prop ? `\`${JSON.stringify(prop.default)}\`` : '';
    return `| \`${name}\` | ${typeOf(prop)} | ${required.has(name) ? 'yes' : 'no'} | ${dflt} |`;
  });
  const extra = strict && schema.additionalProperties === false ? '\nOther fields are refused (`bad_request`).\n' : '';
  return ['| field | type | required | default |', '|---|---|---|---|', ...rows].join('\n') + '\n' + extra;
}

export function renderReference(): string {
  const defs: Record<string, Json> = {};
  const toJson = (schema: z.ZodType, io: 'input' | 'output') => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as Json;
    Object.assign(defs, (json.$defs ?? {}) as Record<string, Json>);
    return json;
  };
  const out: string[] = [START, '', `Protocol version: **${PROTOCOL_VERSION}**. Roles: ${ROLES.map((r) => `\`${r}\``).join(', ')}.`, ''];

  out.push('## Commands (client → hub)', '');
  for (const name of COMMAND_NAMES) {
    const spec = COMMANDS[name];
    out.push(`### \`${name}\``, '', spec.summary, '', `Roles: ${spec.roles.map((r) => `\`${r}\``).join(', ')}.`, '');
    out.push('Payload:', '', fieldTable(toJson(spec.input, 'input'), true));
    out.push('Result (`data` of the ack):', '', fieldTable(toJson(spec.result, 'output')));
  }

  out.push('## Pushes (hub → client)', '');
  for (const name of PUSH_NAMES) {
    const spec = PUSHES[name];
    out.push(`### \`${name}\``, '', spec.summary, '', 'Payload:', '', fieldTable(toJson(spec.payload, 'output')));
  }

  out.push('## Types', '');
  for (const [name, schema] of Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`### ${name}`, '', fieldTable(schema));
  }

  out.push('## Error codes', '', '| code | meaning |', '|---|---|');
  for (const code of ERROR_CODES) out.push(`| \`${code}\` | ${ERROR_MEANINGS[code]} |`);
  out.push('', '## Error reasons', '', REASONS_INTRO, '', '| reason | code | params | meaning |', '|---|---|---|---|');
  for (const [reason, spec] of Object.entries(ERROR_REASONS)) {
    const params = spec.params.map((p) => `\`${p}\``).join(', ') || '—';
    out.push(`| \`${reason}\` | \`${spec.code}\` | ${params} | ${spec.meaning} |`);
  }
  out.push('', END);
  return out.join('\n');
}

const REASONS_INTRO =
  'A refusal may name its case within the code in `reason`, with the values its words need in `params` (an object of strings and numbers; a `?` marks a param sent only in some cases). Clients word `code`, `reason` and `params` in their own language; `message` says the same in English. A client that does not know a reason words the code; new reasons may come in any version.';

const ERROR_MEANINGS: Record<(typeof ERROR_CODES)[number], string> = {
  bad_request: 'The payload does not match the event\'s schema; `issues` lists each field that is wrong.',
  unknown_event: 'No such event in this protocol version.',
  protocol_mismatch: 'The client speaks another protocol version (sent as a `connect_error` with `data.code`).',
  not_signed_in: 'The event needs a signed-in role; the connection is a guest.',
  forbidden: 'The signed-in role may not send this event or read this resource.',
  bad_passcode: 'Refused: the passcode (admin passcode or staff credential) or pairing code is wrong.',
  rate_limited: 'Too many wrong guesses of that kind of secret lately, from this address or from anywhere in the room (or too many commands waiting on this connection); the message says how long to wait (see *Guessing is slow*).',
  session_expired: 'The session token is unknown, ended or expired; sign in again.',
  not_found: 'The meeting, agenda item, document or delegate named does not exist.',
  not_published: 'The meeting is a draft the secretariat has not published yet (delegates and unsigned tablets only); ask `meeting.open` again later.',
  conflict: 'The command contradicts the current state (an id in use, a seat taken, an item moved under itself).',
  payload_too_large: 'An upload over the hub\'s size limit, or a delegate list whose workbook unpacks to more than its limits.',
  bad_document: 'An upload the tablets could not show: not a PDF, encrypted, damaged, empty, or too slow, too big or too heavy to open and draw.',
  internal: 'A fault on the hub; nothing was changed. The hub log says more.',
  not_paired: 'This device has not paired with the hub (pairing code or room QR), so it may read nothing yet; send `device.pair` first.',
  session_elsewhere: 'The delegate is signed in on another device; send `session.badgeSignIn` again with `takeOver: true` to move the session there.',
  badge_malformed: 'What was scanned is not a Roundtable badge.',
  badge_truncated: 'The badge was read only in part; scan it again.',
  badge_other_meeting: 'The badge belongs to another meeting.',
  badge_forged: 'The badge was not signed by this hub.',
  badge_altered: "A genuine badge's signature on changed contents: the badge was tampered with.",
  badge_expired: 'The badge is past its last valid day.',
  badge_revoked: 'A newer badge replaced this one, or its holder is no longer on the delegate list.',
};

/** Replaces the generated half of a document, keeping the hand-written text around it. */
export function withReference(document: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) return `${document.trimEnd()}\n\n${renderReference()}\n`;
  return document.slice(0, start) + renderReference() + document.slice(end + END.length);
}
