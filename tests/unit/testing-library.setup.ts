// waitFor / findBy give up after 1 s by default; on a shared 2-core machine a React re-render can take longer than
// that. They still return as soon as the condition holds, so a longer bound costs nothing when the code is right.
// Only the files that render (the jsdom environment) use Testing Library: the Node files skip loading it.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 15_000 });
}
