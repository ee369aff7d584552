// Validates a Cucumber JSON file with Cucumber's own converter (@cucumber/cucumber-json-converter), whose
// JSON Schemas describe the format as each Cucumber implementation writes it. Its schemas were made from
// output without attachments and have no "embeddings" (which cucumber-js writes, and Xray and Zephyr
// Scale read): those are taken out of each step before the check, and the test checks them itself.
// Prints the implementation the file was recognised as and the embeddings taken out, or the errors
// (and exits 1).
// Usage: node cucumber_json_valid.mjs <@cucumber/cucumber-json-converter package-dir> <cucumber.json>
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [packageDir, file] = process.argv.slice(2);
const { convert } = await import(pathToFileURL(path.resolve(packageDir, "dist", "esm", "src", "index.js")));
const features = JSON.parse(fs.readFileSync(file, "utf8"));
let embeddings = 0;
for (const feature of features) {
  for (const element of feature.elements) {
    for (const step of element.steps) {
      embeddings += (step.embeddings ?? []).length;
      delete step.embeddings;
    }
  }
}
const converted = convert(features);
process.stdout.write(
  JSON.stringify({ implementation: converted.implementation, features: converted.features.length, embeddings }),
);
