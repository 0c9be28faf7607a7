package dev.gorolab.sim.syntax;

import dev.gorolab.sim.program.Messages;
import dev.gorolab.sim.program.Origin;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.ProgramChecker;
import dev.gorolab.sim.program.ProgramError;
import dev.gorolab.sim.syntax.Nodes.ImportDecl;
import dev.gorolab.sim.syntax.Nodes.Name;
import dev.gorolab.sim.syntax.Nodes.SelectorExpr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Go front end: reads a whole Go file into a checked {@link Program}, or into the errors
 * {@code go build} (go1.19) would print for it.
 *
 * <p>Stages, each stopping the next when it finds errors, as gc does: scanning and parsing
 * ({@link Parser}), lowering to the program model with GoroLab's directives ({@link Lowering},
 * {@link Directives}), and type checking by the checker shared with the JSON front end
 * ({@link ProgramChecker}). Errors are reported as gc reports them: one syntax error per line,
 * sorted by position, at most {@value #MAX_ERRORS} and then {@code too many errors}.
 */
public final class GoFile {

  /** gc stops after this many errors and prints {@code too many errors}. */
  public static final int MAX_ERRORS = 10;

  static final String TOO_MANY_ERRORS = "too many errors";
  static final String IMPORTED_NOT_USED = "imported and not used: %s";

  /**
   * What a Go file holds.
   *
   * @param program the checked program, null if there are errors
   * @param title the file's title: its first comment line, or the file name without {@code .go}
   * @param errors the errors, sorted by position; empty when {@code program} is set
   */
  public record Result(Program program, String title, List<GoError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private final String fileName;
  private final String text;
  private final List<GoError> reported = new ArrayList<>();

  private GoFile(String fileName, String text) {
    this.fileName = fileName;
    this.text = text;
  }

  /**
   * Reads Go source text.
   *
   * @param fileName the name shown in errors and above the code pane, e.g. {@code main.go}
   * @param text the file's text
   */
  public static Result read(String fileName, String text) {
    return new GoFile(fileName, text).read();
  }

  private Result read() {
    GoError header = GoBuildHeader.check(fileName, text);
    if (header != null) {
      // go build stops at the header; the title still comes from the comments.
      return new Result(null, title(Parser.parse(text).comments()), List.of(header));
    }
    Parser.Result parsed = Parser.parse(text);
    String title = title(parsed.comments());
    for (Parser.Error e : parsed.errors()) {
      report(e.line(), e.col(), e.msg());
    }
    if (!reported.isEmpty() || parsed.file() == null) {
      return new Result(null, title, finish());
    }
    List<Lowering.Problem> problems = new ArrayList<>();
    Directives directives = Directives.scan(parsed.comments(), text, problems);
    Lowering lowering = new Lowering(fileName, text, directives);
    Program program = lowering.lower(parsed.file());
    problems.addAll(lowering.problems());
    List<Lowering.Problem> typeErrors = new ArrayList<>();
    List<String> packages = imports(parsed.file(), lowering, directives, problems, typeErrors);
    boolean allSoft = problems.stream().allMatch(Lowering.Problem::soft);
    if (!problems.isEmpty() && !allSoft) {
      problems.addAll(typeErrors);
      problems.sort(Comparator.comparingInt(Lowering.Problem::line).thenComparingInt(Lowering.Problem::col));
      for (Lowering.Problem p : problems) {
        report(p.line(), p.col(), p.message());
      }
      return new Result(null, title, finish());
    }
    typeErrors.addAll(problems);
    List<Nodes.Node> opaque = new ArrayList<>(directives.marked());
    opaque.addAll(lowering.dropped());
    Set<String> namesInMarked = namesIn(opaque);
    for (ProgramError e : ProgramChecker.check(program, packages)) {
      Lowering.Problem p = notModeledMember(place(e, lowering), lowering);
      if (isUnusedVariable(e.message(), namesInMarked)) {
        continue; // a statement a directive replaced uses it
      }
      typeErrors.add(p);
    }
    typeErrors.sort(Comparator.comparingInt(Lowering.Problem::line).thenComparingInt(Lowering.Problem::col));
    for (Lowering.Problem p : typeErrors) {
      report(p.line(), p.col(), p.message());
    }
    List<GoError> errors = finish();
    return new Result(errors.isEmpty() ? program : null, title, errors);
  }

  // ---- imports ----

  /**
   * Checks the imports against their uses: an unused import is gc's {@code imported and not used};
   * a package GoroLab does not model may be used only inside statements a directive replaced.
   * Returns the packages the program may use.
   */
  private List<String> imports(
      Nodes.File file, Lowering lowering, Directives directives, List<Lowering.Problem> problems,
      List<Lowering.Problem> typeErrors) {
    Set<String> usedAnywhere = new LinkedHashSet<>();
    Nodes.walk(file, n -> {
      if (n instanceof SelectorExpr s && s.x instanceof Name pkg) {
        usedAnywhere.add(pkg.value);
      }
    });
    Set<String> usedOutside = new LinkedHashSet<>();
    collectOutside(file, directives.marked(), usedOutside);
    // A package used without its import is undefined, as in Go; the model's statements
    // (fmt.Println → Print) no longer name their package, so this is checked on the syntax.
    Set<String> declared = declaredNames(file);
    Set<String> undefined = new LinkedHashSet<>();
    Nodes.walk(file, n -> {
      if (n instanceof SelectorExpr s && s.x instanceof Name pkg && !lowering.imports().containsKey(pkg.value)
          && !declared.contains(pkg.value) && (Lowering.MODELED_PACKAGES.contains(pkg.value) || GoApi.isPackage(pkg.value))
          && undefined.add(pkg.line + ":" + pkg.col)) {
        typeErrors.add(new Lowering.Problem(pkg.line, pkg.col, "undefined: " + pkg.value));
      }
    });
    List<String> packages = new ArrayList<>();
    for (Map.Entry<String, ImportDecl> e : lowering.imports().entrySet()) {
      String name = e.getKey();
      ImportDecl d = e.getValue();
      String path = Lowering.importPath(d);
      if (!usedAnywhere.contains(name)) {
        typeErrors.add(new Lowering.Problem(d.line, d.col, String.format(IMPORTED_NOT_USED, Quote.string(path))));
        continue;
      }
      if (!Lowering.MODELED_PACKAGES.contains(path)) {
        if (usedOutside.contains(name)) {
          problems.add(new Lowering.Problem(d.path.line, d.path.col,
              String.format(Lowering.NOT_MODELED, "package " + path)));
        }
        continue;
      }
      packages.add(name);
    }
    return packages;
  }

  /** Every name the file declares anywhere (variables, parameters, functions, types). */
  private static Set<String> declaredNames(Nodes.File file) {
    Set<String> names = new LinkedHashSet<>();
    Nodes.walk(file, n -> {
      if (n instanceof Nodes.VarDecl v) {
        v.names.forEach(x -> names.add(x.value));
      } else if (n instanceof Nodes.ConstDecl c) {
        c.names.forEach(x -> names.add(x.value));
      } else if (n instanceof Nodes.TypeDecl t) {
        names.add(t.name.value);
      } else if (n instanceof Nodes.FuncDecl f) {
        names.add(f.name.value);
      } else if (n instanceof Nodes.Field f && f.name != null) {
        names.add(f.name.value);
      } else if (n instanceof Nodes.AssignStmt a && a.op == Operator.DEF) {
        Nodes.unpack(a.lhs).forEach(x -> names.add(x instanceof Name nm ? nm.value : ""));
      } else if (n instanceof Nodes.RangeClause r && r.def) {
        Nodes.unpack(r.lhs).forEach(x -> names.add(x instanceof Name nm ? nm.value : ""));
      }
    });
    return names;
  }

  // Names used as package qualifiers outside the statements a directive replaced.
  private static void collectOutside(Nodes.Node root, List<Nodes.Stmt> marked, Set<String> out) {
    Set<Nodes.Node> inside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Nodes.Node s : marked) {
      Nodes.walk(s, inside::add);
    }
    Nodes.walk(root, x -> {
      if (!inside.contains(x) && x instanceof SelectorExpr sel && sel.x instanceof Name pkg) {
        out.add(pkg.value);
      }
    });
  }

  private static Set<String> namesIn(List<? extends Nodes.Node> marked) {
    Set<String> names = new LinkedHashSet<>();
    for (Nodes.Node s : marked) {
      Nodes.walk(s, n -> {
        if (n instanceof Name name) {
          names.add(name.value);
        }
      });
    }
    return names;
  }

  private static boolean isUnusedVariable(String message, Set<String> namesInMarked) {
    String suffix = Messages.DECLARED_NOT_USED.substring(2);
    if (!message.endsWith(suffix)) {
      return false;
    }
    return namesInMarked.contains(message.substring(0, message.length() - suffix.length()));
  }

  private static final java.util.regex.Pattern UNDEFINED_MEMBER =
      java.util.regex.Pattern.compile("undefined: ([A-Za-z_][A-Za-z_0-9]*)\\.([A-Za-z_][A-Za-z_0-9]*)");
  private static final java.util.regex.Pattern NO_METHOD = java.util.regex.Pattern.compile(
      "[^ ]+ undefined \\(type \\*?([a-z/]+)\\.([A-Za-z_0-9]+) has no field or method ([A-Za-z_0-9]+)\\)");

  /**
   * A name the checker does not know but Go 1.19 has ({@code time.After}, a method of
   * {@code time.Duration}) is not modelled yet rather than undefined.
   */
  private static Lowering.Problem notModeledMember(Lowering.Problem p, Lowering lowering) {
    java.util.regex.Matcher m = UNDEFINED_MEMBER.matcher(p.message());
    if (m.matches()) {
      ImportDecl d = lowering.imports().get(m.group(1));
      if (d != null && GoApi.has(Lowering.importPath(d), m.group(2))) {
        return new Lowering.Problem(p.line(), p.col(),
            String.format(Lowering.NOT_MODELED, m.group(1) + "." + m.group(2)), p.soft());
      }
      return p;
    }
    m = NO_METHOD.matcher(p.message());
    if (m.matches() && GoApi.has(m.group(1), m.group(2) + "." + m.group(3))) {
      return new Lowering.Problem(p.line(), p.col(),
          String.format(Lowering.NOT_MODELED, "the method " + m.group(1) + "." + m.group(2) + "." + m.group(3)), p.soft());
    }
    return p;
  }

  // ---- positions ----

  /** Where a checker error is in the Go file, refined where gc points elsewhere than the model. */
  private Lowering.Problem place(ProgramError e, Lowering lowering) {
    Origin o = e.origin();
    int line = o.line();
    int col = e.exprColumn() > 0 ? o.column() + e.exprColumn() - 1 : o.column();
    String message = e.message();
    int other = message.indexOf("\n\t");
    if (other > 0 && message.startsWith(" redeclared in this block", message.indexOf(' '))) {
      // "x redeclared in this block\n\tL:C: other declaration of x": gc names the file and the name.
      String name = message.substring(0, message.indexOf(' '));
      String[] lc = message.substring(other + 2, message.indexOf(": other")).split(":");
      int[] first = findName(Integer.parseInt(lc[0]), Integer.parseInt(lc[1]), name);
      String at = first == null ? lc[0] + ":" + lc[1] : first[0] + ":" + first[1];
      message = message.substring(0, other + 2) + fileName + ":" + at + message.substring(message.indexOf(": other"));
      int[] here = findName(line, col, name);
      if (here != null) {
        return new Lowering.Problem(here[0], here[1], message);
      }
      return new Lowering.Problem(line, col, message);
    }
    if (message.equals(Messages.MISSING_RETURN)) {
      int[] brace = lowering.closingBrace(o);
      if (brace != null) {
        return new Lowering.Problem(brace[0], brace[1], message);
      }
    }
    if (message.equals(Messages.NO_NEW_VARIABLES) && e.exprColumn() == 0) {
      // gc reports at the := operator; the model keeps where the statement starts.
      int[] at = findText(line, col, ":=");
      if (at != null) {
        return new Lowering.Problem(at[0], at[1], message);
      }
    }
    java.util.regex.Matcher selector = SELECTOR_ERROR.matcher(message);
    if (selector.lookingAt()) {
      // types2 reports a bad selector at the selected name, the model where the operand starts.
      int[] at = findText(line, col, "." + selector.group(1));
      if (at != null) {
        return new Lowering.Problem(at[0], at[1] + 1, message);
      }
    }
    String suffix = Messages.DECLARED_NOT_USED.substring(2);
    if (message.endsWith(suffix) && e.exprColumn() == 0 && line > 0) {
      // The model keeps a statement's position, gc the variable's: find the name from there.
      String name = message.substring(0, message.length() - suffix.length());
      int[] at = findName(line, col, name);
      if (at != null) {
        return new Lowering.Problem(at[0], at[1], message);
      }
    }
    return new Lowering.Problem(line, col, message);
  }

  // "x.name undefined (...)" or "undefined: pkg.name"
  private static final java.util.regex.Pattern SELECTOR_ERROR =
      java.util.regex.Pattern.compile("(?:undefined: [A-Za-z_][A-Za-z_0-9]*\\.|[^ ]*\\.)([A-Za-z_][A-Za-z_0-9]*)(?: undefined \\(|$)");

  /** The position of the first {@code s} at or after (line, byte col) on that line, or null. */
  private int[] findText(int line, int col, String s) {
    String[] lines = text.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return null;
    }
    String l = lines[line - 1];
    int i = l.indexOf(s, charIndex(l, col));
    return i < 0 ? null : new int[] {line, byteColumn(l, i)};
  }

  /** The position of the first whole-word {@code name} at or after (line, byte col), or null. */
  private int[] findName(int line, int col, String name) {
    String[] lines = text.split("\n", -1);
    for (int l = line; l <= lines.length && l < line + 50; l++) {
      String s = lines[l - 1];
      int from = l == line ? charIndex(s, col) : 0;
      int i = from;
      while ((i = s.indexOf(name, i)) >= 0) {
        boolean before = i == 0 || !isIdentChar(s.charAt(i - 1));
        int end = i + name.length();
        boolean after = end >= s.length() || !isIdentChar(s.charAt(end));
        if (before && after) {
          return new int[] {l, byteColumn(s, i)};
        }
        i = end;
      }
    }
    return null;
  }

  private static boolean isIdentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The character index in {@code line} of a 1-based UTF-8 byte column. */
  public static int charIndex(String line, int byteCol) {
    int bytes = 0;
    int i = 0;
    while (i < line.length() && bytes < byteCol - 1) {
      int c = line.codePointAt(i);
      bytes += new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      i += Character.charCount(c);
    }
    return i;
  }

  private static int byteColumn(String line, int charIndex) {
    return line.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length + 1;
  }

  // ---- reporting as gc does ----

  private int lastSyntaxLine = -1;
  private int lastOtherLine = -1;
  private String lastOtherMessage;
  private boolean tooMany;

  /** gc's ErrorfAt: one syntax error per line, equal errors once per line, stop after 10. */
  private void report(int line, int col, String message) {
    if (tooMany) {
      return;
    }
    if (message.startsWith("syntax error")) {
      if (line == lastSyntaxLine) {
        return;
      }
      lastSyntaxLine = line;
    } else {
      if (line == lastOtherLine && message.equals(lastOtherMessage)) {
        return;
      }
      lastOtherLine = line;
      lastOtherMessage = message;
    }
    if (line <= 0 && message.equals(Messages.MISSING_MAIN)) {
      // Not the compiler's but the linker's error, named by the symbol it misses.
      reported.add(new GoError("runtime.main_main·f", 0, 0, message));
    } else {
      reported.add(new GoError(fileName, line, col, message));
    }
    if (reported.size() >= MAX_ERRORS) {
      tooMany = true;
    }
  }

  private List<GoError> finish() {
    List<GoError> sorted = new ArrayList<>(reported);
    sorted.sort(Comparator.comparingInt(GoError::line).thenComparingInt(GoError::column));
    List<GoError> out = new ArrayList<>();
    for (GoError e : sorted) {
      // gc prints an error once even when reported twice at the same place
      if (out.isEmpty() || !out.get(out.size() - 1).equals(e)) {
        out.add(e);
      }
    }
    if (tooMany) {
      GoError last = reported.get(reported.size() - 1);
      out.add(new GoError(fileName, last.line(), last.column(), TOO_MANY_ERRORS));
    }
    return out;
  }

  // ---- title ----

  /** The first line of the file's first comment, or the file name without {@code .go}. */
  private String title(List<Scanner.Comment> comments) {
    for (Scanner.Comment c : comments) {
      String body = c.body();
      if (body.startsWith("go:") || body.startsWith(Directives.PREFIX) || body.startsWith("line ")) {
        continue;
      }
      for (String l : body.split("\n")) {
        String t = l.strip();
        if (t.startsWith("*")) {
          t = t.substring(1).strip();
        }
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    return base.endsWith(".go") ? base.substring(0, base.length() - 3) : base;
  }
}
