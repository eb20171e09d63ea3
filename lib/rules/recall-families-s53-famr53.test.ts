/**
 * Session 53, famr53 (issue #10), under the A/B protocol: respect and empathy families by what the agent does to the
 * customer, not by word. Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  // Review of session 52's rule: a staff boast about its workload disputes nothing the customer said.
  ['their account doubted: a workload boast is no record held up against them', 'others-had-no-problem',
    ['Our chef has cooked over 2,000 hogs.'],
    ['Our team has answered over 500 messages today!',
      'Our agents have handled more than 300 calls this morning.']],
];

describeRecallFamilies('recall families, session 53 (famr53)', cases);
