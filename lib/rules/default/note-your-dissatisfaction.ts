import { defineRule } from '../define';

export default defineRule({
  id: 'note-your-dissatisfaction',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: "we note your dissatisfaction" files the feeling away; saying you are sorry they are unhappy meets it.',
  patterns: [
    '^(we|i) have? (note|noted|acknowledge|acknowledged) your (dissatisfaction|displeasure|unhappiness|disappointment|complaint) (with|about|regarding|over)',
    '^(we|i) have? (register|registered|record|recorded) your (dissatisfaction|displeasure|unhappiness|disappointment|complaint) (with|about|regarding|over)',
    '^(we|i) (note|acknowledge|understand) that you (are|were|feel|felt) (unhappy|dissatisfied|displeased|disappointed|upset) (with|about|regarding|over)',
  ],
  rewrites: ["I'm sorry you're unhappy with"],
  examples: {
    flag: [
      {
        text: 'We note your dissatisfaction with the delivery service.',
        becomes: "I'm sorry you're unhappy with the delivery service.",
      },
      {
        text: 'We acknowledge that you are unhappy with the new opening hours.',
        becomes: "I'm sorry you're unhappy with the new opening hours.",
      },
    ],
    pass: ["I've noted your new delivery address.", "I'm sorry you're unhappy with the repair, and I'd like to put it right."],
  },
});
