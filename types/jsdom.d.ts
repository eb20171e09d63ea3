// The part of jsdom's API the site tests use (jsdom ships no types; @types/jsdom is not needed for this).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
