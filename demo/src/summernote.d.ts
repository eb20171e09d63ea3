// The little of jQuery and Summernote's lite build the demo's Summernote composer uses (neither ships types).
declare module 'jquery' {
  interface SummernoteHost {
    summernote(options: Record<string, unknown>): void;
    summernote(command: 'code'): string;
    summernote(command: 'code', html: string): void;
    summernote(command: 'focus' | 'disable' | 'enable'): void;
  }
  const jQuery: (element: Element) => SummernoteHost;
  export default jQuery;
}
declare module 'summernote/dist/summernote-lite.js';
