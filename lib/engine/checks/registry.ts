/** The built-in whole-reply checks a "structure" rule can configure. One check, one file. */
import type { z } from 'zod';
import type { StructureCheck } from './context';
import { acknowledgement, acknowledgementOptions } from './acknowledgement';
import { closing, closingOptions } from './closing';
import { codes, codesOptions } from './codes';
import { exclamations, exclamationsOptions } from './exclamations';
import { greeting, greetingOptions } from './greeting';
import { negatives, negativesOptions } from './negatives';
import { passiveVoice, passiveVoiceOptions } from './passive-voice';
import { shouting, shoutingOptions } from './shouting';
import { wallOfText, wallOfTextOptions } from './wall-of-text';
import { learnedSentence, learnedSentenceOptions } from '../classify/check';

export const CHECK_IDS = [
  'acknowledgement',
  'closing',
  'codes',
  'exclamations',
  'greeting',
  'learned-sentence',
  'negatives',
  'passive-voice',
  'shouting',
  'wall-of-text',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const checkOptionSchemas: Record<CheckId, z.ZodType> = {
  acknowledgement: acknowledgementOptions,
  closing: closingOptions,
  codes: codesOptions,
  exclamations: exclamationsOptions,
  greeting: greetingOptions,
  'learned-sentence': learnedSentenceOptions,
  negatives: negativesOptions,
  'passive-voice': passiveVoiceOptions,
  shouting: shoutingOptions,
  'wall-of-text': wallOfTextOptions,
};

// Each check takes its own parsed options; the analyzer parses them with the schema above.
export const CHECKS: Record<CheckId, StructureCheck<never>> = {
  acknowledgement,
  closing,
  codes,
  exclamations,
  greeting,
  'learned-sentence': learnedSentence,
  negatives,
  'passive-voice': passiveVoice,
  shouting,
  'wall-of-text': wallOfText,
};
