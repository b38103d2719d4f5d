/**
 * Randomized (seeded, reproducible) merges over generated config.toml files full of constructs the
 * scanner must follow: comments, quoted and dotted keys, multi-line strings holding header-like
 * lines, multi-line arrays, inline tables, array tables, CRLF, missing final line break.
 */
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { mergeManagedConfig } from "../../src/config/merge.js";
import type { ManagedSetting, TomlValue } from "../../src/config/toml-value.js";
import { HOSTILE_STRINGS } from "./hostile-values.js";

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VALUES = [
  "1",
  '"plain"',
  '"esc \\" \\\\ \\n \\u00e9"',
  "'literal \\ path'",
  '"""\n[not.a.table]\nkey = "v"\n"""',
  "'''\n[[also.not]]\n# nor a comment\n'''",
  '[\n  "a", # first\n  "]",\n  [1, 2],\n]',
  '{ x = 1, "y.z" = "}" }',
  "2026-01-01T00:00:00Z",
  "[ ]",
];
const KEYS = ["k1", '"q.k"', "'lit k'", "d.x", "d.y", "k2"];
const HEADERS = ["[t1]", '[t2."a.b"]', "[[arr]]", "[t1.sub]", "[ t3 ] # c"];
const PATHS: string[][] = [
  ["sandbox_mode"],
  ["k1"],
  ["k2"],
  ["d", "z"],
  ["d", "x"],
  ["t1", "k1"],
  ["t1", "new"],
  ["t1", "sub", "n"],
  ["t2", "a.b", "q.k"],
  ["t2", "a.b", "n"],
  ["t3", "d", "w"],
  ["fresh", "table", "key"],
  ["arr", "k1"],
  ["k1", "x"],
  ["t1", "q.k", "x"],
  ["q.k", "new"],
];

function generate(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const lines: string[] = [];
  const section = (): void => {
    const used = new Set<string>();
    const count = Math.floor(next() * 4);
    for (let i = 0; i < count; i += 1) {
      const key = pick(KEYS);
      if (used.has(key)) continue;
      used.add(key);
      if (next() < 0.3) lines.push(pick(["# comment [x] k = v", "", "   # indented"]));
      lines.push(
        `${next() < 0.2 ? "  " : ""}${key} = ${pick(VALUES)}${next() < 0.3 ? " # trailing" : ""}`,
      );
    }
  };
  section();
  const headers = new Set<string>();
  for (let i = 0; i < Math.floor(next() * 4); i += 1) {
    const header = pick(HEADERS);
    if (headers.has(header) && header !== "[[arr]]") continue;
    headers.add(header);
    lines.push("", header);
    section();
  }
  let text = lines.join("\n") + (next() < 0.8 ? "\n" : "");
  if (next() < 0.3) text = text.replace(/\n/g, "\r\n");
  return text;
}

function desiredFor(next: () => number): ManagedSetting[] {
  const values: TomlValue[] = [
    true,
    42,
    1.5,
    "x",
    HOSTILE_STRINGS[7] as string,
    ["a", "b"],
    [{ name: "A" }],
    HOSTILE_STRINGS[10] as string,
  ];
  const chosen = PATHS.filter(() => next() < 0.35);
  const settings: ManagedSetting[] = [];
  for (const path of chosen) {
    if (
      settings.some(
        (s) =>
          s.path.every((seg, i) => seg === path[i]) || path.every((seg, i) => seg === s.path[i]),
      )
    )
      continue;
    settings.push({ path, value: values[Math.floor(next() * values.length)] as TomlValue });
  }
  return settings;
}

describe("merge on generated files", () => {
  it("never fails on valid TOML, always reads back, and is idempotent", () => {
    let merged = 0;
    const seen = new Set<string>();
    for (let seed = 1; merged < 400; seed += 1) {
      const next = random(seed);
      const text = generate(next);
      try {
        parse(text);
      } catch {
        continue; // the generator can produce duplicate keys; only valid files are merged
      }
      merged += 1;
      const desired = desiredFor(next);
      const context = `seed ${seed}:\n${text}`;
      const first = mergeManagedConfig({ current: text, desired, lastApplied: undefined });
      const again = mergeManagedConfig({ current: first.text, desired, lastApplied: first.record });
      expect(again.text, context).toBe(first.text);
      const changed = desiredFor(next);
      const second = mergeManagedConfig({
        current: first.text,
        desired: changed,
        lastApplied: first.record,
      });
      expect(() => parse(second.text), context).not.toThrow();
      const cleared = mergeManagedConfig({
        current: second.text,
        desired: [],
        lastApplied: second.record,
      });
      for (const decision of first.decisions) {
        if (
          decision.kind === "applied" &&
          decision.changed &&
          !changed.some((s) => s.path.join() === decision.path.join())
        ) {
          expect(
            second.decisions.map((d) => `${d.kind} ${d.path.join(".")}`),
            context,
          ).toContain(`removed ${decision.path.join(".")}`);
        }
      }
      expect(
        cleared.decisions.every((d) => d.kind !== "applied"),
        context,
      ).toBe(true);
      for (const d of [...first.decisions, ...second.decisions]) {
        seen.add(d.kind === "kept" ? `kept:${d.reason}` : d.kind);
      }
    }
    // the generated cases reach every kind of decision
    expect([...seen].sort()).toEqual([
      "applied",
      "kept:changed-since-applied",
      "kept:changed-since-applied-not-removed",
      "kept:conflicting-shape",
      "kept:not-applied-before",
      "kept:not-editable",
      "removed",
    ]);
  });
});
