/**
 * The answer given beside a pointer to a form or a page (session 42), shared by `sent-to-a-form` and
 * `sent-to-a-channel`: what the customer will need and how long it takes, "the form is on our website, and you'll need
 * your policy number", "…; it only takes about five minutes". "You need to fill it in" is the errand again and still
 * flags, as does the pointer alone.
 */
export const ANSWERED_BESIDE_POINTER: string[] = [
  "you (will|'ll)? #Adverb? (only|just)? need (your|the|a|an|#Value) #Adjective? #Noun",
  // How long it takes only in minutes, as the next pattern reads it: "which takes about six weeks to process" is a wait (review 42).
  '(it|all it|which) #Adverb? (only|just)? (asks|needs|wants) (for|is)? (your|the|a|an|#Value)',
  '(takes|take) #Adverb? (about|around|under|less than)? (a|one|#Value) (minute|minutes|mins|seconds)',
];

/** The same answer in the sentence after the pointer: "The form is on our website. It takes two minutes…". */
export const ANSWERED_AFTER_POINTER: string[] = [
  "^you (will|'ll)? #Adverb? (only|just)? need (your|the|a|an|#Value) #Adjective? #Noun",
  '^(it|all it) #Adverb? (only|just)? (asks|needs|wants) (for|is)? (your|the|a|an|#Value)',
  '^(it|all it) #Adverb? (only|just)? (takes|take) #Adverb? (about|around|under|less than)? (a|one|#Value) (minute|minutes|mins|seconds)',
];
