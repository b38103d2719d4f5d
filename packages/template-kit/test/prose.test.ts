// wrapProse / wrapConfigProse: pure functions, no Terraform involved. The printer side (a
// wrapped value prints as a <<-EOT heredoc) is covered by the printer tests; the plans of both
// formats are compared by the template packages' plan tests.
import {
  PROSE_INLINE_MAX,
  PROSE_WIDTH,
  printHcl,
  wrapConfigProse,
  wrapProse,
  type TerraformConfig,
} from "../src/index.js";

const LONG =
  "Where Codex gets its credentials: template-variable (openai_api_key, one key for everyone), " +
  "user-secret (each user's own `coder secret create openai-api-key --env OPENAI_API_KEY`), " +
  "ai-gateway, custom-provider or none.";

/** The wrapped value read back as the one-line text it came from. */
function unwrap(wrapped: string): string {
  return wrapped.slice(0, -1).replaceAll("\n", " ");
}

describe("wrapProse", () => {
  test("wraps long prose at word boundaries and changes nothing but the breaks", () => {
    const wrapped = wrapProse(LONG);

    expect(wrapped.endsWith("\n")).toBe(true);
    expect(unwrap(wrapped)).toBe(LONG);
    const lines = wrapped.slice(0, -1).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(PROSE_WIDTH);
    // Greedy: no line could have taken the next line's first word.
    for (let i = 1; i < lines.length; i += 1) {
      const first = (lines[i] as string).split(" ")[0] as string;
      expect((lines[i - 1] as string).length + 1 + first.length).toBeGreaterThan(PROSE_WIDTH);
    }
  });

  test("leaves prose up to the inline limit on one line", () => {
    const text = `${"word ".repeat(PROSE_INLINE_MAX / 5 - 1)}last`;
    expect(text.length).toBeLessThanOrEqual(PROSE_INLINE_MAX);
    expect(wrapProse(text)).toBe(text);
  });

  test.each([
    ["a line break", `${LONG}\nmore`],
    ["an interpolation", `${LONG} \${var.x}`],
    ["a template directive", `${LONG} %{ if true }x%{ endif }`],
    ["leading whitespace", ` ${LONG}`],
    ["trailing whitespace", `${LONG} `],
    ["no space to break at", "x".repeat(200)],
  ])("leaves a value with %s as it is", (_, text) => {
    expect(wrapProse(text)).toBe(text);
  });

  test("never starts a line with a word that would start a Markdown block", () => {
    const markers = ["-", "+", "*", "#", ">", "|", "=", "<", "1.", "2)", "~~~"];
    for (const marker of markers) {
      // Greedy wrapping alone would put the marker first on the second line.
      const text = `${"x".repeat(PROSE_WIDTH - 2)} ${marker} ${"tail ".repeat(10)}end`;
      const wrapped = wrapProse(text);
      expect(unwrap(wrapped), marker).toBe(text);
      const lines = wrapped.slice(0, -1).split("\n");
      expect(lines.length, marker).toBeGreaterThan(1);
      for (const line of lines) expect(line.startsWith(marker), `${marker}: ${line}`).toBe(false);
    }
  });

  test("starts a line with a word that only looks like a list number", () => {
    const text = `${"x".repeat(PROSE_WIDTH - 2)} 2.34 ${"tail ".repeat(10)}end`;
    expect(wrapProse(text).split("\n")[1]).toMatch(/^2\.34 tail/);
  });

  test("breaks only at a single space, keeping double spaces inside a line", () => {
    const text = `${"alpha  beta ".repeat(20)}end`;
    const wrapped = wrapProse(text);
    expect(unwrap(wrapped)).toBe(text);
    for (const line of wrapped.slice(0, -1).split("\n")) {
      expect(line).not.toMatch(/^ | $/);
    }
  });
});

describe("wrapConfigProse", () => {
  const config: TerraformConfig = {
    variable: {
      region: {
        type: "string",
        description: LONG,
        default: LONG,
        validation: [{ condition: '${var.region != ""}', error_message: LONG }],
      },
    },
    output: { url: { value: "${coder_agent.main.id}", description: LONG } },
    data: {
      coder_parameter: {
        image: {
          name: "image",
          description: LONG,
          default: LONG,
          validation: { regex: "^.+$", error: LONG },
        },
      },
    },
    resource: {
      coder_script: {
        start: {
          script: LONG,
          lifecycle: { postcondition: [{ condition: "${true}", error_message: LONG }] },
        },
      },
    },
  };

  test("wraps descriptions and error messages, and nothing else", () => {
    const wrapped = wrapProse(LONG);
    expect(wrapConfigProse(config)).toEqual({
      variable: {
        region: {
          type: "string",
          description: wrapped,
          default: LONG,
          validation: [{ condition: '${var.region != ""}', error_message: wrapped }],
        },
      },
      output: { url: { value: "${coder_agent.main.id}", description: wrapped } },
      data: {
        coder_parameter: {
          image: {
            name: "image",
            description: wrapped,
            default: LONG,
            validation: { regex: "^.+$", error: wrapped },
          },
        },
      },
      resource: {
        coder_script: {
          start: {
            script: LONG,
            lifecycle: { postcondition: [{ condition: "${true}", error_message: wrapped }] },
          },
        },
      },
    });
  });

  test("a wrapped description prints as a heredoc whose lines fit", () => {
    const text = printHcl(
      wrapConfigProse({ variable: { region: { type: "string", description: LONG } } }),
      { schemas: [] },
    );
    expect(text).toContain("  description = <<-EOT\n");
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(PROSE_WIDTH + 4);
  });
});
