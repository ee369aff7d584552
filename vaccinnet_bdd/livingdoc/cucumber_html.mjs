// Renders Cucumber Messages (NDJSON) with the official Cucumber HTML formatter.
// Usage: node cucumber_html.mjs <formatter-package-dir> <input.ndjson | -> <output.html>
// With "-" it reads the messages from standard input: started early, Node.js and the formatter are
// loaded while the scenarios run. The output file is only created once the first message arrives,
// so a run that ends without messages (closing standard input) leaves no file.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";

const [packageDir, input, output] = process.argv.slice(2);
const { CucumberHtmlStream } = await import(pathToFileURL(path.join(packageDir, "dist", "src", "index.js")));
let html = null;
let done = Promise.resolve();
const source = input === "-" ? process.stdin : fs.createReadStream(input);
for await (const line of readline.createInterface({ input: source })) {
  if (!line.trim()) continue;
  if (html === null) {
    html = new CucumberHtmlStream();
    done = new Promise((resolve, reject) => {
      html.pipe(fs.createWriteStream(output)).on("finish", resolve).on("error", reject);
    });
  }
  html.write(JSON.parse(line));
}
if (html !== null) html.end();
await done;
