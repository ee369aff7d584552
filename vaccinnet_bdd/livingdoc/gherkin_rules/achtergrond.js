// gherkin-lint rule of this suite: the same Gegeven steps at the start of several scenarios of one
// feature belong in an Achtergrond. Reported: a block of two or more steps that three or more
// scenarios start with, or a block of one or more that every scenario (at least two) starts with.
"use strict";

const GIVEN = ["Gegeven ", "Stel "];
const AND = ["En ", "Maar ", "* "];

function givens(scenario) {
  const block = [];
  for (const step of scenario.steps) {
    if (!(GIVEN.includes(step.keyword) || (block.length && AND.includes(step.keyword)))) {
      break;
    }
    block.push(step.text);
  }
  return block;
}

function run(feature) {
  if (!feature) {
    return [];
  }
  const scenarios = feature.children.filter((child) => child.scenario).map((child) => child.scenario);
  const blocks = scenarios.map(givens);
  const reported = new Set();
  const errors = [];
  blocks.forEach((block) => {
    for (let size = block.length; size >= 1; size--) {
      const prefix = block.slice(0, size);
      const sharing = scenarios.filter((_, j) => prefix.every((text, n) => blocks[j][n] === text));
      const all = sharing.length === scenarios.length && scenarios.length >= 2;
      if (!(all || (size >= 2 && sharing.length >= 3))) {
        continue;
      }
      const key = JSON.stringify(prefix);
      if (!reported.has(key)) {
        reported.add(key);
        const lines = sharing.map((scenario) => scenario.location.line).join(", ");
        errors.push({
          message: `${sharing.length} scenario's (regels ${lines}) beginnen met dezelfde ${size} Gegeven-stappen: ${prefix[0]}${size > 1 ? " ..." : ""}`,
          rule: "achtergrond",
          line: sharing[0].location.line,
        });
      }
      break;
    }
  });
  return errors;
}

module.exports = { name: "achtergrond", run };
