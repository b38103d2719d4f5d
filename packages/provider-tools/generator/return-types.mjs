// Writes out the return types the cdktf generator leaves to inference, so that the bindings meet
// TypeScript's `isolatedDeclarations`: each file's declarations can then be emitted on its own,
// without a type checker (see packages/build-tools), which is what makes the bindings' build fast.
//
// The generator's output is regular: a member without a return type is one of a handful of shapes
// (a getter returning an attribute, a private field or a field's `internalValue`; a `reset`/`put`
// method; `generateConfigForImport`). Each shape's type is read from the declarations next to it
// (the field's annotation or `new` expression, the `internalValue` of the class it constructs) or,
// for cdktf's attribute getters, from CDKTF_CALL_TYPES below. A member of any other shape stops
// generation with its file and line: a new generator version must be looked at, not guessed.
// The full type check (`npm run lint`) proves every type written here against what it annotates.
import ts from "typescript";

/**
 * What the cdktf 0.21 calls the generated getters return (their declared return types in cdktf's
 * `lib/*.d.ts`), by the callee as the generator writes it.
 */
const CDKTF_CALL_TYPES = new Map([
  ["this.getStringAttribute", "string"],
  ["this.getNumberAttribute", "number"],
  ["this.getBooleanAttribute", "cdktf.IResolvable"],
  ["this.getListAttribute", "string[]"],
  ["this.getNumberListAttribute", "number[]"],
  ["this.getStringMapAttribute", "{ [key: string]: string }"],
  ["this.getNumberMapAttribute", "{ [key: string]: number }"],
  ["this.getBooleanMapAttribute", "{ [key: string]: boolean }"],
  ["this.getAnyMapAttribute", "{ [key: string]: any }"],
  ["cdktf.Fn.tolist", "string[]"],
  ["cdktf.Token.asNumberList", "number[]"],
]);

/**
 * Adds the missing return types to the generated files of one provider.
 * @param {Map<string, string>} files file path (relative, `/`-separated) → TypeScript source
 * @returns {Map<string, string>} the same files, annotated
 */
export function annotateReturnTypes(files) {
  const parsed = new Map();
  for (const [rel, text] of files) {
    if (rel.endsWith(".ts"))
      parsed.set(rel, ts.createSourceFile(rel, text, ts.ScriptTarget.ES2022, true));
  }
  const internalValueTypes = collectInternalValueTypes(parsed.values());
  const out = new Map(files);
  for (const [rel, sourceFile] of parsed) {
    out.set(rel, annotateFile(sourceFile, internalValueTypes));
  }
  return out;
}

/** Class name → the declared type of its `internalValue` (getter or optional property). */
function collectInternalValueTypes(sourceFiles) {
  const types = new Map();
  for (const sourceFile of sourceFiles) {
    for (const statement of sourceFile.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const member = statement.members.find(
        (m) => m.name && ts.isIdentifier(m.name) && m.name.text === "internalValue" && m.type,
      );
      if (!member) continue;
      const type = typeText(member.type, sourceFile, Boolean(member.questionToken));
      const name = statement.name.text;
      if (types.has(name) && types.get(name) !== type) {
        throw new Error(`class ${name} is generated twice with different internalValue types`);
      }
      types.set(name, type);
    }
  }
  return types;
}

function annotateFile(sourceFile, internalValueTypes) {
  const insertions = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node)) {
      const fields = new Map();
      for (const member of node.members) {
        if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name))
          fields.set(member.name.text, member);
      }
      for (const member of node.members) {
        if (!(ts.isGetAccessor(member) || ts.isMethodDeclaration(member))) continue;
        if (member.type || !member.body) continue;
        const type = returnType(member, fields, sourceFile, internalValueTypes);
        insertions.push({ at: closeParenEnd(member, sourceFile), text: `: ${type}` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let text = sourceFile.text;
  for (const { at, text: insert } of insertions.sort((a, b) => b.at - a.at)) {
    text = text.slice(0, at) + insert + text.slice(at);
  }
  return text;
}

function returnType(member, fields, sourceFile, internalValueTypes) {
  const statements = member.body.statements;
  const fail = (why) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(member.getStart(sourceFile));
    throw new Error(
      `${sourceFile.fileName}:${line + 1}: cannot name the return type of ${member.name.getText(sourceFile)}: ${why}`,
    );
  };
  const returns = statements.filter(ts.isReturnStatement);
  if (returns.length === 0) {
    // reset*/put* methods: assignments only.
    if (statements.every((s) => ts.isExpressionStatement(s))) return "void";
    return fail("a body of a shape the generator did not write before");
  }
  if (statements.length !== 1 || !returns[0].expression) return fail("more than one statement");
  const expression = returns[0].expression;

  if (ts.isNewExpression(expression)) return expression.expression.getText(sourceFile);
  if (ts.isCallExpression(expression)) {
    const callee = expression.expression.getText(sourceFile);
    const type = CDKTF_CALL_TYPES.get(callee);
    if (!type) return fail(`a call of ${callee}, not in CDKTF_CALL_TYPES`);
    return type;
  }
  if (ts.isPropertyAccessExpression(expression)) {
    const target = expression.expression;
    // return this._field;
    if (target.kind === ts.SyntaxKind.ThisKeyword) {
      return fieldType(fields.get(expression.name.text), sourceFile, fail);
    }
    // return this._field.internalValue;
    if (
      expression.name.text === "internalValue" &&
      ts.isPropertyAccessExpression(target) &&
      target.expression.kind === ts.SyntaxKind.ThisKeyword
    ) {
      const className = constructedClass(fields.get(target.name.text));
      const type = className && internalValueTypes.get(className);
      if (!type) return fail(`${target.name.text} is not a field of a class with internalValue`);
      return type;
    }
  }
  return fail(`a return of ${ts.SyntaxKind[expression.kind]}`);
}

function fieldType(field, sourceFile, fail) {
  if (!field) return fail("it returns a field the class does not declare");
  if (field.type) return typeText(field.type, sourceFile, Boolean(field.questionToken));
  const className = constructedClass(field);
  if (className) return className;
  return fail(`field ${field.name.text} has neither a type nor a \`new\` initializer`);
}

function constructedClass(field) {
  const init = field?.initializer;
  // `new FooOutputReference(...)`, or one of cdktf's own such as `new cdktf.StringMap(...)`
  return init && ts.isNewExpression(init) ? init.expression.getText() : undefined;
}

function typeText(typeNode, sourceFile, optional) {
  const text = typeNode.getText(sourceFile);
  return optional && !/\bundefined\b/.test(text) ? `${text} | undefined` : text;
}

/** The offset just after the `)` closing the member's parameter list. */
function closeParenEnd(member, sourceFile) {
  const close = member
    .getChildren(sourceFile)
    .find((c) => c.kind === ts.SyntaxKind.CloseParenToken);
  if (!close) throw new Error(`${sourceFile.fileName}: a member without a parameter list`);
  return close.getEnd();
}
