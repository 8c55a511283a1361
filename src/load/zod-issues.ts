// Turns zod issues into short, plain sentences with the path they point at.
import type { z } from 'zod';

export interface PathMessage {
  path: (string | number)[];
  message: string;
}

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

export function issueMessages(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: (string | number)[] = []): PathMessage[] {
  const out: PathMessage[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    const received = valueAt(input, issue.path as (string | number)[]);
    const last = path[path.length - 1];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown field "${key}"` });
        break;
      case 'invalid_type':
        out.push({
          path,
          message:
            received === undefined
              ? `missing required field "${String(last)}"`
              : `${last === undefined ? 'the value' : `"${String(last)}"`} must be ${article(issue.expected)}, not ${describeValue(received)}`,
        });
        break;
      case 'invalid_value':
        out.push({
          path,
          message: received === undefined ? `missing required field "${String(last)}" (one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})` : `"${String(last)}" must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(received)}`,
        });
        break;
      case 'invalid_union': {
        const { note, discriminator, options } = issue as { note?: string; discriminator?: string; options?: unknown[] };
        if (note === 'No matching discriminator' && discriminator) {
          out.push({
            path,
            message:
              received === undefined
                ? `missing required field "${discriminator}"`
                : `unknown ${discriminator} ${describeValue(received)} (expected one of ${(options ?? []).map((o) => JSON.stringify(o)).join(', ')})`,
          });
        } else out.push({ path, message: issue.message });
        break;
      }
      case 'invalid_format':
        out.push({ path, message: issue.message });
        break;
      case 'too_small':
        out.push({
          path,
          message: issue.origin === 'string' ? `"${String(last)}" must not be empty` : `"${String(last)}" is too small: ${issue.message}`,
        });
        break;
      case 'custom':
        // The schema's own refinements already say what is wrong in a sentence.
        out.push({ path, message: issue.message });
        break;
      default:
        out.push({ path, message: `"${String(last ?? 'value')}": ${issue.message}` });
    }
  }
  return out;
}

export function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
