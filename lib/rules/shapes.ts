/**
 * Shape slots shared by the respect, ownership, urgency and follow-through rules (issue #10, session 20). Each slot was
 * spelled differently in each rule that needed it (five lists of how often a cause holds, several of the roles a
 * customer is named by, three of the verbs that give the say to another party), so one habit was caught or missed by
 * which word the agent happened to use. One slot, used the same way in every rule that needs it, makes a fix reach all
 * of them. Slots are bare choices (no parentheses) so a pattern can add its own
 * words in the same group: compromise never matches nested groups, and a pattern is at most 400 characters (160 until session 41), so the
 * slots are kept to the common words. Multi-word choices never sit right after a wildcard or before `$`.
 */

/** How often a cause is said to hold: "usually caused by", "nearly always the result of". */
export const HABITUALLY = 'usually|typically|normally|generally|mostly|often|always|almost always|nearly always';

/** The customer named by role instead of "you": "The planholder ought to have…". Never staff (driver, rider, owner). */
export const CUSTOMER_ROLE = 'customer|client|user|member|guest|tenant|hirer|holder|planholder|policyholder';

/** Customers by role: "Hirers agree to…", "plot holders". */
export const CUSTOMER_ROLES = 'customers|clients|users|members|guests|tenants|residents|hirers|holders|patients';

/** Verbs that give the say over something to another party, before "by them / by the X": "released by the laboratory". */
export const CONTROL_VERB = 'handled|managed|run|set|decided|determined|controlled|allocated|released|arranged|issued|processed';

