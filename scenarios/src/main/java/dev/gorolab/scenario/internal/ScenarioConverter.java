package dev.gorolab.scenario.internal;

import dev.gorolab.scenario.internal.JsonNode.JsonArray;
import dev.gorolab.scenario.internal.JsonNode.JsonBoolean;
import dev.gorolab.scenario.internal.JsonNode.JsonNumber;
import dev.gorolab.scenario.internal.JsonNode.JsonObject;
import dev.gorolab.scenario.internal.JsonNode.JsonString;
import dev.gorolab.scenario.internal.JsonNode.Member;
import dev.gorolab.scenario.internal.JsonNode.Position;
import dev.gorolab.scenario.internal.JsonTreeReader.Problem;
import dev.gorolab.sim.program.Expr;
import dev.gorolab.sim.program.ExprParser;
import dev.gorolab.sim.program.ExprSyntaxException;
import dev.gorolab.sim.program.FunctionDecl;
import dev.gorolab.sim.program.GoSource;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.Origin;
import dev.gorolab.sim.program.Pos;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.ProgramError;
import dev.gorolab.sim.program.Stmt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts the transfer tree of a scenario file into the program AST, checking the shape of every
 * object on the way (STYLE.md: load as transfer objects, then convert).
 *
 * <p>Collects every problem it can find instead of stopping at the first; a part that cannot be
 * converted becomes {@code null} and is left out of the program.
 */
public final class ScenarioConverter {

  /** What a scenario file says, converted; {@code program} is complete only without problems. */
  public record Converted(
      String title,
      String description,
      String whatToWatch,
      int gomaxprocs,
      long seed,
      int numCPU,
      Program program,
      String goSource,
      String goSourceName) {

    /**
     * Whether the program is the Go file itself: the scenario names a Go source and has no
     * {@code functions} (nor {@code vars}); {@code program} is then empty and the loader reads
     * the Go file with the Go front end.
     */
    public boolean programIsGoSource() {
      return goSource != null && program.functions().isEmpty() && program.globals().isEmpty();
    }
  }

  /** Longest Go source file accepted, in characters. */
  public static final int MAX_GO_SOURCE_CHARS = 1 << 20;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
  // A number glued to letters is a duration attempt ("2sec"), not an expression.
  private static final Pattern DURATION_ATTEMPT = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)[A-Za-zµμ][A-Za-z0-9.µμ]*");
  private static final List<String> ASSIGN_OPS =
      List.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=");
  private static final String DEFAULT_SOURCE_NAME = "main.go";

  private final String fileName;
  private final SourceText text;
  private final Function<String, String> sourceResolver;
  private final Problems problems = new Problems();
  private final Map<String, JsonNode> nodesByPath = new LinkedHashMap<>();
  // "path\0key" of missing keys already explained by a typo's "did you mean".
  private final List<String> typoed = new ArrayList<>();
  private String goSourceName;
  private int goSourceLines = -1;

  /**
   * Prepares a conversion.
   *
   * @param fileName the scenario file's name, for messages
   * @param text the scenario's raw text, to map columns inside strings
   * @param sourceResolver returns the text of a Go file named relative to the scenario's folder,
   *     or {@code null} if there is none; called only with names already checked to stay inside
   */
  public ScenarioConverter(String fileName, SourceText text, Function<String, String> sourceResolver) {
    this.fileName = fileName;
    this.text = text;
    this.sourceResolver = sourceResolver;
  }

  /** The problems found so far, in the order found. */
  public Problems problems() {
    return problems;
  }

  /** Where in the file a checker error belongs: the exact character inside an expression string. */
  public Problem place(ProgramError error) {
    Origin origin = error.origin();
    JsonNode node = nodesByPath.get(origin.jsonPath());
    if (node == null) {
      Position at = origin.line() > 0 ? text.at(text.offsetOf(origin.line(), origin.column())) : text.at(0);
      String path = origin.jsonPath().isEmpty() ? "$" : origin.jsonPath();
      return new Problem(at, path, error.message());
    }
    return new Problem(positionIn(text, node, error.exprColumn()), node.path(), error.message());
  }

  /** The node at a JSON path, as named by an {@link Origin}; {@code null} if unknown. */
  public JsonNode nodeAt(String jsonPath) {
    return nodesByPath.get(jsonPath);
  }

  /** Converts the document; inspect {@link #problems()} afterwards. */
  public Converted convert(JsonNode rootNode) {
    if (!(rootNode instanceof JsonObject root)) {
      problem(rootNode, Messages.expectedButFound("an object", rootNode.describe()));
      return null;
    }
    checkKeys(root, StatementKeys.TOP_LEVEL);
    version(root);
    String title = requiredString(root, "title");
    String description = optionalString(root, "description", "");
    String whatToWatch = optionalString(root, "whatToWatch", "");
    int gomaxprocs = gomaxprocs(root);
    long seed = seed(root);
    int numCPU = numCPU(root);
    String goSource = source(root);
    List<Stmt.Var> globals = globals(root);
    List<FunctionDecl> functions = functions(root);
    Optional<GoSource> programSource =
        goSource == null ? Optional.empty() : Optional.of(new GoSource(goSourceName, goSource));
    Program program = new Program(globals, functions, programSource).withNumCPU(numCPU);
    return new Converted(title, description, whatToWatch, gomaxprocs, seed, numCPU, program, goSource, goSourceName);
  }

  // ---- top level ----

  private void version(JsonObject root) {
    JsonNode v = root.get("gorolab");
    if (v == null && !typoed.contains(root.path() + "\0gorolab")) {
      problem(root, String.format(Messages.MISSING_KEY, "\"gorolab\"") + " (write \"gorolab\": 1 first)");
    } else if (v != null && (!(v instanceof JsonNumber n) || !n.literal().equals("1"))) {
      problem(v, String.format(Messages.VERSION, v instanceof JsonNumber n2 ? n2.literal() : v.describe()));
    }
  }

  private int gomaxprocs(JsonObject root) {
    JsonNode node = root.get("gomaxprocs");
    if (node == null) {
      return 1;
    }
    Long value = wholeNumber(node);
    if (value == null || value < 1 || value > 256) {
      problem(node, String.format(Messages.GOMAXPROCS_RANGE, shown(node)));
      return 1;
    }
    return value.intValue();
  }

  /** What {@code runtime.NumCPU()} returns: the scenario's {@code numcpu}, else {@link Program#DEFAULT_NUM_CPU}. */
  private int numCPU(JsonObject root) {
    JsonNode node = root.get("numcpu");
    if (node == null) {
      return Program.DEFAULT_NUM_CPU;
    }
    Long value = wholeNumber(node);
    if (value == null || value < 1 || value > 256) {
      problem(node, String.format(Messages.NUMCPU_RANGE, shown(node)));
      return Program.DEFAULT_NUM_CPU;
    }
    return value.intValue();
  }

  private long seed(JsonObject root) {
    JsonNode node = root.get("seed");
    if (node == null) {
      return 1;
    }
    Long value = wholeNumber(node);
    if (value == null || value < 0) {
      problem(node, String.format(Messages.SEED_RANGE, shown(node)));
      return 1;
    }
    return value;
  }

  private String source(JsonObject root) {
    JsonNode node = root.get("source");
    if (node == null) {
      return null;
    }
    if (!(node instanceof JsonObject source)) {
      problem(node, Messages.expectedButFound("an object {\"file\": \"main.go\"}", node.describe()));
      return null;
    }
    checkKeys(source, StatementKeys.SOURCE);
    JsonNode file = source.get("file");
    JsonNode inline = source.get("text");
    if (file != null && inline != null) {
      problem(inline, Messages.SOURCE_BOTH);
      return null;
    }
    if (file == null && inline == null) {
      problem(source, Messages.SOURCE_NEITHER);
      return null;
    }
    String result;
    if (inline != null) {
      result = asString(inline);
      if (result == null) {
        return null;
      }
      goSourceName = optionalString(source, "name", DEFAULT_SOURCE_NAME);
    } else {
      if (source.get("name") != null) {
        problem(source.get("name"), Messages.SOURCE_NAME_WITH_FILE);
      }
      String name = asString(file);
      if (name == null) {
        return null;
      }
      if (!staysInside(name)) {
        problem(file, String.format(Messages.SOURCE_OUTSIDE, Quote.string(name)));
        return null;
      }
      try {
        result = sourceResolver.apply(name);
      } catch (RuntimeException e) {
        String why = e.getCause() != null ? e.getCause().toString() : e.toString();
        problem(file, String.format(Messages.SOURCE_UNREADABLE, Quote.string(name), why));
        return null;
      }
      if (result == null) {
        problem(file, String.format(Messages.SOURCE_MISSING, Quote.string(name), fileName));
        return null;
      }
      if (result.length() > MAX_GO_SOURCE_CHARS) {
        problem(file, String.format(Messages.STRING_TOO_LONG, MAX_GO_SOURCE_CHARS));
        return null;
      }
      int slash = name.lastIndexOf('/');
      goSourceName = slash < 0 ? name : name.substring(slash + 1);
    }
    goSourceLines = result.isEmpty() ? 0 : (int) result.lines().count();
    return result;
  }

  /** Whether a relative file name stays inside the scenario's folder, judged from its text alone. */
  static boolean staysInside(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
        || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private List<Stmt.Var> globals(JsonObject root) {
    JsonNode node = root.get("vars");
    List<Stmt.Var> globals = new ArrayList<>();
    if (node == null) {
      return globals;
    }
    if (!(node instanceof JsonArray array)) {
      problem(node, Messages.expectedButFound("an array of var statements", node.describe()));
      return globals;
    }
    for (JsonNode element : array.elements()) {
      if (element instanceof JsonObject o && o.get("var") == null && !o.members().isEmpty()
          && StatementKeys.kinds().containsKey(o.members().get(0).key())) {
        problem(element, String.format(Messages.VAR_STATEMENT_EXPECTED, Quote.string(o.members().get(0).key())));
        continue;
      }
      Stmt s = statement(element);
      if (s instanceof Stmt.Var v) {
        globals.add(v);
      }
    }
    return globals;
  }

  private List<FunctionDecl> functions(JsonObject root) {
    JsonNode node = root.get("functions");
    List<FunctionDecl> functions = new ArrayList<>();
    if (node == null) {
      if (goSourceName != null && root.get("vars") == null) {
        return functions; // the program is the Go file named in "source"
      }
      if (!typoed.contains(root.path() + "\0functions")) {
        problem(root, String.format(Messages.MISSING_KEY, "\"functions\""));
      }
      return functions;
    }
    if (!(node instanceof JsonObject object)) {
      problem(node, Messages.expectedButFound("an object of functions", node.describe()));
      return functions;
    }
    Map<String, Position> declared = new LinkedHashMap<>();
    for (Member member : object.members()) {
      if (member.key().equals(StatementKeys.NOTE)) {
        continue;
      }
      JsonString key = new JsonString(member.keyPosition(), member.value().jsonPath(), member.key());
      ExprParser.Signature signature;
      try {
        signature = ExprParser.parseSignature(member.key());
      } catch (ExprSyntaxException e) {
        syntaxProblem(key, e);
        continue;
      }
      Position first = declared.get(signature.name());
      if (first != null) {
        problem(member.keyPosition(), key.jsonPath(),
            String.format(Messages.FUNCTION_REDECLARED, signature.name(), first.line()));
        continue;
      }
      declared.put(signature.name(), member.keyPosition());
      if (signature.name().equals("main") && (!signature.params().isEmpty() || !signature.results().isEmpty())) {
        problem(member.keyPosition(), key.jsonPath(), Messages.MAIN_SIGNATURE);
      }
      JsonNode value = member.value();
      JsonNode bodyNode = value;
      int line = 0;
      if (value instanceof JsonObject fn) {
        checkKeys(fn, StatementKeys.FUNCTION);
        line = line(fn);
        bodyNode = fn.get("body");
        if (bodyNode == null) {
          problem(fn, String.format(Messages.MISSING_KEY, "\"body\""));
          continue;
        }
      }
      List<Stmt> body = body(bodyNode);
      Origin origin = new Origin(value.path(), member.keyPosition().line(), member.keyPosition().column());
      nodesByPath.putIfAbsent(value.path(), key);
      functions.add(new FunctionDecl(signature.name(), signature.params(), signature.results(), body, origin, line));
    }
    if (!declared.containsKey("main") && problemsAt(object) == 0) {
      problem(object, Messages.FUNCTIONS_EMPTY);
    }
    return functions;
  }

  private int problemsAt(JsonNode node) {
    int count = 0;
    String path = node.path();
    for (Problem p : problems.kept()) {
      if (p.path().startsWith(path)) {
        count++;
      }
    }
    return count;
  }

  // ---- statements ----

  private List<Stmt> body(JsonNode node) {
    List<Stmt> body = new ArrayList<>();
    if (!(node instanceof JsonArray array)) {
      problem(node, Messages.expectedButFound("an array of statements", node.describe()));
      return body;
    }
    for (JsonNode element : array.elements()) {
      Stmt s = statement(element);
      if (s != null) {
        body.add(s);
      }
    }
    return body;
  }

  private Stmt statement(JsonNode node) {
    if (!(node instanceof JsonObject o)) {
      problem(node, Messages.expectedButFound("a statement object such as {\"go\": \"worker(1)\"}", node.describe()));
      return null;
    }
    List<Member> kinds = new ArrayList<>();
    for (Member m : o.members()) {
      if (StatementKeys.kinds().containsKey(m.key())) {
        kinds.add(m);
      }
    }
    if (kinds.isEmpty()) {
      unknownStatement(o);
      return null;
    }
    if (kinds.size() > 1) {
      Member second = kinds.get(1);
      problem(second.keyPosition(), second.value().jsonPath(),
          String.format(Messages.TWO_STATEMENTS, Quote.string(kinds.get(0).key()), Quote.string(second.key())));
      return null;
    }
    StatementKeys.Kind kind = StatementKeys.kinds().get(kinds.get(0).key());
    int before = problems.count();
    checkKeys(o, kind.allKeys());
    for (String required : kind.required()) {
      if (o.get(required) == null && !typoed.contains(o.path() + "\0" + required)) {
        problem(o, String.format(Messages.MISSING_KEY_OF, Quote.string(required), kind.key()));
      }
    }
    if (problems.count() > before) {
      return null;
    }
    int line = line(o);
    Origin origin = origin(o);
    JsonNode head = o.get(kind.key());
    return switch (kind.key()) {
      case "var" -> var(o, head, origin, line);
      case "let" -> let(o, head, origin, line);
      case "set" -> set(o, head, origin, line);
      case "do" -> simple(head, line);
      case "call" -> call(head, origin, line);
      case "make" -> make(o, head, origin, line);
      case "send" -> send(o, head, origin, line);
      case "recv" -> recv(o, head, origin, line);
      case "close" -> close(head, origin, line);
      case "print" -> print(Stmt.PrintKind.PRINTLN, head, origin, line);
      case "printf" -> print(Stmt.PrintKind.PRINTF, head, origin, line);
      case "sleep" -> timed(kind.key(), head, origin, line);
      case "work" -> timed(kind.key(), head, origin, line);
      case "syscall" -> timed(kind.key(), head, origin, line);
      case "go", "defer" -> goOrDefer(kind.key(), o, head, origin, line);
      case "if" -> ifStmt(o, head, origin, line);
      case "for" -> forStmt(o, head, origin, line);
      case "select" -> select(o, head, origin, line);
      case "break", "continue" -> branch(kind.key(), head, origin, line);
      case "return" -> returnStmt(head, origin, line);
      case "panic" -> panic(head, origin, line);
      case "block" -> new Stmt.Block(body(head), origin, line);
      default -> throw new IllegalStateException("statement kind without conversion: " + kind.key());
    };
  }

  private void unknownStatement(JsonObject o) {
    for (Member m : o.members()) {
      if (m.key().equals(StatementKeys.LINE) || m.key().equals(StatementKeys.NOTE)) {
        continue;
      }
      List<String> names = new ArrayList<>(StatementKeys.kinds().keySet());
      String near = Suggest.nearest(m.key(), names);
      String message = near != null
          ? String.format(Messages.UNKNOWN_STATEMENT_SUGGEST, Quote.string(m.key()), Quote.string(near))
          : String.format(Messages.UNKNOWN_STATEMENT_LIST, Quote.string(m.key()), String.join(", ", names));
      problem(m.keyPosition(), m.value().jsonPath(), message);
      return;
    }
    problem(o, Messages.EMPTY_STATEMENT);
  }

  private Stmt var(JsonObject o, JsonNode head, Origin origin, int line) {
    List<String> names = names(head);
    JsonNode typeNode = o.get("type");
    JsonNode valueNode = o.get("value");
    if (typeNode == null && valueNode == null) {
      problem(o, Messages.VAR_NEEDS_TYPE_OR_VALUE);
      return null;
    }
    GoType type = typeNode == null ? null : type(typeNode);
    List<Expr> values = valueNode == null ? List.of() : exprList(valueNode);
    if (names == null || (typeNode != null && type == null) || values == null) {
      return null;
    }
    return new Stmt.Var(names, type, values, origin, line);
  }

  private Stmt let(JsonObject o, JsonNode head, Origin origin, int line) {
    List<String> names = names(head);
    JsonNode value = o.get("value");
    JsonNode func = o.get("func");
    if (value != null && func != null) {
      problem(func, Messages.LET_VALUE_AND_FUNC);
      return null;
    }
    if (func != null) {
      Expr.FuncLit lit = funcLit(o, func, origin, line);
      return names == null || lit == null ? null : new Stmt.Let(names, List.of(lit), origin, line);
    }
    if (o.get("body") != null) {
      problem(o.get("body"), Messages.BODY_NEEDS_FUNC);
      return null;
    }
    if (value == null) {
      problem(o, Messages.LET_NEEDS_VALUE);
      return null;
    }
    List<Expr> values = exprList(value);
    return names == null || values == null ? null : new Stmt.Let(names, values, origin, line);
  }

  private Stmt set(JsonObject o, JsonNode head, Origin origin, int line) {
    List<Expr> targets = exprList(head);
    String op = "=";
    JsonNode opNode = o.get("op");
    if (opNode != null) {
      op = asString(opNode);
      if (op != null && !ASSIGN_OPS.contains(op)) {
        problem(opNode, String.format(Messages.OP_INVALID, String.join(" ", ASSIGN_OPS), Quote.string(op)));
        op = null;
      }
    }
    List<Expr> values = exprList(o.get("value"));
    return targets == null || values == null || op == null ? null : new Stmt.Assign(targets, op, values, origin, line);
  }

  private Stmt simple(JsonNode head, int line) {
    String code = asString(head);
    if (code == null) {
      return null;
    }
    try {
      Stmt s = ExprParser.parseSimpleStmt(code, origin(head), line);
      if (s instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.Call c) {
        return fromCall(c, es.origin(), line);
      }
      return s;
    } catch (ExprSyntaxException e) {
      syntaxProblem(head, e);
      return null;
    }
  }

  private Stmt call(JsonNode head, Origin origin, int line) {
    Expr e = expr(head);
    if (e == null) {
      return null;
    }
    if (e instanceof Expr.Recv) {
      return new Stmt.ExprStmt(e, origin, line);
    }
    if (!(e instanceof Expr.Call c)) {
      problemAt(head, 1, String.format(Messages.GO_NOT_CALL, "call"));
      return null;
    }
    return fromCall(c, origin, line);
  }

  /** A call statement, as the dedicated statement when it is one ({@code time.Sleep(d)} → sleep). */
  private static Stmt fromCall(Expr.Call c, Origin origin, int line) {
    if (c.fun() instanceof Expr.Selector sel && sel.operand() instanceof Expr.Ident pkg && !c.spread()) {
      String name = pkg.name() + "." + sel.name();
      switch (name) {
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

  private Stmt make(JsonObject o, JsonNode head, Origin origin, int line) {
    List<String> names = names(head);
    if (names != null && names.size() != 1) {
      problem(head, String.format(Messages.MAKE_ONE_NAME, names.size()));
      return null;
    }
    GoType type = type(o.get("type"));
    JsonNode capNode = o.get("cap");
    Expr cap = capNode == null ? null : expr(capNode);
    if (names == null || type == null || (capNode != null && cap == null)) {
      return null;
    }
    return new Stmt.Make(names.get(0), type, cap, origin, line);
  }

  private Stmt send(JsonObject o, JsonNode head, Origin origin, int line) {
    Expr channel = expr(head);
    Expr value = expr(o.get("value"));
    return channel == null || value == null ? null : new Stmt.Send(channel, value, origin, line);
  }

  private Stmt recv(JsonObject o, JsonNode head, Origin origin, int line) {
    Expr channel = expr(head);
    JsonNode into = o.get("into");
    List<String> names = into == null ? null : names(into);
    if (channel == null || (into != null && names == null)) {
      return null;
    }
    Expr receive = new Expr.Recv(channel, channel.pos());
    if (names == null) {
      return new Stmt.ExprStmt(receive, origin, line);
    }
    return new Stmt.Let(names, List.of(receive), origin, line);
  }

  private Stmt close(JsonNode head, Origin origin, int line) {
    Expr channel = expr(head);
    return channel == null ? null : new Stmt.Close(channel, origin, line);
  }

  private Stmt panic(JsonNode head, Origin origin, int line) {
    Expr value = expr(head);
    return value == null ? null : new Stmt.Panic(value, origin, line);
  }

  private Stmt print(Stmt.PrintKind kind, JsonNode head, Origin origin, int line) {
    List<Expr> args = new ArrayList<>();
    if (head instanceof JsonArray array) {
      boolean ok = true;
      for (JsonNode element : array.elements()) {
        Expr e = expr(element);
        if (e == null) {
          ok = false;
        } else {
          args.add(e);
        }
      }
      return ok ? new Stmt.Print(kind, args, origin, line) : null;
    }
    if (head instanceof JsonString s && s.value().isBlank()) {
      return new Stmt.Print(kind, args, origin, line);
    }
    List<Expr> list = exprList(head);
    return list == null ? null : new Stmt.Print(kind, list, origin, line);
  }

  private Stmt timed(String kind, JsonNode head, Origin origin, int line) {
    if (!(head instanceof JsonString s)) {
      problem(head, String.format(Messages.DURATION_NOT_STRING, head.describe()));
      return null;
    }
    String t = s.value().strip();
    if (BARE_NUMBER.matcher(t).matches()) {
      problem(head, String.format(Messages.DURATION_NO_UNIT, t, t, t, t, t));
      return null;
    }
    Expr d;
    try {
      d = ExprParser.parseDuration(s.value(), origin(head));
    } catch (ExprSyntaxException e) {
      if (DURATION_ATTEMPT.matcher(t).matches()) {
        problemAt(head, s.value().indexOf(t) + 1, String.format(Messages.DURATION_BAD, Quote.string(t)));
      } else {
        syntaxProblem(head, e);
      }
      return null;
    }
    return switch (kind) {
      case "sleep" -> new Stmt.Sleep(d, origin, line);
      case "work" -> new Stmt.Work(d, origin, line);
      default -> new Stmt.Syscall(d, origin, line);
    };
  }

  private Stmt goOrDefer(String kind, JsonObject o, JsonNode head, Origin origin, int line) {
    Expr.Call call;
    if (o.get("body") != null) {
      Expr.FuncLit lit = funcLit(o, head, origin, line);
      JsonNode argsNode = o.get("args");
      List<Expr> args = argsNode == null ? List.of() : exprList(argsNode);
      if (lit == null || args == null) {
        return null;
      }
      call = new Expr.Call(lit, args, false, lit.pos());
    } else {
      if (o.get("args") != null) {
        problem(o.get("args"), Messages.ARGS_NEED_BODY);
        return null;
      }
      Expr e = expr(head);
      if (e == null) {
        return null;
      }
      if (!(e instanceof Expr.Call c)) {
        problemAt(head, 1, String.format(Messages.GO_NOT_CALL, kind));
        return null;
      }
      call = c;
    }
    return kind.equals("go") ? new Stmt.Go(call, origin, line) : new Stmt.Defer(call, origin, line);
  }

  /** A function literal: its head ({@code func(n int)}) in {@code headNode}, its body beside it. */
  private Expr.FuncLit funcLit(JsonObject o, JsonNode headNode, Origin origin, int line) {
    String head = asString(headNode);
    JsonNode bodyNode = o.get("body");
    if (bodyNode == null) {
      problem(o, String.format(Messages.FUNC_NEEDS_BODY, "\"body\": [ ... ]"));
      return null;
    }
    if (head == null) {
      return null;
    }
    ExprParser.Signature signature;
    try {
      signature = ExprParser.parseFuncLitSignature(head);
    } catch (ExprSyntaxException e) {
      syntaxProblem(headNode, e);
      return null;
    }
    List<Stmt> body = body(bodyNode);
    return new Expr.FuncLit(signature.params(), signature.results(), body, origin, line, new Pos(origin(headNode), 1));
  }

  private Stmt ifStmt(JsonObject o, JsonNode head, Origin origin, int line) {
    Expr cond = expr(head);
    JsonNode initNode = o.get("init");
    Stmt init = null;
    if (initNode != null) {
      String code = asString(initNode);
      if (code == null) {
        return null;
      }
      try {
        init = ExprParser.parseSimpleStmt(code, origin(initNode), line);
      } catch (ExprSyntaxException e) {
        syntaxProblem(initNode, e);
        return null;
      }
    }
    List<Stmt> then = body(o.get("then"));
    JsonNode elseNode = o.get("else");
    List<Stmt> otherwise = elseNode == null ? List.of() : body(elseNode);
    return cond == null ? null : new Stmt.If(init, cond, then, otherwise, origin, line);
  }

  private static final Pattern RANGE_WORD = Pattern.compile("(^|[^A-Za-z0-9_])range([^A-Za-z0-9_]|$)");

  private Stmt forStmt(JsonObject o, JsonNode head, Origin origin, int line) {
    String header = asString(head);
    String label = label(o);
    List<Stmt> body = body(o.get("body"));
    if (header == null) {
      return null;
    }
    try {
      if (RANGE_WORD.matcher(withoutLiterals(header)).find()) {
        ExprParser.RangeClause r = ExprParser.parseRangeClause(header, origin(head));
        return new Stmt.ForRange(label, r.key(), r.value(), r.define(), r.range(), body, origin, line);
      }
      ExprParser.ForClause f = ExprParser.parseForClause(header, origin(head), line);
      return new Stmt.For(label, f.init(), f.cond(), f.post(), body, origin, line);
    } catch (ExprSyntaxException e) {
      syntaxProblem(head, e);
      return null;
    }
  }

  // Blanks out string and rune literals, so that "range" inside one does not make a range loop.
  private static String withoutLiterals(String code) {
    StringBuilder out = new StringBuilder(code.length());
    char quote = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote != '`') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        out.append(' ');
      } else if (c == '"' || c == '\'' || c == '`') {
        quote = c;
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String label(JsonObject o) {
    JsonNode node = o.get("label");
    if (node == null) {
      return null;
    }
    String label = asString(node);
    if (label != null && !IDENTIFIER.matcher(label).matches()) {
      problem(node, Messages.expectedButFound("a label name", Quote.shortString(label)));
      return null;
    }
    return label;
  }

  private Stmt select(JsonObject o, JsonNode head, Origin origin, int line) {
    String label = label(o);
    if (!(head instanceof JsonArray cases)) {
      problem(head, Messages.expectedButFound("an array of cases", head.describe()));
      return null;
    }
    List<Stmt.Clause> clauses = new ArrayList<>();
    Position firstDefault = null;
    boolean ok = true;
    for (JsonNode element : cases.elements()) {
      if (!(element instanceof JsonObject c) || (c.get("case") == null) == (c.get("default") == null)) {
        problem(element, String.format(Messages.CASE_SHAPE, describeKeys(element)));
        ok = false;
        continue;
      }
      int caseLine = line(c);
      Origin caseOrigin = origin(c);
      if (c.get("default") != null) {
        checkKeys(c, StatementKeys.DEFAULT);
        if (firstDefault != null) {
          problem(c.member("default").keyPosition(), c.get("default").jsonPath(),
              String.format(Messages.SELECT_MULTIPLE_DEFAULTS, firstDefault.line()));
          ok = false;
          continue;
        }
        firstDefault = c.position();
        clauses.add(new Stmt.Clause(null, body(c.get("default")), caseOrigin, caseLine));
        continue;
      }
      checkKeys(c, StatementKeys.CASE);
      JsonNode caseNode = c.get("case");
      JsonNode bodyNode = c.get("body");
      if (bodyNode == null) {
        problem(c, String.format(Messages.MISSING_KEY_OF, "\"body\"", "case"));
        ok = false;
        continue;
      }
      List<Stmt> body = body(bodyNode);
      String code = asString(caseNode);
      if (code == null) {
        ok = false;
        continue;
      }
      try {
        Stmt comm = ExprParser.parseCommClause(code, origin(caseNode), caseLine);
        clauses.add(new Stmt.Clause(comm, body, caseOrigin, caseLine));
      } catch (ExprSyntaxException e) {
        syntaxProblem(caseNode, e);
        ok = false;
      }
    }
    return ok ? new Stmt.Select(label, clauses, origin, line) : null;
  }

  private static String describeKeys(JsonNode node) {
    if (!(node instanceof JsonObject o) || o.members().isEmpty()) {
      return node.describe();
    }
    List<String> keys = new ArrayList<>();
    for (Member m : o.members()) {
      keys.add(Quote.string(m.key()));
    }
    return "an object with " + (keys.size() == 1 ? "key " : "keys ") + String.join(", ", keys);
  }

  private Stmt branch(String kind, JsonNode head, Origin origin, int line) {
    String label = null;
    if (head instanceof JsonString s && IDENTIFIER.matcher(s.value()).matches()) {
      label = s.value();
    } else if (!(head instanceof JsonBoolean b && b.value())) {
      problem(head, String.format(Messages.BREAK_VALUE, head.describe()));
      return null;
    }
    return kind.equals("break") ? new Stmt.Break(label, origin, line) : new Stmt.Continue(label, origin, line);
  }

  private Stmt returnStmt(JsonNode head, Origin origin, int line) {
    if (head instanceof JsonString s && s.value().isBlank()) {
      return new Stmt.Return(List.of(), origin, line);
    }
    List<Expr> values = exprList(head);
    return values == null ? null : new Stmt.Return(values, origin, line);
  }

  // ---- leaves ----

  private int line(JsonObject o) {
    JsonNode node = o.get(StatementKeys.LINE);
    if (node == null) {
      return 0;
    }
    Long value = wholeNumber(node);
    if (value == null || value < 1 || value > Integer.MAX_VALUE) {
      problem(node, String.format(Messages.LINE_RANGE, shown(node)));
      return 0;
    }
    if (goSourceLines >= 0 && value > goSourceLines) {
      problem(node, String.format(Messages.LINE_PAST_END, value, goSourceName, goSourceLines));
      return 0;
    }
    return value.intValue();
  }

  private Expr expr(JsonNode node) {
    String code = code(node);
    if (code == null) {
      return null;
    }
    try {
      return ExprParser.parse(code, origin(node));
    } catch (ExprSyntaxException e) {
      syntaxProblem(node, e);
      return null;
    }
  }

  private List<Expr> exprList(JsonNode node) {
    String code = code(node);
    if (code == null) {
      return null;
    }
    try {
      return ExprParser.parseList(code, origin(node));
    } catch (ExprSyntaxException e) {
      syntaxProblem(node, e);
      return null;
    }
  }

  private GoType type(JsonNode node) {
    String code = asString(node);
    if (code == null) {
      return null;
    }
    try {
      return ExprParser.parseType(code);
    } catch (ExprSyntaxException e) {
      syntaxProblem(node, e);
      return null;
    }
  }

  private List<String> names(JsonNode node) {
    String code = asString(node);
    if (code == null) {
      return null;
    }
    try {
      return ExprParser.parseNames(code);
    } catch (ExprSyntaxException e) {
      syntaxProblem(node, e);
      return null;
    }
  }

  /** Go text of an expression field: a string, or a JSON number or boolean standing for itself. */
  private String code(JsonNode node) {
    if (node instanceof JsonNumber n) {
      return n.literal();
    }
    if (node instanceof JsonBoolean b) {
      return String.valueOf(b.value());
    }
    return asString(node);
  }

  private String asString(JsonNode node) {
    if (node instanceof JsonString s) {
      return s.value();
    }
    problem(node, Messages.expectedButFound("a string", node.describe()));
    return null;
  }

  private String requiredString(JsonObject o, String key) {
    JsonNode node = o.get(key);
    if (node == null) {
      if (!typoed.contains(o.path() + "\0" + key)) {
        problem(o, String.format(Messages.MISSING_KEY, Quote.string(key)));
      }
      return null;
    }
    return asString(node);
  }

  private String optionalString(JsonObject o, String key, String fallback) {
    JsonNode node = o.get(key);
    if (node == null) {
      return fallback;
    }
    String value = asString(node);
    return value == null ? fallback : value;
  }

  private static Long wholeNumber(JsonNode node) {
    if (!(node instanceof JsonNumber n)) {
      return null;
    }
    try {
      return new BigDecimal(n.literal()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      // NumberFormatException: an exponent past the int range, e.g. 1e99999999999.
      return null;
    }
  }

  private static String shown(JsonNode node) {
    return node instanceof JsonNumber n ? n.literal() : node.describe();
  }

  private void checkKeys(JsonObject o, List<String> allowed) {
    for (Member m : o.members()) {
      if (allowed.contains(m.key())) {
        continue;
      }
      if (problems.full()) {
        problems.omit(); // not shown: spare the suggestion and the message
        continue;
      }
      String near = Suggest.nearest(m.key(), allowed);
      if (near != null && o.get(near) == null) {
        typoed.add(o.path() + "\0" + near);
      }
      String message = near != null
          ? String.format(Messages.UNKNOWN_KEY_SUGGEST, Quote.string(m.key()), Quote.string(near))
          : String.format(Messages.UNKNOWN_KEY_LIST, Quote.string(m.key()), String.join(", ", allowed));
      problem(m.keyPosition(), m.value().jsonPath(), message);
    }
  }

  /** The origin of a node, remembered so that checker errors can be mapped back to the file. */
  private Origin origin(JsonNode node) {
    nodesByPath.putIfAbsent(node.path(), node);
    return new Origin(node.path(), node.position().line(), node.position().column());
  }

  private void syntaxProblem(JsonNode node, ExprSyntaxException e) {
    problemAt(node, e.column(), e.detail());
  }

  /** A problem at 1-based {@code column} inside the text of {@code node}. */
  private void problemAt(JsonNode node, int column, String message) {
    problems.add(positionIn(text, node, column), node.jsonPath(), message);
  }

  /** The file position of 1-based {@code column} inside a node's text (a string's, or a number's). */
  public static Position positionIn(SourceText text, JsonNode node, int column) {
    if (column <= 0) {
      return node.position();
    }
    if (node instanceof JsonString s) {
      return text.inString(s, column - 1);
    }
    return text.at(node.position().offset() + column - 1);
  }

  private void problem(JsonNode node, String message) {
    problems.add(node.position(), node.jsonPath(), message);
  }

  private void problem(Position at, JsonPath path, String message) {
    problems.add(at, path, message);
  }
}
