// Property tests run with one fixed seed, so `npm test` is repeatable: a counterexample found once is found every
// time (and can be studied), never as a random red CI. FC_SEED=<n> explores other seeds by hand.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261201) });
