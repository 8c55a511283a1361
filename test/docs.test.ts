// The documentation holds together: a short README, links and #anchors that resolve (GitHub's heading slugs), and every
// command of the registry with an example in the README and a section, with its options, in docs/command.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { STORE_OPTIONS } from '../src/cli/command.js';
import { COMMANDS } from '../src/cli/commands/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const README_LIMIT = 12 * 1024;
const md = new MarkdownIt();

type Token = ReturnType<typeof md.parse>[number];

function docFiles(): string[] {
  const docs = existsSync(DOCS) ? readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort().map((f) => join(DOCS, f)) : [];
  return [README, ...docs];
}

/** A heading's text as GitHub renders it: the text and code spans of its inline content, without the Markdown. */
function inlineText(token: Token): string {
  return (token.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('');
}

/** GitHub's anchor for a heading (github-slugger): lower case, punctuation dropped, each space a hyphen. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

interface Heading { level: number; text: string; anchor: string; line: number }

/** The headings of a Markdown text in order, each with its anchor (a repeated slug gets -1, -2, … as on GitHub). */
function headings(text: string): Heading[] {
  const tokens = md.parse(text, {});
  const seen = new Map<string, number>();
  const out: Heading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const title = inlineText(tokens[i + 1]!);
    const base = slug(title);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ level: Number(token.tag.slice(1)), text: title, anchor: n === 0 ? base : `${base}-${n}`, line: token.map![0] });
  });
  return out;
}

/** Every link and image target of a Markdown text (code blocks and code spans hold none). */
function linkTargets(text: string): string[] {
  const targets: string[] = [];
  for (const token of md.parse(text, {})) {
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') targets.push(String(child.attrGet('href') ?? ''));
      if (child.type === 'image') targets.push(String(child.attrGet('src') ?? ''));
    }
  }
  return targets;
}

/** The relative links of a file that point at nothing: a missing file, or an #anchor no heading of the target has. */
function brokenLinks(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const href of linkTargets(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // http:, mailto:, …: not ours to check
    const [path = '', anchor] = href.split('#', 2);
    const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
    const where = `${relative(ROOT, file)}: ${href}`;
    if (path !== '' && !existsSync(target)) { problems.push(`${where}: no file ${relative(ROOT, target)}`); continue; }
    if (anchor === undefined) continue;
    if (!target.endsWith('.md')) { problems.push(`${where}: an #anchor into a file that is not Markdown`); continue; }
    const targetText = target === file ? text : readFileSync(target, 'utf8');
    if (!headings(targetText).some((h) => h.anchor === decodeURIComponent(anchor))) {
      problems.push(`${where}: no heading with anchor "${anchor}" in ${relative(ROOT, target)}`);
    }
  }
  return problems;
}

/** The lines of the section under a heading, up to the next heading of the same level or higher. */
function section(text: string, level: number, title: string): string | undefined {
  const all = headings(text);
  const at = all.findIndex((h) => h.level === level && h.text === title);
  if (at < 0) return undefined;
  const next = all.slice(at + 1).find((h) => h.level <= level);
  return text.split('\n').slice(all[at]!.line, next?.line).join('\n');
}

describe('the README', () => {
  it(`is short: under ${README_LIMIT / 1024} KB, the topics being in docs/`, () => {
    expect(statSync(README).size).toBeLessThan(README_LIMIT);
  });

  it('links every file of docs/, and every docs file links back to it', () => {
    const readme = readFileSync(README, 'utf8');
    const docs = docFiles().slice(1);
    expect(docs.length).toBeGreaterThan(0);
    const linked = new Set(linkTargets(readme).map((href) => resolve(ROOT, href.split('#')[0]!)));
    for (const file of docs) {
      expect(linked, `README.md links ${relative(ROOT, file)}`).toContain(file);
      const text = readFileSync(file, 'utf8');
      // The title, then one line saying what the page covers, with the link back.
      const opening = text.split('\n\n').slice(0, 2);
      expect(opening[0], `${relative(ROOT, file)} opens with its title`).toMatch(/^# \S/);
      expect(linkTargets(opening[1] ?? ''), `${relative(ROOT, file)} links back to the README at once`).toContain('../README.md');
    }
  });
});

describe('links between the README and docs/', () => {
  it('slugs headings as GitHub does', () => {
    expect(slug('What the graph says, and on whose word')).toBe('what-the-graph-says-and-on-whose-word');
    expect(slug('Files and the server: what the tool promises')).toBe('files-and-the-server-what-the-tool-promises');
    expect(slug('--json')).toBe('--json');
    expect(slug('The `claimgraph` command'.replace(/`/g, ''))).toBe('the-claimgraph-command');
    expect(slug('Why sigma 4')).toBe('why-sigma-4');
    expect(slug('Scale & the benchmark')).toBe('scale--the-benchmark');
    expect(headings('# `--json`\n\n## A\n\n## A\n').map((h) => h.anchor)).toEqual(['--json', 'a', 'a-1']);
  });

  it('finds a missing file and a missing anchor (the check can fail)', () => {
    const file = join(DOCS, 'model.md');
    const problems = brokenLinks(file, '# T\n\n[a](../README.md) [b](nowhere.md) [c](../README.md#no-such-heading) [d](#t) `[e](gone.md)`\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('no file docs/nowhere.md');
    expect(problems[1]).toContain('no heading with anchor "no-such-heading" in README.md');
  });

  it('every relative link points at a file that exists, and every #anchor at a heading of it', () => {
    const files = docFiles();
    let links = 0;
    const problems = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      links += linkTargets(text).length;
      return brokenLinks(file, text);
    });
    expect(links).toBeGreaterThan(files.length); // the check saw the links, not an empty set
    expect(problems).toEqual([]);
  });
});

describe('every command of the registry', () => {
  const readme = () => readFileSync(README, 'utf8');
  const commandDoc = () => readFileSync(join(DOCS, 'command.md'), 'utf8');

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s has an example in the README', (name) => {
    const example = new RegExp(`^\\s*\\$ npx claimgraph ${name}(\\s|$)`, 'm');
    expect(readme()).toMatch(example);
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s has a section in docs/command.md with its options', (name, command) => {
    const text = existsSync(join(DOCS, 'command.md')) ? commandDoc() : '';
    const body = section(text, 3, name);
    expect(body, `a "### \`${name}\`" section`).toBeDefined();
    const own = Object.keys(command.options ?? {}).filter((option) => !(option in STORE_OPTIONS));
    for (const option of own) expect(body, `--${option}`).toMatch(new RegExp(`--${option}(?![\\w-])`));
    if (Object.keys(command.options ?? {}).some((option) => option in STORE_OPTIONS)) {
      expect(linkTargets(body!), 'a link to the store options').toContain('#store-options');
    }
  });

  it('the store options are listed once, in their own section', () => {
    const body = section(commandDoc(), 3, 'Store options');
    expect(body).toBeDefined();
    for (const option of Object.keys(STORE_OPTIONS)) expect(body).toMatch(new RegExp(`--${option}(?![\\w-])`));
  });
});
