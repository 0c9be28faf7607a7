package dev.gorolab.sim.syntax;

import dev.gorolab.sim.program.Expr;
import dev.gorolab.sim.program.ExprParser;
import dev.gorolab.sim.program.FunctionDecl;
import dev.gorolab.sim.program.GoSource;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.Origin;
import dev.gorolab.sim.program.Param;
import dev.gorolab.sim.program.Pos;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.Stmt;
import dev.gorolab.sim.syntax.Nodes.ArrayType;
import dev.gorolab.sim.syntax.Nodes.AssertExpr;
import dev.gorolab.sim.syntax.Nodes.AssignStmt;
import dev.gorolab.sim.syntax.Nodes.BasicLit;
import dev.gorolab.sim.syntax.Nodes.BlockStmt;
import dev.gorolab.sim.syntax.Nodes.BranchStmt;
import dev.gorolab.sim.syntax.Nodes.CallExpr;
import dev.gorolab.sim.syntax.Nodes.CallStmt;
import dev.gorolab.sim.syntax.Nodes.ChanType;
import dev.gorolab.sim.syntax.Nodes.CaseClause;
import dev.gorolab.sim.syntax.Nodes.CommClause;
import dev.gorolab.sim.syntax.Nodes.CompositeLit;
import dev.gorolab.sim.syntax.Nodes.ConstDecl;
import dev.gorolab.sim.syntax.Nodes.Decl;
import dev.gorolab.sim.syntax.Nodes.DeclStmt;
import dev.gorolab.sim.syntax.Nodes.DotsType;
import dev.gorolab.sim.syntax.Nodes.EmptyStmt;
import dev.gorolab.sim.syntax.Nodes.ExprStmt;
import dev.gorolab.sim.syntax.Nodes.Field;
import dev.gorolab.sim.syntax.Nodes.File;
import dev.gorolab.sim.syntax.Nodes.ForStmt;
import dev.gorolab.sim.syntax.Nodes.FuncDecl;
import dev.gorolab.sim.syntax.Nodes.FuncLit;
import dev.gorolab.sim.syntax.Nodes.FuncType;
import dev.gorolab.sim.syntax.Nodes.IfStmt;
import dev.gorolab.sim.syntax.Nodes.ImportDecl;
import dev.gorolab.sim.syntax.Nodes.IndexExpr;
import dev.gorolab.sim.syntax.Nodes.InterfaceType;
import dev.gorolab.sim.syntax.Nodes.KeyValueExpr;
import dev.gorolab.sim.syntax.Nodes.LabeledStmt;
import dev.gorolab.sim.syntax.Nodes.ListExpr;
import dev.gorolab.sim.syntax.Nodes.MapType;
import dev.gorolab.sim.syntax.Nodes.Name;
import dev.gorolab.sim.syntax.Nodes.Node;
import dev.gorolab.sim.syntax.Nodes.Operation;
import dev.gorolab.sim.syntax.Nodes.ParenExpr;
import dev.gorolab.sim.syntax.Nodes.RangeClause;
import dev.gorolab.sim.syntax.Nodes.ReturnStmt;
import dev.gorolab.sim.syntax.Nodes.SelectStmt;
import dev.gorolab.sim.syntax.Nodes.SelectorExpr;
import dev.gorolab.sim.syntax.Nodes.SendStmt;
import dev.gorolab.sim.syntax.Nodes.SliceExpr;
import dev.gorolab.sim.syntax.Nodes.SliceType;
import dev.gorolab.sim.syntax.Nodes.StructType;
import dev.gorolab.sim.syntax.Nodes.SwitchStmt;
import dev.gorolab.sim.syntax.Nodes.TypeDecl;
import dev.gorolab.sim.syntax.Nodes.TypeSwitchGuard;
import dev.gorolab.sim.syntax.Nodes.VarDecl;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers a parsed Go file to the program model ({@link Program}), the same program the JSON front
 * end builds for the same code: {@code fmt.Println(..)} becomes {@link Stmt.Print},
 * {@code time.Sleep(d)} a {@link Stmt.Sleep}, {@code ch := make(chan T, n)} a {@link Stmt.Make},
 * and so on (the same forms {@code ScenarioConverter.fromCall} turns into statements).
 *
 * <p>One method per construct: {@link #decl} for declarations, {@link #stmt} for statements,
 * {@link #expr} for expressions, {@link #type} for types. A construct the model does not have
 * yet is reported as {@code GoroLab does not model X yet} at its position by
 * {@link #notModeled}; to support it, replace that call in its method with the lowering.
 *
 * <p>Positions: a statement's {@link Origin} is its Go line and byte column; an expression's
 * {@link Pos} is {@code (Origin(line, column 1), column)}, so that a checker error's column
 * (origin column + expression column - 1) is the Go column.
 */
final class Lowering {

  /** What lowering found wrong, at a Go line and byte column. */
  record Problem(int line, int col, String message, boolean soft) {
    Problem(int line, int col, String message) {
      this(line, col, message, false);
    }
  }

  static final String NOT_MODELED = "GoroLab does not model %s yet";

  /**
   * The packages the program model knows; an import of any other is reported as not modelled.
   * Grows with the emulated standard library.
   */
  static final List<String> MODELED_PACKAGES = dev.gorolab.sim.program.Library.PACKAGES;

  private final String fileName;
  private final String text;
  private final Directives directives;
  private final List<Problem> problems = new ArrayList<>();
  /** Names declared by declarations reported as not modelled: their uses are not errors again. */
  private final List<String> unmodeledNames = new ArrayList<>();
  /** Imports by local name: the import declaration. */
  private final Map<String, ImportDecl> imports = new LinkedHashMap<>();
  /** Function bodies by the origin of their function: where their closing brace is. */
  private final Map<Origin, int[]> closingBraces = new LinkedHashMap<>();

  Lowering(String fileName, String text, Directives directives) {
    this.fileName = fileName;
    this.text = text;
    this.directives = directives;
  }

  List<Problem> problems() {
    return problems;
  }

  /** Code left out of the program after a soft error: the names it uses count as used. */
  List<Nodes.Node> dropped() {
    return dropped;
  }

  private final List<Nodes.Node> dropped = new ArrayList<>();

  /** The local names of the imported packages, with their import declarations. */
  Map<String, ImportDecl> imports() {
    return imports;
  }

  /** Where the body of the function (or function literal) at {@code origin} ends. */
  int[] closingBrace(Origin origin) {
    return closingBraces.get(origin);
  }

  // ---- positions and problems ----

  private static Origin origin(int line, int col) {
    return new Origin("", line, col);
  }

  private static Origin originOf(Node n) {
    int[] p = Nodes.start(n);
    return origin(p[0], p[1]);
  }

  private static Pos pos(Node n) {
    int[] p = Nodes.start(n);
    return new Pos(origin(p[0], 1), p[1]);
  }

  private static int lineOf(Node n) {
    return Nodes.start(n)[0];
  }

  private void problem(Node n, String message) {
    int[] p = Nodes.start(n);
    problems.add(new Problem(p[0], p[1], message));
  }

  /** Reports a construct GoroLab does not model yet; returns null so callers can drop it. */
  private <T> T notModeled(Node n, String what) {
    problem(n, String.format(NOT_MODELED, what));
    return null;
  }

  // ---- file and declarations ----

  Program lower(File f) {
    if (f.pkgName.value.equals("_")) {
      problem(f.pkgName, "invalid package name _");
    } else if (!f.pkgName.value.equals("main")) {
      problem(f.pkgName, "package " + f.pkgName.value + " is not a main package");
    }
    List<Stmt.Var> globals = new ArrayList<>();
    List<FunctionDecl> functions = new ArrayList<>();
    List<Stmt.Const> consts = new ArrayList<>();
    List<Stmt.TypeDecl> types = new ArrayList<>();
    // Types first (spec: a type may be used before its declaration), in two steps so that types
    // may refer to each other: names, then underlying types.
    List<TypeDecl> typeDecls = new ArrayList<>();
    foldPackageConstants(f.decls);
    for (Decl d : f.decls) {
      if (d instanceof TypeDecl t) {
        typeDecls.add(t);
        declareTypeName(t);
      }
    }
    for (TypeDecl t : typeDecls) {
      Stmt.TypeDecl td = typeDecl(t);
      if (td != null) {
        types.add(td);
      }
    }
    for (Decl d : f.decls) {
      if (d instanceof TypeDecl) {
        continue;
      }
      if (d instanceof ConstDecl c) {
        Stmt.Const k = constSpec(c);
        if (k != null) {
          consts.add(k);
        }
        continue;
      }
      decl(d, globals, functions);
    }
    directives.reportUnused(problems);
    return new Program(globals, functions, Optional.of(new GoSource(fileName, text)), consts, types);
  }

  /**
   * Folds the package's constants before the types are lowered, so that a type may use one as an
   * array length ({@code type Grid [Rows][Cols]int}) wherever it is declared. The constants are
   * lowered again, with their problems reported, in declaration order afterwards.
   */
  private void foldPackageConstants(List<Decl> decls) {
    int reported = problems.size();
    for (Decl d : decls) {
      if (d instanceof ConstDecl c) {
        constSpec(c);
      }
    }
    problems.subList(reported, problems.size()).clear();
    previousConst = null;
    iota = 0;
  }

  /** The program's declared types by name: a defined type ({@link GoType.Named}) or an alias's type. */
  private final Map<String, GoType> declaredTypes = new LinkedHashMap<>();
  private final Map<TypeDecl, GoType.Named> namedOf = new LinkedHashMap<>();

  private void declareTypeName(TypeDecl t) {
    if (!t.typeParams.isEmpty()) {
      unmodeledNames.add(t.name.value);
      notModeled(t.typeParams.get(0), "generic types");
      return;
    }
    if (t.alias) {
      return; // its type is known once lowered
    }
    GoType.Named n = new GoType.Named(t.name.value, "main");
    namedOf.put(t, n);
    if (!t.name.value.equals("_")) {
      declaredTypes.putIfAbsent(t.name.value, n);
    }
  }

  /** {@code type Name T} (the name declared by {@link #declareTypeName}) or {@code type Name = T}. */
  private Stmt.TypeDecl typeDecl(TypeDecl t) {
    if (!t.typeParams.isEmpty()) {
      return null;
    }
    if (t.alias) {
      GoType target = type(t.type);
      if (target == null) {
        unmodeledNames.add(t.name.value);
        return null;
      }
      declaredTypes.putIfAbsent(t.name.value, target);
      GoType.Named n = new GoType.Named(t.name.value, "main");
      n.setUnderlying(GoType.under(target));
      return new Stmt.TypeDecl(n, target, originOf(t.name), lineOf(t));
    }
    GoType.Named n = namedOf.get(t);
    if (Nodes.unparen(t.type) instanceof Name self && self.value.equals(t.name.value)) {
      problem(t.name, "invalid recursive type " + t.name.value);
      unmodeledNames.add(t.name.value);
      return null;
    }
    GoType u = type(t.type);
    if (u == null) {
      unmodeledNames.add(t.name.value);
      declaredTypes.remove(t.name.value);
      return null;
    }
    if (u instanceof GoType.Named other && !other.hasUnderlying()) {
      notModeled(t, "a type defined by a type declared after it");
      return null;
    }
    n.setUnderlying(u);
    return new Stmt.TypeDecl(n, null, originOf(t.name), lineOf(t));
  }

  // The const spec before the one being lowered, for iota and implicit repetition (spec: Constant declarations).
  private ConstDecl previousConst;
  private int iota;

  /**
   * One const spec; a spec without type and values repeats the previous spec's (Go's implicit
   * repetition), and {@code iota} counts the specs of a parenthesised group.
   */
  private Stmt.Const constSpec(ConstDecl c) {
    if (previousConst != null && previousConst.group != null && previousConst.group == c.group) {
      iota++;
    } else {
      iota = 0;
    }
    ConstDecl source = c;
    if (c.values == null && c.type == null && previousConst != null && previousConst.group == c.group && c.group != null) {
      source = previousConst;
    } else {
      previousConst = c;
    }
    if (c.values == null && source == c) {
      if (c.type != null || iota == 0) {
        problem(c, "missing init expr for const declaration");
        return null;
      }
    }
    List<String> names = new ArrayList<>();
    for (Name n : c.names) {
      names.add(n.value);
    }
    GoType type = source.type == null ? null : type(source.type);
    if (source.type != null && type == null) {
      return null;
    }
    List<Expr> values = exprs(Nodes.unpack(source.values));
    if (values == null) {
      return null;
    }
    for (int i = 0; i < names.size() && i < values.size(); i++) {
      Object v = constValue(values.get(i));
      if (v != null) {
        consts.put(names.get(i), v);
      }
    }
    return new Stmt.Const(names, type, values, iota, originOf(c), lineOf(c));
  }

  private void decl(Decl d, List<Stmt.Var> globals, List<FunctionDecl> functions) {
    if (d instanceof ImportDecl i) {
      importDecl(i);
    } else if (d instanceof VarDecl v) {
      Stmt.Var var = varDecl(v);
      if (var != null) {
        globals.add(var);
      }
    } else if (d instanceof FuncDecl fd) {
      FunctionDecl fn = funcDecl(fd);
      if (fn != null) {
        functions.add(fn);
      }
    }
  }

  private void importDecl(ImportDecl d) {
    if (d.path == null || d.path.bad) {
      return;
    }
    String path = Literals.unquoteString(d.path.value);
    if (d.localPkgName != null) {
      notModeled(d.localPkgName, "renamed imports");
      return;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (imports.containsKey(name)) {
      problem(d, name + " redeclared in this block");
      return;
    }
    imports.put(name, d);
  }

  /** The import path of an import declaration. */
  static String importPath(ImportDecl d) {
    return Literals.unquoteString(d.path.value);
  }

  private Stmt.Var varDecl(VarDecl v) {
    List<String> names = new ArrayList<>();
    for (Name n : v.names) {
      names.add(n.value);
    }
    GoType type = v.type == null ? null : type(v.type);
    if (v.type != null && type == null) {
      return null;
    }
    List<Expr> values = exprs(Nodes.unpack(v.values));
    if (values == null) {
      return null;
    }
    return new Stmt.Var(names, type, values, originOf(v), lineOf(v));
  }

  private FunctionDecl funcDecl(FuncDecl d) {
    Param receiver = null;
    if (d.recv != null) {
      GoType rt = type(d.recv.type);
      if (rt == null) {
        return null;
      }
      receiver = new Param(d.recv.name == null ? "" : d.recv.name.value, rt);
    }
    if (!d.typeParams.isEmpty()) {
      return notModeled(d.typeParams.get(0), "generic functions");
    }
    if (d.body == null) {
      problem(d.name, "missing function body");
      return null;
    }
    List<Param> params = params(d.type.params);
    List<GoType> results = results(d.type.results);
    Origin origin = origin(d.name.line, d.name.col);
    closingBraces.put(origin, new int[] {d.body.rbraceLine, d.body.rbraceCol});
    List<Stmt> body = block(d.body.list);
    Gotos.check(fileName, d.body, problems);
    reportUnusedLabels();
    if (params == null || results == null) {
      return null;
    }
    List<String> resultNames = new ArrayList<>();
    for (Field f : d.type.results) {
      if (f.name != null) {
        resultNames.add(f.name.value);
      }
    }
    if (!resultNames.isEmpty() && resultNames.size() != results.size()) {
      problem(d.name, "mixed named and unnamed parameters");
      return null;
    }
    return new FunctionDecl(d.name.value, params, results, body, origin, d.line, receiver, variadic(d.type.params),
        resultNames);
  }

  /** Whether the last parameter is {@code ...T}. */
  private static boolean variadic(List<Field> params) {
    return !params.isEmpty() && params.get(params.size() - 1).type instanceof DotsType;
  }

  private List<Param> params(List<Field> fields) {
    List<Param> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      GoType t;
      if (f.type instanceof DotsType d) {
        if (i != fields.size() - 1) {
          problem(d, "can only use ... with final parameter in list");
          ok = false;
          continue;
        }
        GoType elem = type(d.elem);
        t = elem == null ? null : new GoType.Slice(elem);
      } else {
        t = type(f.type);
      }
      if (t == null) {
        ok = false;
        continue;
      }
      out.add(new Param(f.name == null ? "" : f.name.value, t));
    }
    return ok ? out : null;
  }

  private List<GoType> results(List<Field> fields) {
    List<GoType> out = new ArrayList<>();
    boolean ok = true;
    for (Field f : fields) {
      GoType t = type(f.type);
      if (t == null) {
        ok = false;
      } else {
        out.add(t);
      }
    }
    return ok ? out : null;
  }

  // ---- statements ----

  private List<Stmt> block(List<Nodes.Stmt> list) {
    List<Stmt> out = new ArrayList<>();
    for (Nodes.Stmt s : list) {
      stmt(s, out);
    }
    return out;
  }

  /** Lowers one statement into {@code out} (a var group adds several; an empty statement none). */
  private void stmt(Nodes.Stmt s, List<Stmt> out) {
    int line = lineOf(s);
    Origin origin = originOf(s);
    Stmt marked = directives.replacement(s, line, origin, problems);
    if (marked != null) {
      out.add(marked);
      return;
    }
    Stmt lowered;
    if (s instanceof EmptyStmt) {
      lowered = null;
    } else if (s instanceof LabeledStmt l) {
      out.add(new Stmt.Label(l.label.value, origin, line));
      lowered = labeled(l);
    } else if (s instanceof BlockStmt b) {
      lowered = new Stmt.Block(block(b.list), origin, line);
    } else if (s instanceof ExprStmt e) {
      lowered = exprStmt(e, origin, line);
    } else if (s instanceof SendStmt send) {
      lowered = send(send, origin, line);
    } else if (s instanceof AssignStmt a) {
      lowered = assign(a, origin, line);
    } else if (s instanceof DeclStmt d) {
      declStmt(d, out);
      lowered = null;
    } else if (s instanceof BranchStmt b) {
      lowered = branch(b, origin, line);
    } else if (s instanceof CallStmt c) {
      lowered = goOrDefer(c, origin, line);
    } else if (s instanceof ReturnStmt r) {
      lowered = returnStmt(r, origin, line);
    } else if (s instanceof IfStmt i) {
      lowered = ifStmt(i);
    } else if (s instanceof ForStmt f) {
      lowered = forStmt(f, null);
    } else if (s instanceof SwitchStmt sw) {
      lowered = switchStmt(sw, null);
    } else if (s instanceof SelectStmt sel) {
      lowered = select(sel, null);
    } else {
      lowered = notModeled(s, "this statement");
    }
    if (lowered != null) {
      out.add(lowered);
    }
  }

  /** Labels of the function being lowered, and the labels its branch statements use. */
  private final List<Name> labels = new ArrayList<>();
  private final List<String> usedLabels = new ArrayList<>();

  /** syntax/branches.go: a label no break, continue or goto names is an error. */
  private void reportUnusedLabels() {
    for (Name l : labels) {
      if (!usedLabels.contains(l.value)) {
        problems.add(new Problem(l.line, l.col, "label " + l.value + " defined and not used", true));
      }
    }
    labels.clear();
    usedLabels.clear();
  }

  private Stmt labeled(LabeledStmt l) {
    for (Name first : labels) {
      if (first.value.equals(l.label.value)) {
        // syntax/branches.go: labels share one scope per function body, nested loops included.
        problems.add(new Problem(l.label.line, l.label.col, "label " + l.label.value + " already defined at "
            + fileName + ":" + first.line + ":" + first.col));
      }
    }
    labels.add(l.label);
    if (l.stmt instanceof ForStmt f) {
      return forStmt(f, l.label.value);
    }
    if (l.stmt instanceof SelectStmt s) {
      return select(s, l.label.value);
    }
    if (l.stmt instanceof SwitchStmt sw) {
      return switchStmt(sw, l.label.value);
    }
    // Another statement's label serves only goto: the Stmt.Label before it is the goto's target.
    List<Stmt> out = new ArrayList<>();
    stmt(l.stmt, out);
    return out.isEmpty() ? null : out.get(0);
  }

  private Stmt exprStmt(ExprStmt e, Origin origin, int line) {
    Nodes.Expr x = Nodes.unparen(e.x);
    if (x instanceof CallExpr c) {
      Expr call = expr(c);
      return call instanceof Expr.Call lc ? fromCall(lc, origin, line) : null;
    }
    Expr v = expr(x);
    return v == null ? null : new Stmt.ExprStmt(v, origin, line);
  }

  /**
   * A call statement as the dedicated statement when it is one: {@code fmt.Println} → Print,
   * {@code time.Sleep} → Sleep, {@code close} → Close, {@code panic} → Panic (the same rule as
   * the JSON front end's {@code ScenarioConverter.fromCall}).
   */
  static Stmt fromCall(Expr.Call c, Origin origin, int line) {
    if (c.fun() instanceof Expr.Selector sel && sel.operand() instanceof Expr.Ident pkg && !c.spread()) {
      switch (pkg.name() + "." + sel.name()) {
        case "time.Sleep":
          if (c.args().size() == 1) {
            return new Stmt.Sleep(c.args().get(0), origin, line);
          }
          break;
        case "fmt.Println":
          return new Stmt.Print(Stmt.PrintKind.PRINTLN, c.args(), origin, line);
        case "fmt.Print":
          return new Stmt.Print(Stmt.PrintKind.PRINT, c.args(), origin, line);
        case "fmt.Printf":
          return new Stmt.Print(Stmt.PrintKind.PRINTF, c.args(), origin, line);
        default:
          break;
      }
    }
    if (c.fun() instanceof Expr.Ident id && c.args().size() == 1 && !c.spread()) {
      if (id.name().equals("close")) {
        return new Stmt.Close(c.args().get(0), origin, line);
      }
      if (id.name().equals("panic")) {
        return new Stmt.Panic(c.args().get(0), origin, line);
      }
    }
    return new Stmt.ExprStmt(c, origin, line);
  }

  private Stmt send(SendStmt s, Origin origin, int line) {
    Expr ch = expr(s.chan);
    Expr v = expr(s.value);
    return ch == null || v == null ? null : new Stmt.Send(ch, v, origin, line);
  }

  private Stmt assign(AssignStmt a, Origin origin, int line) {
    if (a.rhs == null) {
      Expr target = expr(a.lhs);
      return target == null ? null : new Stmt.IncDec(target, a.op == Operator.ADD, origin, line);
    }
    List<Nodes.Expr> lhs = Nodes.unpack(a.lhs);
    List<Nodes.Expr> rhs = Nodes.unpack(a.rhs);
    if (a.op == Operator.DEF) {
      List<String> names = defineNames(lhs);
      if (names == null) {
        return null;
      }
      if (names.size() == 1 && rhs.size() == 1 && Nodes.unparen(rhs.get(0)) instanceof CallExpr c
          && c.fun instanceof Name f && f.value.equals("make") && !c.hasDots && !c.args.isEmpty()
          && c.args.size() <= 2 && Nodes.unparen(c.args.get(0)) instanceof ChanType ct) {
        GoType type = type(ct);
        Expr cap = c.args.size() > 1 ? expr(c.args.get(1)) : null;
        if (type == null || (c.args.size() > 1 && cap == null)) {
          return null;
        }
        return new Stmt.Make(names.get(0), type, cap, origin, line);
      }
      List<Expr> values = exprs(rhs);
      return values == null ? null : new Stmt.Let(names, values, origin, line);
    }
    List<Expr> targets = exprs(lhs);
    List<Expr> values = exprs(rhs);
    if (targets == null || values == null) {
      return null;
    }
    String op = a.op == null ? "=" : a.op + "=";
    return new Stmt.Assign(targets, op, values, origin, line);
  }

  private List<String> defineNames(List<Nodes.Expr> lhs) {
    List<String> names = new ArrayList<>();
    boolean ok = true;
    for (Nodes.Expr e : lhs) {
      if (e instanceof Name n) {
        names.add(n.value);
      } else {
        problem(e, "non-name " + Printer.string(e) + " on left side of :=");
        ok = false;
      }
    }
    return ok ? names : null;
  }

  private void declStmt(DeclStmt d, List<Stmt> out) {
    for (Decl decl : d.decls) {
      if (decl instanceof VarDecl v) {
        Stmt.Var var = varDecl(v);
        if (var != null) {
          out.add(var);
        }
      } else if (decl instanceof ConstDecl c) {
        Stmt.Const k = constSpec(c);
        if (k != null) {
          out.add(k);
        }
      } else if (decl instanceof TypeDecl t) {
        GoType saved = declaredTypes.get(t.name.value);
        declaredTypes.remove(t.name.value);
        declareTypeName(t);
        Stmt.TypeDecl td = typeDecl(t);
        if (td != null) {
          out.add(td);
        } else if (saved != null && !declaredTypes.containsKey(t.name.value)) {
          declaredTypes.put(t.name.value, saved);
        }
      }
    }
  }

  private Stmt branch(BranchStmt b, Origin origin, int line) {
    String label = b.label == null ? null : b.label.value;
    if (label != null) {
      usedLabels.add(label);
    }
    return switch (b.tok) {
      case BREAK -> new Stmt.Break(label, origin, line);
      case CONTINUE -> new Stmt.Continue(label, origin, line);
      case GOTO -> new Stmt.Goto(label, origin, line);
      default -> {
        problem(b, "fallthrough statement out of place");
        yield null;
      }
    };
  }

  private Stmt goOrDefer(CallStmt c, Origin origin, int line) {
    Expr e = expr(c.call);
    if (!(e instanceof Expr.Call call)) {
      return null;
    }
    return c.tok == Token.GO ? new Stmt.Go(call, origin, line) : new Stmt.Defer(call, origin, line);
  }

  private Stmt returnStmt(ReturnStmt r, Origin origin, int line) {
    List<Expr> values = exprs(Nodes.unpack(r.results));
    return values == null ? null : new Stmt.Return(values, origin, line);
  }

  private Stmt ifStmt(IfStmt i) {
    Origin origin = originOf(i);
    int line = lineOf(i);
    Stmt init = simple(i.init);
    if (i.init != null && init == null) {
      return null;
    }
    Expr cond = expr(i.cond);
    List<Stmt> then = block(i.then.list);
    List<Stmt> otherwise = new ArrayList<>();
    if (i.elseStmt instanceof BlockStmt b) {
      otherwise = block(b.list);
    } else if (i.elseStmt != null) {
      stmt(i.elseStmt, otherwise);
    }
    return cond == null ? null : new Stmt.If(init, cond, then, otherwise, origin, line);
  }

  /** The init or post statement of an if or for header; null stays null. */
  private Stmt simple(Nodes.SimpleStmt s) {
    if (s == null) {
      return null;
    }
    List<Stmt> out = new ArrayList<>();
    stmt(s, out);
    return out.isEmpty() ? null : out.get(0);
  }

  private Stmt forStmt(ForStmt f, String label) {
    Origin origin = originOf(f);
    int line = lineOf(f);
    if (f.init instanceof RangeClause r) {
      List<Nodes.Expr> lhs = Nodes.unpack(r.lhs);
      if (lhs.size() > 2) {
        problem(lhs.get(2), "range clause permits at most two iteration variables");
        return null;
      }
      if (r.def) {
        for (Nodes.Expr e : lhs) {
          if (!(e instanceof Name)) {
            problem(e, "non-name " + Printer.string(e) + " on left side of :=");
            return null;
          }
        }
      }
      Expr key = lhs.isEmpty() ? null : expr(lhs.get(0));
      Expr value = lhs.size() < 2 ? null : expr(lhs.get(1));
      Expr x = expr(r.x);
      List<Stmt> body = block(f.body.list);
      if (x == null || (!lhs.isEmpty() && key == null) || (lhs.size() > 1 && value == null)) {
        return null;
      }
      return new Stmt.ForRange(label, key, value, r.def, x, body, origin, line);
    }
    Stmt init = simple(f.init);
    Expr cond = f.cond == null ? null : expr(f.cond);
    Stmt post = simple(f.post);
    List<Stmt> body = block(f.body.list);
    if ((f.init != null && init == null) || (f.cond != null && cond == null) || (f.post != null && post == null)) {
      return null;
    }
    return new Stmt.For(label, init, cond, post, body, origin, line);
  }

  /** An expression switch; a clause's closing {@code fallthrough} becomes its flag. */
  private Stmt switchStmt(SwitchStmt sw, String label) {
    if (sw.tag instanceof TypeSwitchGuard g) {
      return typeSwitch(sw, g, label);
    }
    Stmt init = simple(sw.init);
    if (sw.init != null && init == null) {
      return null;
    }
    Expr tag = sw.tag == null ? null : expr(sw.tag);
    if (sw.tag != null && tag == null) {
      return null;
    }
    List<Stmt.SwitchClause> clauses = new ArrayList<>();
    boolean ok = true;
    for (CaseClause c : sw.body) {
      List<Expr> exprs = c.cases == null ? List.of() : exprs(Nodes.unpack(c.cases));
      List<Nodes.Stmt> body = c.body;
      boolean fallthrough = false;
      if (!body.isEmpty() && body.get(body.size() - 1) instanceof BranchStmt b && b.tok == Token.FALLTHROUGH) {
        fallthrough = true;
        body = body.subList(0, body.size() - 1);
      }
      List<Stmt> lowered = block(body);
      if (exprs == null) {
        ok = false;
        continue;
      }
      clauses.add(new Stmt.SwitchClause(exprs, lowered, fallthrough, origin(c.line, c.col), c.line));
    }
    return ok ? new Stmt.Switch(label, init, tag, clauses, originOf(sw), lineOf(sw)) : null;
  }

  /** {@code switch v := x.(type)}: clauses list types, or nil. */
  private Stmt typeSwitch(SwitchStmt sw, TypeSwitchGuard g, String label) {
    Stmt init = simple(sw.init);
    if (sw.init != null && init == null) {
      return null;
    }
    Expr x = expr(g.x);
    List<Stmt.SwitchClause> clauses = new ArrayList<>();
    boolean ok = x != null;
    for (CaseClause c : sw.body) {
      List<Expr> types = new ArrayList<>();
      if (c.cases != null) {
        for (Nodes.Expr t : Nodes.unpack(c.cases)) {
          if (Nodes.unparen(t) instanceof Name n && n.value.equals("nil")) {
            types.add(new Expr.Ident("nil", pos(t)));
            continue;
          }
          GoType type = type(t);
          if (type == null) {
            ok = false;
          } else {
            types.add(new Expr.TypeExpr(type, pos(t)));
          }
        }
      }
      List<Stmt> body = block(c.body);
      clauses.add(new Stmt.SwitchClause(types, body, false, origin(c.line, c.col), c.line));
    }
    return ok ? new Stmt.TypeSwitch(label, init, g.lhs == null ? null : g.lhs.value, x, clauses, originOf(sw), lineOf(sw))
        : null;
  }

  private Stmt select(SelectStmt s, String label) {
    List<Stmt.Clause> clauses = new ArrayList<>();
    CommClause firstDefault = null;
    boolean ok = true;
    for (CommClause c : s.body) {
      Origin origin = origin(c.line, c.col);
      List<Stmt> body = block(c.body);
      if (c.comm == null) {
        if (firstDefault != null) {
          problem(c, "multiple defaults (first at " + fileName + ":" + firstDefault.line + ":" + firstDefault.col + ")");
          ok = false;
          continue;
        }
        firstDefault = c;
        clauses.add(new Stmt.Clause(null, body, origin, c.line));
        continue;
      }
      Stmt comm = comm(c.comm, origin, c.line);
      if (comm == null) {
        continue; // reported; the other cases are still checked, as gc does
      }
      clauses.add(new Stmt.Clause(comm, body, origin, c.line));
    }
    return ok ? new Stmt.Select(label, clauses, originOf(s), lineOf(s)) : null;
  }

  /** A select case: a send, a receive, or a receive assigned with {@code =} or {@code :=}. */
  private Stmt comm(Nodes.SimpleStmt c, Origin origin, int line) {
    boolean valid = c instanceof SendStmt
        || (c instanceof ExprStmt e && isRecv(e.x))
        || (c instanceof AssignStmt a && a.rhs != null && (a.op == null || a.op == Operator.DEF)
            && Nodes.unpack(a.rhs).size() == 1 && isRecv(a.rhs) && Nodes.unpack(a.lhs).size() <= 2);
    if (!valid) {
      int[] at = Nodes.gcStart(c);
      // A type error gc reports beside others: the rest of the program is still checked.
      problems.add(new Problem(at[0], at[1], "select case must be send or receive (possibly with assignment)", true));
      return null;
    }
    List<Stmt> out = new ArrayList<>();
    stmt(c, out);
    if (out.isEmpty()) {
      return null;
    }
    Stmt s = out.get(0);
    // A statement inside a case keeps the case's position, as in the JSON format.
    if (s instanceof Stmt.Send x) {
      return new Stmt.Send(x.channel(), x.value(), origin, line);
    }
    if (s instanceof Stmt.ExprStmt x) {
      return new Stmt.ExprStmt(x.expr(), origin, line);
    }
    if (s instanceof Stmt.Let x) {
      return new Stmt.Let(x.names(), x.values(), origin, line);
    }
    if (s instanceof Stmt.Assign x) {
      return new Stmt.Assign(x.targets(), x.op(), x.values(), origin, line);
    }
    return s;
  }

  private static boolean isRecv(Nodes.Expr x) {
    return Nodes.unparen(x) instanceof Operation o && o.op == Operator.RECV && o.y == null;
  }

  // ---- expressions ----

  private List<Expr> exprs(List<Nodes.Expr> xs) {
    List<Expr> out = new ArrayList<>();
    boolean ok = true;
    for (Nodes.Expr x : xs) {
      Expr e = expr(x);
      if (e == null) {
        ok = false;
      } else {
        out.add(e);
      }
    }
    return ok ? out : null;
  }

  /** Lowers an expression; null after reporting a problem. */
  private Expr expr(Nodes.Expr x) {
    if (x instanceof Name n) {
      return new Expr.Ident(n.value, pos(n));
    }
    if (x instanceof BasicLit b) {
      return literal(b);
    }
    if (x instanceof ParenExpr p) {
      return expr(p.x);
    }
    if (x instanceof Operation o) {
      return operation(o);
    }
    if (x instanceof CallExpr c) {
      return call(c);
    }
    if (x instanceof SelectorExpr s) {
      Expr operand = expr(s.x);
      return operand == null ? null : new Expr.Selector(operand, s.sel.value, pos(s));
    }
    if (x instanceof IndexExpr i) {
      if (i.index instanceof ListExpr) {
        return notModeled(i, "generic instantiation");
      }
      Expr operand = expr(i.x);
      Expr index = expr(i.index);
      return operand == null || index == null ? null : new Expr.Index(operand, index, pos(i));
    }
    if (x instanceof SliceExpr s) {
      if (s.full) {
        return notModeled(s, "3-index slices");
      }
      Expr operand = expr(s.x);
      Expr lo = s.index[0] == null ? null : expr(s.index[0]);
      Expr hi = s.index[1] == null ? null : expr(s.index[1]);
      if (operand == null || (s.index[0] != null && lo == null) || (s.index[1] != null && hi == null)) {
        return null;
      }
      return new Expr.SliceExpr(operand, lo, hi, pos(s));
    }
    if (x instanceof CompositeLit c) {
      return compositeLit(c);
    }
    if (x instanceof FuncLit f) {
      return funcLit(f);
    }
    if (x instanceof AssertExpr a) {
      if (a.type == null) {
        problem(a, "use of .(type) outside type switch");
        return null;
      }
      Expr operand = expr(a.x);
      GoType t = type(a.type);
      return operand == null || t == null ? null : new Expr.TypeAssert(operand, t, pos(a));
    }
    if (x instanceof TypeSwitchGuard g) {
      problem(g, "use of .(type) outside type switch");
      return null;
    }
    if (x instanceof KeyValueExpr kv) {
      return notModeled(kv, "keyed elements");
    }
    if (x instanceof ArrayType || x instanceof SliceType || x instanceof ChanType || x instanceof FuncType
        || x instanceof MapType || x instanceof StructType || x instanceof InterfaceType) {
      return typeExpr(x);
    }
    return notModeled(x, "this expression");
  }

  private Expr typeExpr(Nodes.Expr t) {
    GoType type = type(t);
    return type == null ? null : new Expr.TypeExpr(type, pos(t));
  }

  private Expr literal(BasicLit b) {
    Pos pos = pos(b);
    String text = b.value;
    switch (b.kind) {
      case INT -> {
        BigInteger v = Literals.parseInt(text);
        // the checker takes the exact value from the text; the long is for the JSON format's users
        return new Expr.IntLit(v.longValue(), text, pos);
      }
      case FLOAT -> {
        return new Expr.FloatLit(Literals.parseFloat(text), text, pos);
      }
      case RUNE -> {
        return new Expr.RuneLit(Literals.unquoteRune(text), text, pos);
      }
      case STRING -> {
        return new Expr.StringLit(Literals.unquoteString(text), text, pos);
      }
      default -> {
        return notModeled(b, "complex numbers");
      }
    }
  }

  private Expr operation(Operation o) {
    if (o.y == null) {
      switch (o.op) {
        case RECV -> {
          Expr ch = expr(o.x);
          return ch == null ? null : new Expr.Recv(ch, pos(o));
        }
        case ADD, SUB, NOT, XOR, AND -> {
          Expr operand = expr(o.x);
          return operand == null ? null : new Expr.Unary(o.op.toString(), operand, pos(o));
        }
        case MUL -> {
          // *p: a dereference, or the pointer type *T (the checker tells them apart)
          Expr operand = expr(o.x);
          return operand == null ? null : new Expr.Unary("*", operand, pos(o));
        }
        default -> {
          return notModeled(o, "type constraints");
        }
      }
    }
    Expr l = expr(o.x);
    Expr r = expr(o.y);
    if (l == null || r == null) {
      return null;
    }
    return new Expr.Binary(o.op.toString(), l, r, o.col, l.pos());
  }

  private Expr call(CallExpr c) {
    Expr fun = expr(c.fun);
    List<Expr> args = exprs(c.args);
    if (fun == null || args == null) {
      return null;
    }
    return new Expr.Call(fun, args, c.hasDots, pos(c));
  }

  private Expr compositeLit(CompositeLit c) {
    return compositeLit(c, null);
  }

  /**
   * A composite literal; {@code elided} is the type an element literal without a type takes from
   * its enclosing literal ({@code []Point{{1, 2}}}, {@code []*Point{{1, 2}}} meaning {@code &Point{1, 2}}).
   */
  private Expr compositeLit(CompositeLit c, GoType elided) {
    GoType type;
    if (c.type == null) {
      if (elided == null) {
        problem(c, "invalid composite literal type: missing type");
        return null;
      }
      if (elided instanceof GoType.Pointer p) {
        Expr inner = compositeLitOf(c, p.elem());
        return inner == null ? null : new Expr.Unary("&", inner, pos(c));
      }
      type = elided;
    } else if (Nodes.unparen(c.type) instanceof ArrayType at && at.len == null) {
      // [...]T{...}: the length is the number of elements (or the largest index + 1)
      GoType elem = type(at.elem);
      if (elem == null) {
        return null;
      }
      long n = 0;
      long next = 0;
      for (Nodes.Expr e : c.elems) {
        if (e instanceof KeyValueExpr kv) {
          Long k = arrayLength(kv.key);
          if (k == null) {
            return null;
          }
          next = k;
        }
        next++;
        n = Math.max(n, next);
      }
      type = new GoType.Array(n, elem);
    } else {
      type = type(c.type);
    }
    if (type == null) {
      return null;
    }
    return compositeLitOf(c, type);
  }

  private Expr compositeLitOf(CompositeLit c, GoType type) {
    GoType u = GoType.under(type);
    if (u instanceof GoType.Map) {
      return mapLit(c, type);
    }
    if (u instanceof GoType.Struct st) {
      return structLit(c, type, st);
    }
    if (u instanceof GoType.Slice || u instanceof GoType.Array) {
      GoType elem = u instanceof GoType.Slice s ? s.elem() : ((GoType.Array) u).elem();
      if (c.nkeys > 0) {
        return notModeled(c, "keyed elements in slice and array literals");
      }
      List<Expr> elems = new ArrayList<>();
      boolean ok = true;
      for (Nodes.Expr e : c.elems) {
        Expr x = e instanceof CompositeLit inner ? compositeLit(inner, elem) : expr(e);
        ok &= x != null;
        elems.add(x);
      }
      return ok ? new Expr.CompositeLit(type, elems, pos(c)) : null;
    }
    problem(c, "invalid composite literal type " + type);
    return null;
  }

  private Expr structLit(CompositeLit c, GoType type, GoType.Struct st) {
    List<Expr.Ident> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    boolean ok = true;
    boolean keyed = c.nkeys > 0;
    for (Nodes.Expr e : c.elems) {
      Nodes.Expr valueNode = e;
      GoType fieldType = null;
      if (e instanceof KeyValueExpr kv) {
        if (!(kv.key instanceof Name n)) {
          problem(kv.key, "invalid field name " + Printer.string(kv.key) + " in struct literal");
          ok = false;
          continue;
        }
        keys.add(new Expr.Ident(n.value, pos(n)));
        int i = st.fieldIndex(n.value);
        fieldType = i >= 0 ? st.fields().get(i).type() : null;
        valueNode = kv.value;
      } else if (keyed) {
        problem(e, "mixture of field:value and value elements in struct literal");
        ok = false;
        continue;
      } else if (values.size() < st.fields().size()) {
        fieldType = st.fields().get(values.size()).type();
      }
      Expr v = valueNode instanceof CompositeLit inner && inner.type == null ? compositeLit(inner, fieldType) : expr(valueNode);
      ok &= v != null;
      values.add(v);
    }
    return ok ? new Expr.StructLit(type, keys, values, pos(c)) : null;
  }

  private Expr mapLit(CompositeLit c, GoType type) {
    GoType.Map mt = (GoType.Map) GoType.under(type);
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    boolean ok = true;
    for (Nodes.Expr e : c.elems) {
      if (!(e instanceof KeyValueExpr kv)) {
        problem(e, "missing key in map literal");
        ok = false;
        continue;
      }
      Expr k = kv.key instanceof CompositeLit ck && ck.type == null ? compositeLit(ck, mt.key()) : expr(kv.key);
      Expr v = kv.value instanceof CompositeLit cv && cv.type == null ? compositeLit(cv, mt.elem()) : expr(kv.value);
      ok &= k != null && v != null;
      keys.add(k);
      values.add(v);
    }
    return ok ? new Expr.MapLit(mt, keys, values, pos(c)) : null;
  }

  private Expr funcLit(FuncLit f) {
    List<String> resultNames = new ArrayList<>();
    for (Field r : f.type.results) {
      if (r.name != null) {
        resultNames.add(r.name.value);
      }
    }
    List<Param> params = params(f.type.params);
    List<GoType> results = results(f.type.results);
    Origin origin = origin(f.line, f.col);
    closingBraces.put(origin, new int[] {f.body.rbraceLine, f.body.rbraceCol});
    List<Stmt> body = block(f.body.list);
    Gotos.check(fileName, f.body, problems); // a function literal's labels are its own (branches.go)
    if (params == null || results == null) {
      return null;
    }
    if (!resultNames.isEmpty() && resultNames.size() != results.size()) {
      problem(f, "mixed named and unnamed parameters");
      return null;
    }
    return new Expr.FuncLit(params, results, body, origin, f.line, pos(f), resultNames);
  }

  // ---- types ----

  /** Lowers a type; null after reporting a problem. */
  private GoType type(Nodes.Expr t) {
    if (t instanceof Name n) {
      return namedType(n, n.value);
    }
    if (t instanceof SelectorExpr s && s.x instanceof Name pkg) {
      return namedType(s, pkg.value + "." + s.sel.value);
    }
    if (t instanceof ParenExpr p) {
      return type(p.x);
    }
    if (t instanceof ChanType c) {
      GoType elem = type(c.elem);
      if (elem == null) {
        return null;
      }
      GoType.ChanDir dir = switch (c.dir) {
        case BOTH -> GoType.ChanDir.BOTH;
        case SEND_ONLY -> GoType.ChanDir.SEND_ONLY;
        case RECV_ONLY -> GoType.ChanDir.RECV_ONLY;
      };
      return new GoType.Chan(elem, dir);
    }
    if (t instanceof SliceType s) {
      GoType elem = type(s.elem);
      return elem == null ? null : new GoType.Slice(elem);
    }
    if (t instanceof Operation o && o.op == Operator.MUL && o.y == null) {
      GoType elem = type(o.x);
      if (elem == null) {
        return null;
      }
      return new GoType.Pointer(elem);
    }
    if (t instanceof FuncType f) {
      List<Param> params = params(f.params);
      List<GoType> results = results(f.results);
      return params == null || results == null ? null
          : new GoType.Func(params.stream().map(Param::type).toList(), results, variadic(f.params));
    }
    if (t instanceof ArrayType a) {
      return arrayType(a);
    }
    if (t instanceof MapType m) {
      GoType key = type(m.key);
      GoType elem = type(m.value);
      return key == null || elem == null ? null : new GoType.Map(key, elem);
    }
    if (t instanceof StructType s) {
      return structType(s);
    }
    if (t instanceof InterfaceType i) {
      return interfaceType(i);
    }
    if (t instanceof DotsType d) {
      return notModeled(d, "variadic functions");
    }
    if (t instanceof IndexExpr i) {
      return notModeled(i, "generic types");
    }
    problem(t, Printer.string(t) + " is not a type");
    return null;
  }

  private GoType structType(StructType s) {
    List<GoType.Field> fields = new ArrayList<>();
    List<String> names = new ArrayList<>();
    boolean ok = true;
    for (Field f : s.fields) {
      GoType t = type(f.type);
      if (t == null) {
        ok = false;
        continue;
      }
      String name;
      boolean embedded = f.name == null;
      if (embedded) {
        // an embedded field is named after its type: T, *T, pkg.T
        Nodes.Expr base = Nodes.unparen(f.type);
        if (base instanceof Operation o && o.op == Operator.MUL && o.y == null) {
          base = Nodes.unparen(o.x);
        }
        name = base instanceof SelectorExpr sel ? sel.sel.value : base instanceof Name n ? n.value : "?";
      } else {
        name = f.name.value;
      }
      if (!name.equals("_") && names.contains(name)) {
        problem(f.name != null ? f.name : f, name + " redeclared");
        ok = false;
        continue;
      }
      names.add(name);
      fields.add(new GoType.Field(name, t, embedded));
    }
    return ok ? new GoType.Struct(fields) : null;
  }

  /** {@code interface{ M(...) ...; Embedded }}: an embedded interface's methods are merged in. */
  private GoType interfaceType(InterfaceType i) {
    List<GoType.Method> methods = new ArrayList<>();
    boolean ok = true;
    for (Field f : i.methods) {
      if (f.name == null) {
        GoType e = type(f.type);
        if (e == null) {
          ok = false;
        } else if (GoType.under(e) instanceof GoType.Interface ei) {
          methods.addAll(ei.methods());
        } else {
          return notModeled(f, "type constraints");
        }
        continue;
      }
      if (!(f.type instanceof FuncType ft)) {
        return notModeled(f, "type constraints");
      }
      List<Param> params = params(ft.params);
      List<GoType> results = results(ft.results);
      if (params == null || results == null) {
        ok = false;
        continue;
      }
      methods.add(new GoType.Method(f.name.value,
          new GoType.Func(params.stream().map(Param::type).toList(), results, variadic(ft.params)), false));
    }
    return ok ? new GoType.Interface(methods) : null;
  }

  /** {@code [N]T}; the length must be a constant the front end can read (a literal or a constant's name). */
  private GoType arrayType(ArrayType a) {
    GoType elem = type(a.elem);
    if (elem == null) {
      return null;
    }
    if (a.len == null) {
      return notModeled(a, "[...] outside a composite literal");
    }
    Long n = arrayLength(a.len);
    if (n == null) {
      return null;
    }
    return new GoType.Array(n, elem);
  }

  private Long arrayLength(Nodes.Expr len) {
    Nodes.Expr x = Nodes.unparen(len);
    if (x instanceof BasicLit b && b.kind == Scanner.LitKind.INT) {
      return Literals.parseInt(b.value).longValue();
    }
    if (constValue(expr(x)) instanceof Long n) {
      return n;
    }
    return notModeled(len, "array lengths other than constant integer expressions");
  }

  /**
   * The value of a constant expression the front end can fold before type checking (array
   * lengths need it): integer and string literals, constants declared so far, iota, unary and
   * binary integer operators, string concatenation and {@code len} of a constant string. Null
   * for anything else, or an operation Go would reject (division by zero, overflow).
   */
  private Object constValue(Expr e) {
    if (e instanceof Expr.IntLit l) {
      return l.value();
    }
    if (e instanceof Expr.RuneLit r) {
      return (long) r.value();
    }
    if (e instanceof Expr.StringLit s) {
      return s.value();
    }
    if (e instanceof Expr.Ident id) {
      return id.name().equals("iota") ? (Object) (long) iota : consts.get(id.name());
    }
    if (e instanceof Expr.Unary u && constValue(u.operand()) instanceof Long v) {
      return switch (u.op()) {
        case "-" -> v == Long.MIN_VALUE ? null : -v;
        case "+" -> v;
        case "^" -> ~v;
        default -> null;
      };
    }
    if (e instanceof Expr.Call c && c.fun() instanceof Expr.Ident f && f.name().equals("len") && c.args().size() == 1
        && constValue(c.args().get(0)) instanceof String str) {
      return (long) str.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    if (e instanceof Expr.Binary b) {
      Object l = constValue(b.left());
      Object r = constValue(b.right());
      if (l instanceof String ls && r instanceof String rs && b.op().equals("+")) {
        return ls + rs;
      }
      if (l instanceof Long x && r instanceof Long y) {
        try {
          return switch (b.op()) {
            case "+" -> Math.addExact(x, y);
            case "-" -> Math.subtractExact(x, y);
            case "*" -> Math.multiplyExact(x, y);
            case "/" -> y == 0 ? null : x / y;
            case "%" -> y == 0 ? null : x % y;
            case "<<" -> y < 0 || y > 62 || (x << y) >> y != x ? null : x << y;
            case ">>" -> y < 0 ? null : x >> Math.min(y, 63);
            case "&" -> x & y;
            case "|" -> x | y;
            case "^" -> x ^ y;
            case "&^" -> x & ~y;
            default -> null;
          };
        } catch (ArithmeticException overflow) {
          return null;
        }
      }
    }
    return null;
  }

  /** Constants declared so far whose value the front end could fold (a Long or a String), for array lengths. */
  private final Map<String, Object> consts = new LinkedHashMap<>();

  private static final List<String> PREDECLARED_TYPES = List.of(
      "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32",
      "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any", "comparable");

  private GoType namedType(Nodes.Expr at, String name) {
    GoType declared = declaredTypes.get(name);
    if (declared != null) {
      return declared;
    }
    GoType t = ExprParser.namedType(name);
    if (t != null) {
      return t;
    }
    if (unmodeledNames.contains(name)) {
      return null; // its declaration is reported already
    }
    int dot = name.indexOf('.');
    if (dot > 0) {
      ImportDecl imp = imports.get(name.substring(0, dot));
      if (imp != null && GoApi.isPackage(importPath(imp)) && !GoApi.has(importPath(imp), name.substring(dot + 1))) {
        problem(at, "undefined: " + name);
        return null;
      }
      return notModeled(at, "the type " + name);
    }
    if (PREDECLARED_TYPES.contains(name)) {
      return notModeled(at, "the type " + name);
    }
    problem(at, "undefined: " + name);
    return null;
  }
}
