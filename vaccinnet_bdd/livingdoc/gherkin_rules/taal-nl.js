// gherkin-lint rule of this suite: every feature file is Dutch, as the manual is ("# language: nl").
"use strict";

module.exports = {
  name: "taal-nl",
  run(feature) {
    if (!feature || feature.language === "nl") {
      return [];
    }
    return [{ message: `de taal is "${feature.language}"`, rule: "taal-nl", line: 1 }];
  },
};
