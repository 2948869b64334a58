// Copies the browser libraries the UI uses from node_modules into ../static/vendor/,
// with their licenses. Run by `make` (npm ci --ignore-scripts && npm run build); the
// server only ever serves these local copies, so nothing is fetched at run time.
import { mkdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static", "vendor");
const files = [
  // [package, file in package, name in vendor/]
  ["vis-timeline", "standalone/umd/vis-timeline-graph2d.min.js", "vis-timeline-graph2d.min.js"],
  ["vis-timeline", "styles/vis-timeline-graph2d.min.css", "vis-timeline-graph2d.min.css"],
  ["vis-timeline", "LICENSE.MIT.txt", "LICENSE.vis-timeline.MIT.txt"],
  ["vis-timeline", "LICENSE.Apache-2.0.txt", "LICENSE.vis-timeline.Apache-2.0.txt"],
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"],
  ["cytoscape", "LICENSE", "LICENSE.cytoscape.txt"],
  ["swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui-bundle.js"],
  ["swagger-ui-dist", "swagger-ui.css", "swagger-ui.css"],
  ["swagger-ui-dist", "LICENSE", "LICENSE.swagger-ui.txt"],
  ["swagger-ui-dist", "NOTICE", "NOTICE.swagger-ui.txt"],
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const versions = {};
for (const [pkg, file, name] of files) {
  const root = join(here, "node_modules", pkg);
  let text = readFileSync(join(root, file));
  if (name.endsWith(".js") || name.endsWith(".css")) {
    // Drop source-map comments: the maps are not shipped, and a browser would ask for them.
    text = Buffer.from(text.toString("utf8").replace(/\n?\/[/*]# sourceMappingURL=\S+( \*\/)?\s*$/, "\n"));
  }
  writeFileSync(join(out, name), text);
  versions[pkg] = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
}
writeFileSync(join(out, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`web assets: ${files.length} files in ${out}`, versions);
