/**
 * Pack problems in plain sentences for a team lead: which rule (number and id), which field (by its
 * name on this page), and what is wrong, instead of schema text ("Invalid discriminator value…").
 * Messages Rapport wrote itself ("must explain the principle in a sentence") are kept as they are.
 */
import type { PackProblem } from '../../lib/rules/schema';

const FIELD_NAMES = new Map<string, string>([
  ['id', 'id'],
  ['kind', 'kind'],
  ['title', 'title'],
  ['description', 'description'],
  ['principle', 'principle'],
  ['severity', 'severity'],
  ['message', 'message'],
  ['enabled', 'on/off switch'],
  ['channels', 'settings by channel'],
  ['phrases', 'phrases'],
  ['patterns', 'patterns'],
  ['unless', 'exceptions (“unless” patterns)'],
  ['unlessNext', 'next-sentence exceptions (“unlessNext” patterns)'],
  ['rewrites', 'rewordings'],
  ['softer', 'softer form where it answers them (“softer”)'],
  ['check', 'whole-reply check'],
  ['options', 'check options'],
  ['examples', 'examples'],
  ['examples.flag', 'examples it must flag'],
  ['examples.pass', 'examples it must leave alone'],
  ['format', 'format'],
  ['formatVersion', 'format version'],
  ['name', 'pack name'],
  ['version', 'pack version'],
  ['rules', 'list of rules'],
]);

const TYPE_WORDS = new Map<string, string>([
  ['string', 'text'],
  ['number', 'a number'],
  ['boolean', 'true or false'],
  ['array', 'a list'],
  ['object', 'a group of fields'],
  ['undefined', 'missing'],
  ['null', 'empty (null)'],
]);

/** `examples.flag[1].becomes` → "examples it must flag, item 2, “becomes”". */
function fieldName(path: string): string {
  const bare = path.replace(/\[\d+\]/g, '');
  const parts = bare.split('.');
  const known = FIELD_NAMES.get(parts.slice(0, 2).join('.')) ?? FIELD_NAMES.get(parts[0] ?? '');
  const head = known ?? `“${parts[0]}”`;
  const index = path.match(/\[(\d+)\]/);
  const consumed = FIELD_NAMES.has(parts.slice(0, 2).join('.')) ? 2 : 1;
  const rest = parts.slice(consumed).filter(Boolean);
  return [head, index ? `item ${Number(index[1]) + 1}` : '', ...rest.map((r) => `“${r}”`)].filter(Boolean).join(', ');
}

function plainMessage(message: string): string {
  if (/discriminator|expected 'phrase' \| 'structure'|"phrase" ?(\||or) ?"structure"/i.test(message)) {
    return 'must be "phrase" (phrases and patterns) or "structure" (a whole-reply check)';
  }
  const option = message.match(/^Invalid option: expected one of (.{1,400})$/);
  if (option) return `must be one of ${option[1]!.split('|').join(', ')}`;
  const type = message.match(/^Invalid input: expected (\w{1,12}), received (\w{1,12})$/);
  if (type) {
    if (type[2] === 'undefined') return 'is missing';
    return `should be ${TYPE_WORDS.get(type[1]!) ?? type[1]} but is ${TYPE_WORDS.get(type[2]!) ?? type[2]}`;
  }
  const small = message.match(/^Too small: expected (string|array) to have >=?(\d{1,6}) (characters|items)$/);
  if (small) return small[1] === 'string' ? `is too short (at least ${small[2]} characters)` : `needs at least ${small[2]} item${small[2] === '1' ? '' : 's'}`;
  const big = message.match(/^Too big: expected (string|array) to have <=?(\d{1,6}) (characters|items)$/);
  if (big) return big[1] === 'string' ? `is too long (at most ${big[2]} characters)` : `has too many items (at most ${big[2]})`;
  // The schema's own words ("this build reads formatVersion 1, 2, 3 or 4, not a missing one") read as a fragment
  // after "The pack's format version".
  const version = message.match(/^this build reads formatVersion (.{1,80}), not (.{1,80})$/);
  if (version) {
    return version[2] === 'a missing one'
      ? `is missing; this version of Rapport reads format version ${version[1]}`
      : `is ${version[2]}, which this version of Rapport cannot read (it reads ${version[1]})`;
  }
  const unknown = message.match(/^Unrecognized keys?: (.{1,400})$/);
  if (unknown) return `has a field Rapport does not know: ${unknown[1]}`;
  return message;
}

/** Fields named in the plural ("its examples are missing", not "is missing"). */
const PLURAL_FIELDS = new Set(['phrases', 'patterns', 'unless', 'unlessNext', 'rewrites', 'channels', 'options', 'examples', 'examples.flag', 'examples.pass']);

/** The verb agrees with a plural field: "are missing", "should be a list but are text", "need at least one…". */
function agreeing(path: string, message: string): string {
  if (/\[\d+\]/.test(path) || !PLURAL_FIELDS.has(path)) return message;
  return message.replace(/^is\b/, 'are').replace(/^has\b/, 'have').replace(/^needs\b/, 'need').replace(/ but is\b/, ' but are');
}

/**
 * A problem with one of the rule editor's text fields as a sentence that names the field, as the import problems do:
 * "The message is empty: …", "The title needs a few words.", not the schema's bare "must explain the principle…".
 */
export function plainFieldProblem(fieldName: string, value: string, message: string, whatToWrite?: string): string {
  if (value.trim() === '') return `The ${fieldName} is empty${whatToWrite ? `: ${whatToWrite}` : ''}.`;
  const plain = plainMessage(message);
  return `The ${fieldName} ${plain}${/[.!?]$/.test(plain) ? '' : '.'}`;
}

export function plainProblem(problem: PackProblem): string {
  const rule = problem.where.match(/^rules\[(\d+)\](?: "([^"]{0,200})")?(?: › (.{0,400}))?$/);
  const sentence = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;
  if (rule) {
    const who = `Rule ${Number(rule[1]) + 1}${rule[2] ? ` (“${rule[2]}”)` : ''}`;
    return rule[3] ? sentence(`${who}: its ${fieldName(rule[3])} ${agreeing(rule[3], plainMessage(problem.message))}`) : sentence(`${who} ${plainMessage(problem.message)}`);
  }
  if (problem.where === '(the pack)' || problem.where === '') return sentence(`The pack ${plainMessage(problem.message)}`);
  const field = fieldName(problem.where);
  // "The pack name is missing", not "The pack's pack name…".
  return sentence(`${field.startsWith('pack ') ? 'The' : "The pack's"} ${field} ${plainMessage(problem.message)}`);
}
