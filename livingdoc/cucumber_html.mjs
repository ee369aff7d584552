// Renders a Cucumber Messages NDJSON file with the official Cucumber HTML formatter.
// Usage: node cucumber_html.mjs <formatter-package-dir> <input.ndjson> <output.html>
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";

const [packageDir, input, output] = process.argv.slice(2);
const { CucumberHtmlStream } = await import(pathToFileURL(path.join(packageDir, "dist", "src", "index.js")));
const html = new CucumberHtmlStream();
const done = new Promise((resolve, reject) => {
  html.pipe(fs.createWriteStream(output)).on("finish", resolve).on("error", reject);
});
for await (const line of readline.createInterface({ input: fs.createReadStream(input) })) {
  if (line.trim()) html.write(JSON.parse(line));
}
html.end();
await done;
