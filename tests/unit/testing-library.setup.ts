// waitFor / findBy give up after 1 s by default; on a shared 2-core machine a React re-render can take longer than
// that. They still return as soon as the condition holds, so a longer bound costs nothing when the code is right.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 15_000 });
