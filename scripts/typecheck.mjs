#!/usr/bin/env node
// Typechecks every project, two at a time (this machine has two cores; one tsc uses about one): the packages, the
// repo (stories, tests, bench), both example apps and the lowest peer versions. Exits 1 when any fails.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";

const projects = [
  "packages/client",
  "packages/forms",
  ".",
  "examples/app",
  "examples/next/tsconfig.check.json",
  "test/peer-range/tsconfig.lowest.json",
];
const tsc = new URL("../node_modules/typescript/bin/tsc", import.meta.url).pathname;

/** Runs one project's check; resolves with its exit code, printing its output in one piece when it fails. */
function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, "-p", project, "--noEmit"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      console.log(`tsc -p ${project}: ${code === 0 ? "ok" : "failed"}`);
      if (code !== 0) console.log(output);
      resolve(code ?? 1);
    });
  });
}

const queue = [...projects];
const lanes = Array.from({ length: Math.min(2, availableParallelism()) }, async () => {
  let failed = 0;
  while (queue.length > 0) failed += (await check(queue.shift())) === 0 ? 0 : 1;
  return failed;
});
const failures = (await Promise.all(lanes)).reduce((a, b) => a + b, 0);
process.exit(failures > 0 ? 1 : 0);
