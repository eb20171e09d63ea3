// write-good ships no types; only the call the benchmark makes is declared.
declare module 'write-good' {
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
