// Natural order: the fast path for plain numbers agrees with the collator it stands in for.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { naturalCompare } from '../src/model/natural-order.js';

const collator = new Intl.Collator('en', { numeric: true });

it('orders plain numbers as the numeric collator does, and everything else through it', () => {
  const number = fc.nat({ max: 1_000_000 }).map(String);
  fc.assert(fc.property(number, number, (a, b) => Math.sign(naturalCompare(a, b)) === Math.sign(collator.compare(a, b))), { numRuns: 500 });
  const text = fc.oneof(number, fc.string({ maxLength: 6 }), fc.constantFrom('01', '007', 'c2', 'c10', '1a', ''));
  fc.assert(fc.property(text, text, (a, b) => Math.sign(naturalCompare(a, b)) === Math.sign(collator.compare(a, b))), { numRuns: 500 });
  expect(['10', '9', '100', '2'].sort(naturalCompare)).toEqual(['2', '9', '10', '100']);
});
