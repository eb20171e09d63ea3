/** The warmth line's reasons read as a sentence after "it loses warmth to …" (used by hand, session 53). */
import { describe, expect, it } from 'vitest';
import { explainScore } from './explain';

describe('explainScore', () => {
  it('names a very short reply as a reason that fits after "loses warmth to" ("being very short", not "it is very short")', () => {
    const line = explainScore(30, {
      politeness: 50,
      contributions: new Map(),
      service: { deflection: new Set(), engagement: new Set() },
      engagementPoints: 0,
      deflectionPoints: 0,
      findingPoints: 0,
      capped: 'short',
      floored: false,
      credited: new Set(),
    });
    expect(line).toBe('Cold: it loses warmth to being very short.');
  });
});
