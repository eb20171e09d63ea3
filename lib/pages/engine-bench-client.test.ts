import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createEngineBench } from './engine-bench-client';
import { createEngineHost } from '../engine-host/host';
import type { TryRequest } from '../engine-wire/protocol';

describe('bench client', () => {
  it('gets the engine’s analysis of the reply with the rules it sent', async () => {
    const host = createEngineHost({ loadRules: async () => [], ranIn: 'background' });
    const sent: TryRequest[] = [];
    const bench = createEngineBench(async (request) => {
      sent.push(request);
      return host.tryRules(JSON.parse(JSON.stringify(request))); // As runtime messaging delivers it.
    });
    const analysis = await bench({ text: 'You need to restart the router.', rules: defaultPack.rules.filter((r) => r.id === 'you-need-to') });
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['you-need-to']);
    expect(sent).toHaveLength(1);
  });

  it('rejects with the engine’s message, or a clear one when nothing answered', async () => {
    await expect(createEngineBench(async () => ({ ok: false, message: 'bad request: too long' }))({ text: 'Hi', rules: [] })).rejects.toThrow('bad request: too long');
    await expect(createEngineBench(async () => undefined)({ text: 'Hi', rules: [] })).rejects.toThrow(/did not answer/);
  });
});
