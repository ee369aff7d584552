// Writes Cucumber JSON from Cucumber Messages (NDJSON) with the official JSON formatter of Cucumber
// (cucumber-js's JsonFormatter and its EventDataCollector, public exports of @cucumber/cucumber).
// Usage: node cucumber_json.mjs <@cucumber/cucumber package-dir> <input.ndjson | -> <output.json>
// With "-" it reads the messages from standard input: started early, Node.js and the formatter are
// loaded while the scenarios run. The output file is only written once the run's last message
// (testRunFinished) arrives, so a run that ends without messages leaves no file.
import { EventEmitter } from "node:events";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";

const [packageDir, input, output] = process.argv.slice(2);
const { JsonFormatter, formatterHelpers } = createRequire(import.meta.url)(path.resolve(packageDir));
const broadcaster = new EventEmitter();
let json = null;
new JsonFormatter({
  eventBroadcaster: broadcaster,
  eventDataCollector: new formatterHelpers.EventDataCollector(broadcaster),
  log: (text) => {
    json = (json ?? "") + text;
  },
  parsedArgvOptions: {},
  supportCodeLibrary: { stepDefinitions: [] },
  cleanup: async () => {},
});
const source = input === "-" ? process.stdin : fs.createReadStream(input);
for await (const line of readline.createInterface({ input: source })) {
  if (line.trim()) broadcaster.emit("envelope", JSON.parse(line));
}
if (json !== null) fs.writeFileSync(output, json);
