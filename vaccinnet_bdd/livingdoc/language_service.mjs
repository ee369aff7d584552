// Asks the Cucumber language service (@cucumber/language-service, the one the official VS Code
// extension runs) what an editor would show for the project's steps, as its language server does:
// the step definitions of the glue files (tree-sitter in WebAssembly, as in the extension), the
// parameter types of the settings, and suggestions built from the feature files' steps.
// Usage: node language_service.mjs <language-service-package-dir> < request.json > answer.json
// request: {glue: [path], features: [path], parameterTypes: [{name, regexp}],
//           ask: [{kind: "complete" | "diagnose" | "locate", text, line?, character?}]}
// answer: {steps: [{expression, uri, line}], errors: [message], answers: [...]}, one per question.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [packageDir] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(path.join(packageDir, "dist", "esm", "src", file)));
const service = await load("index.js");
const { WasmParserAdapter } = await load(path.join("tree-sitter-wasm", "WasmParserAdapter.js"));

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const adapter = new WasmParserAdapter(path.join(packageDir, "dist"));
await adapter.init();
const sources = request.glue.map((file) => ({
  languageName: "python",
  uri: pathToFileURL(file).href,
  content: fs.readFileSync(file, "utf8"),
}));
const built = new service.ExpressionBuilder(adapter).build(sources, request.parameterTypes);
const expressions = built.expressionLinks.map((link) => link.expression);
const stepTexts = request.features.flatMap((file) => {
  const { gherkinDocument } = service.parseGherkinDocument(fs.readFileSync(file, "utf8"));
  return gherkinDocument ? service.extractStepTexts(gherkinDocument, []) : [];
});
const index = service.jsSearchIndex(service.buildSuggestions(built.registry, stepTexts, expressions));

function answer(question) {
  const position = { line: question.line ?? 0, character: question.character ?? 0 };
  switch (question.kind) {
    case "complete":
      return service.getGherkinCompletionItems(question.text, position, index);
    case "diagnose":
      return service.getGherkinDiagnostics(question.text, expressions);
    case "locate":
      return service.getStepDefinitionLocationLinks(question.text, position, built.expressionLinks);
    default:
      throw new Error(`unknown question ${question.kind}`);
  }
}

process.stdout.write(
  JSON.stringify({
    steps: built.expressionLinks.map((link) => ({
      expression: link.expression.source,
      uri: link.locationLink.targetUri,
      line: link.locationLink.targetRange.start.line,
    })),
    errors: built.errors.map((error) => error.message),
    answers: (request.ask ?? []).map(answer),
  }),
);
