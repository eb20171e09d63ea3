/**
 * Build step: the default pack's large data (each rule's examples, long phrase lists) ships as JSON strings
 * read with JSON.parse instead of JavaScript object literals. V8 parses JSON several times faster than the
 * same literal, and the engine worker evaluates every rule file as it starts (issue #12, cold start). The
 * values are unchanged: only a property whose value is plain data (strings, numbers, booleans, null,
 * objects and arrays of them) is rewritten; anything else (an identifier, a spread, a call) is left as
 * written. Our JSON files are read the same way, a large value of one (the learned check's weights) only when
 * first read (`jsonModuleSource`).
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Smaller literals are not worth it: JSON.parse pays off from a few hundred bytes on. */
const MIN_CHARS = 1_000;
/** The rule files of the default pack (not its index, titles or tests). */
const RULE_FILE = /[\\/]lib[\\/]rules[\\/]default[\\/](?!index\.|titles\.)[^\\/]+(?<!\.test)\.ts$/;

type Data = string | number | boolean | null | Data[] | { [key: string]: Data };
const NOT_DATA = Symbol('not data');

/** The value of a literal that is plain data, or NOT_DATA. Recursion depth is the literal's nesting in our own source. */
function dataOf(node: ts.Expression): Data | typeof NOT_DATA {
  if (ts.isParenthesizedExpression(node)) return dataOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(node)) {
    const items: Data[] = [];
    for (const element of node.elements) {
      const value = dataOf(element);
      if (value === NOT_DATA) return NOT_DATA;
      items.push(value);
    }
    return items;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const entries: [string, Data][] = [];
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) return NOT_DATA;
      const { name } = property;
      if (!(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))) return NOT_DATA;
      const value = dataOf(property.initializer);
      if (value === NOT_DATA) return NOT_DATA;
      entries.push([name.text, value]);
    }
    // fromEntries defines own properties (a `__proto__` key stays a key), the last of a repeated key wins, as in JS.
    return Object.fromEntries(entries) as Data;
  }
  return NOT_DATA;
}

/** Each large plain-data property of the object passed to `defineRule(...)`: its name, where its value is, and its JSON. */
export function dataProperties(code: string, fileName = 'rule.ts'): { name: string; start: number; end: number; json: string }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { name: string; start: number; end: number; json: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule') {
      const [argument] = node.arguments;
      if (argument && ts.isObjectLiteralExpression(argument)) {
        for (const property of argument.properties) {
          if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
          const value = property.initializer;
          if (!(ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value))) continue;
          const start = value.getStart(source);
          if (value.end - start < MIN_CHARS) continue;
          const data = dataOf(value);
          if (data !== NOT_DATA) found.push({ name: property.name.text, start, end: value.end, json: JSON.stringify(data) });
        }
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The source with each of its `dataProperties` rewritten as `JSON.parse("…")`, or null when nothing changes. */
export function dataLiteralsAsJson(code: string, fileName = 'rule.ts'): string | null {
  const edits = dataProperties(code, fileName);
  if (!edits.length) return null;
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += `${code.slice(at, edit.start)}/* @__PURE__ */ JSON.parse(${JSON.stringify(edit.json)})`;
    at = edit.end;
  }
  return out + code.slice(at);
}

/** A top-level value of a JSON object this large or larger is parsed when first read, not as the engine starts. */
export const LAZY_VALUE_CHARS = 50_000;

/**
 * The module for one of our JSON files: one JSON.parse as it is imported, except each large value of a top-level
 * object (the learned check's weights, about 0.7 MB), which is parsed the first time it is read: the object has a
 * getter there that parses it, replaces itself with the value (an ordinary data property again) and returns it.
 * The same keys in the same order, the same values; only when the parsing happens changes (issue #12: the weights
 * of the learned check's principle models are not needed for the engine's first answer).
 */
export function jsonModuleSource(code: string): string {
  // Minified and checked: a file that is not JSON fails the build here, as Vite's own step would.
  const data = JSON.parse(code) as unknown;
  const parse = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return `export default ${parse(data)};`;
  const entries = Object.entries(data as Record<string, unknown>);
  const lazy = entries.filter(([, value]) => JSON.stringify(value).length >= LAZY_VALUE_CHARS);
  // A `__proto__` key would set the prototype in an object literal: such a file stays one JSON.parse.
  if (!lazy.length || entries.some(([key]) => key === '__proto__')) return `export default ${parse(data)};`;
  const properties = entries.map(([key, value]) => {
    const name = JSON.stringify(key);
    if (JSON.stringify(value).length < LAZY_VALUE_CHARS) return `${name}: ${parse(value)}`;
    return `get ${name}() { const value = ${parse(value)}; Object.defineProperty(this, ${name}, { value, writable: true, enumerable: true, configurable: true }); return value; }`;
  });
  return `export default {\n${properties.join(',\n')}\n};`;
}

/** Our own JSON data imported by code (the classifier's and the warmth model's weights). */
const DATA_JSON = /[\\/]lib[\\/].+\.json$/;

/**
 * The Vite side: rule files before TypeScript is stripped; our JSON files as `jsonModuleSource` (Vite's own
 * JSON step keeps a top-level array of objects, such as the classifier's per-principle weights, as a literal).
 */
export function dataLiterals(): Plugin {
  return {
    name: 'rapport-data-literals',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (id === file && DATA_JSON.test(file)) return { code: jsonModuleSource(code), map: null, moduleType: 'js' };
      if (!RULE_FILE.test(file)) return null;
      const out = dataLiteralsAsJson(code, file);
      return out === null ? null : { code: out, map: null };
    },
  };
}
