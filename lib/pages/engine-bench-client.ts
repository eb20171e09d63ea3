/** The options page's test bench asks the browser's one engine (the background) to check a reply with the unsaved rules. */
import type { Analysis } from '../engine/types';
import type { Rule } from '../rules/schema';
import type { Channel } from '../engine/channel';
import { ENGINE_TRY, type TryRequest } from '../engine-wire/protocol';

export function createEngineBench(send: (request: TryRequest) => Promise<unknown>) {
  return async ({ text, customerMessage, channel, rules }: { text: string; customerMessage?: string; channel?: Channel; rules: Rule[] }): Promise<Analysis> => {
    const answer = (await send({ type: ENGINE_TRY, text, customerMessage, ...(channel ? { channel } : {}), rules })) as { ok?: unknown; analysis?: Analysis; message?: unknown } | undefined;
    if (answer?.ok === true && answer.analysis) return answer.analysis;
    throw new Error(typeof answer?.message === 'string' ? answer.message : 'Rapport’s engine did not answer; reload the page to try again.');
  };
}
