import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../api/src/config';

// docs/benchmarks.md is made of marked sections, `<!-- bench:<name> -->` ... `<!-- /bench:<name> -->`,
// one per part: `npm run bench` (bench/run.ts) writes its parts' sections and keeps the
// others, `npm run soak` (bench/soak.ts) replaces its own.

export const BENCHMARKS_FILE = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');

const SECTION = /<!-- bench:([\w-]+) -->\n([\s\S]*?)<!-- \/bench:\1 -->/g;

/** The sections of the file, by name, in file order. */
export function readSections(file = BENCHMARKS_FILE): Map<string, string> {
  const sections = new Map<string, string>();
  if (!existsSync(file)) return sections;
  for (const match of readFileSync(file, 'utf8').matchAll(SECTION)) {
    if (match[1] && match[2]) sections.set(match[1], match[2]);
  }
  return sections;
}

/** One section as the file holds it. */
export function sectionBlock(name: string, body: string): string {
  return `<!-- bench:${name} -->\n${body}<!-- /bench:${name} -->\n`;
}

/** Writes the file, and a copy outside the work tree (in case the tree is reset during a long run). */
export function writeBenchmarks(text: string, file = BENCHMARKS_FILE): void {
  const document = `${text.trimEnd()}\n`;
  writeFileSync(file, document);
  writeFileSync(path.join(os.tmpdir(), `nps-desk-${path.basename(file)}`), document);
}

/** Replaces the section `name` in place, or adds it at the end; the rest of the file is kept as it is. */
export function writeSection(name: string, body: string, file = BENCHMARKS_FILE): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = sectionBlock(name, body.endsWith('\n') ? body : `${body}\n`);
  const marked = new RegExp(`<!-- bench:${name} -->\\n[\\s\\S]*?<!-- /bench:${name} -->\\n?`);
  writeBenchmarks(marked.test(text) ? text.replace(marked, () => block) : `${text.trimEnd()}\n\n${block}`, file);
}
