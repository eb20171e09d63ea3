// The little of MediumEditor the demo's composer uses (the package ships no types).
declare module 'medium-editor' {
  export default class MediumEditor {
    constructor(element: HTMLElement, options?: Record<string, unknown>);
    getContent(index?: number): string | null;
    setContent(html: string, index?: number): void;
  }
}
