package dev.gorolab.sim.program;

import dev.gorolab.sim.program.Lexer.Kind;
import dev.gorolab.sim.program.Lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Go text found in scenario strings: expressions, types, simple statements, and the
 * headers of {@code for}, {@code range}, {@code select} cases and function declarations.
 *
 * <p>Every method throws {@link ExprSyntaxException} with the 1-based column inside the string.
 * Methods taking an {@link Origin} stamp it into every {@link Pos} they create, so later errors
 * (from the checker) can point at the JSON string and the column inside it.
 */
public final class ExprParser {

  /** Parts of a three-clause {@code for} header; each may be null. */
  public record ForClause(Stmt init, Expr cond, Stmt post) {}

  /** Parts of a {@code range} header: {@code key, value := range expr}; key/value null if omitted. */
  public record RangeClause(Expr key, Expr value, boolean define, Expr range) {}

  /** A function signature: {@code name(params) results}; {@code name} is empty for literals. */
  public record Signature(String name, List<Param> params, List<GoType> results) {
    public Signature {
      params = List.copyOf(params);
      results = List.copyOf(results);
    }
  }

  /**
   * Deepest nesting of an expression or type: parentheses, unary operators, and chains such as
   * {@code a+a+a} or {@code f()()} that build a tree as deep as they are long. Every pass over the
   * tree (checker, compiler, evaluator) recurses, so a string of 60,000 {@code (} must be refused
   * here, with a message, and not end in a stack overflow. No program of a lecture comes near.
   */
  public static final int MAX_NESTING = 200;

  private final List<Token> tokens;
  private final Origin origin;
  private int p;
  /** The nesting of the tree being built, see {@link #MAX_NESTING}. */
  private int depth;

  private ExprParser(String text, Origin origin) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    this.tokens = Lexer.tokenize(text);
    this.origin = origin;
  }

  /** Parses one expression, e.g. {@code "alishi-cake-" + strconv.Itoa(i)}. */
  public static Expr parse(String text) {
    return parse(text, Origin.NONE);
  }

  /** Parses one expression found in the JSON string at {@code origin}. */
  public static Expr parse(String text, Origin origin) {
    ExprParser ps = new ExprParser(text, origin);
    ps.expectNotEmpty(Messages.EXPECTING_EXPRESSION);
    Expr e = ps.expr();
    ps.expectEnd();
    return e;
  }

  /** Parses a comma-separated expression list, e.g. {@code <-ch, <-ch}; at least one. */
  public static List<Expr> parseList(String text, Origin origin) {
    ExprParser ps = new ExprParser(text, origin);
    ps.expectNotEmpty(Messages.EXPECTING_EXPRESSION);
    List<Expr> list = ps.exprList();
    ps.expectEnd();
    return list;
  }

  /** Parses a list of variable names, e.g. {@code x, ok}; {@code _} allowed. */
  public static List<String> parseNames(String text) {
    ExprParser ps = new ExprParser(text, Origin.NONE);
    ps.expectNotEmpty(Messages.EXPECTING_NAME);
    List<String> names = new ArrayList<>();
    names.add(ps.name());
    while (ps.peek().is(",")) {
      ps.p++;
      names.add(ps.name());
    }
    ps.expectEnd();
    return names;
  }

  /** Parses a type, e.g. {@code chan string}, {@code []int}, {@code sync.WaitGroup}. */
  public static GoType parseType(String text) {
    ExprParser ps = new ExprParser(text, Origin.NONE);
    ps.expectNotEmpty(Messages.EXPECTING_TYPE);
    GoType t = ps.type();
    ps.expectEnd();
    return t;
  }

  /**
   * Parses a duration as scenario files write it: a Go duration string such as {@code 2s},
   * {@code 1.5ms} or {@code 1h30m} (as {@code time.ParseDuration} accepts it), or else an
   * expression such as {@code 2 * time.Second}.
   */
  public static Expr parseDuration(String text, Origin origin) {
    String t = text.strip();
    int lead = text.indexOf(t.isEmpty() ? " " : t.substring(0, 1)) + 1;
    if (Durations.looksLikeDuration(t)) {
      long nanos = Durations.parse(t, Math.max(lead, 1));
      return new Expr.DurationLit(nanos, t, new Pos(origin, Math.max(lead, 1)));
    }
    return parse(text, origin);
  }

  /**
   * Parses a simple statement: {@code x := e}, {@code a, b = b, a+b}, {@code i++}, {@code s += x},
   * {@code ch <- v}, or an expression statement such as {@code wg.Done()} or {@code <-ch}.
   */
  public static Stmt parseSimpleStmt(String text, Origin origin, int line) {
    ExprParser ps = new ExprParser(text, origin);
    ps.expectNotEmpty(Messages.EXPECTING_STATEMENT);
    Stmt s = ps.simpleStmt(line);
    ps.expectEnd();
    return s;
  }

  /**
   * Parses a {@code for} header: {@code init; cond; post}, a condition alone, or empty (forever).
   */
  public static ForClause parseForClause(String text, Origin origin, int line) {
    ExprParser ps = new ExprParser(text, origin);
    if (ps.peek().kind() == Kind.EOF) {
      return new ForClause(null, null, null);
    }
    boolean hasSemicolon = false;
    for (Token t : ps.tokens) {
      if (t.is(";")) {
        hasSemicolon = true;
      }
    }
    if (!hasSemicolon) {
      Expr cond = ps.expr();
      ps.expectEnd();
      return new ForClause(null, cond, null);
    }
    Stmt init = ps.peek().is(";") ? null : ps.simpleStmt(line);
    ps.expectOp(";");
    Expr cond = ps.peek().is(";") ? null : ps.expr();
    ps.expectOp(";");
    Stmt post = ps.peek().kind() == Kind.EOF ? null : ps.simpleStmt(line);
    ps.expectEnd();
    if (post instanceof Stmt.Let) {
      throw new ExprSyntaxException(ps.postColumn(), Messages.SYNTAX_CANNOT_DECLARE_IN_POST);
    }
    return new ForClause(init, cond, post);
  }

  /** Parses a {@code range} header: {@code v := range ch}, {@code _, v := range s}, {@code range ch}. */
  public static RangeClause parseRangeClause(String text, Origin origin) {
    ExprParser ps = new ExprParser(text, origin);
    ps.expectNotEmpty(Messages.EXPECTING_RANGE);
    if (ps.peek().is("range")) {
      ps.p++;
      Expr x = ps.expr();
      ps.expectEnd();
      return new RangeClause(null, null, false, x);
    }
    List<Expr> lhs = ps.exprList();
    Token op = ps.next();
    if (!op.is(":=") && !op.is("=")) {
      throw ps.unexpected(op, Messages.EXPECTING_RANGE_ASSIGN);
    }
    if (lhs.size() > 2) {
      throw new ExprSyntaxException(lhs.get(2).pos().column(), Messages.SYNTAX_RANGE_TOO_MANY_VARIABLES);
    }
    Token r = ps.next();
    if (!r.is("range")) {
      throw ps.unexpected(r, Messages.EXPECTING_RANGE_KEYWORD);
    }
    Expr x = ps.expr();
    ps.expectEnd();
    boolean define = op.is(":=");
    if (define) {
      for (Expr e : lhs) {
        if (!(e instanceof Expr.Ident)) {
          throw new ExprSyntaxException(e.pos().column(), Messages.SYNTAX_NON_NAME_ON_LEFT_OF_DEFINE);
        }
      }
    }
    return new RangeClause(lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, define, x);
  }

  /** Parses a declaration head: {@code makeCakeAndSend(ch chan string, count int)}, {@code sum(s []int) int}, {@code main}. */
  public static Signature parseSignature(String text) {
    ExprParser ps = new ExprParser(text, Origin.NONE);
    ps.expectNotEmpty(Messages.EXPECTING_NAME);
    String name = ps.name();
    if (ps.peek().kind() == Kind.EOF) {
      return new Signature(name, List.of(), List.of());
    }
    Signature s = ps.signatureRest(name);
    ps.expectEnd();
    return s;
  }

  /** Parses a function literal head: {@code func(i int)}, {@code (i int) int} or empty. */
  public static Signature parseFuncLitSignature(String text) {
    ExprParser ps = new ExprParser(text, Origin.NONE);
    if (ps.peek().is("func")) {
      ps.p++;
    }
    if (ps.peek().kind() == Kind.EOF) {
      return new Signature("", List.of(), List.of());
    }
    Signature s = ps.signatureRest("");
    ps.expectEnd();
    return s;
  }

  /**
   * Parses the head of a select case: {@code v := <-ch}, {@code v, ok := <-ch}, {@code v = <-ch},
   * {@code <-ch} or {@code ch <- x}.
   */
  public static Stmt parseCommClause(String text, Origin origin, int line) {
    ExprParser ps = new ExprParser(text, origin);
    ps.expectNotEmpty(Messages.EXPECTING_COMM);
    Stmt s = ps.simpleStmt(line);
    ps.expectEnd();
    boolean ok;
    if (s instanceof Stmt.Send) {
      ok = true;
    } else if (s instanceof Stmt.ExprStmt es) {
      ok = es.expr() instanceof Expr.Recv;
    } else if (s instanceof Stmt.Let let) {
      ok = let.values().size() == 1 && let.values().get(0) instanceof Expr.Recv && let.names().size() <= 2;
    } else if (s instanceof Stmt.Assign as) {
      ok = as.op().equals("=") && as.values().size() == 1 && as.values().get(0) instanceof Expr.Recv
          && as.targets().size() <= 2;
    } else {
      ok = false;
    }
    if (!ok) {
      throw new ExprSyntaxException(1, Messages.SYNTAX_SELECT_CASE_NOT_COMM);
    }
    return s;
  }

  // ---- statements ----

  private int postColumn() {
    return tokens.get(Math.max(0, p - 1)).column();
  }

  private Stmt simpleStmt(int line) {
    List<Expr> lhs = exprList();
    Token t = peek();
    if (t.is(":=")) {
      p++;
      List<String> names = new ArrayList<>();
      for (Expr e : lhs) {
        if (!(e instanceof Expr.Ident id)) {
          throw new ExprSyntaxException(e.pos().column(), Messages.SYNTAX_NON_NAME_ON_LEFT_OF_DEFINE);
        }
        names.add(id.name());
      }
      List<Expr> values = exprList();
      return new Stmt.Let(names, values, origin, line);
    }
    if (t.kind() == Kind.OP && t.text().endsWith("=") && !t.is("==") && !t.is("!=") && !t.is("<=") && !t.is(">=")) {
      p++;
      String op = t.text();
      if (!op.equals("=") && lhs.size() != 1) {
        throw new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_ASSIGN_OP_NEEDS_ONE, op));
      }
      List<Expr> values = exprList();
      return new Stmt.Assign(lhs, op, values, origin, line);
    }
    if (t.is("++") || t.is("--")) {
      p++;
      if (lhs.size() != 1) {
        throw new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_UNEXPECTED, t.text(), Messages.EXPECTING_COLON_EQUALS));
      }
      return new Stmt.IncDec(lhs.get(0), t.is("++"), origin, line);
    }
    if (t.is("<-")) {
      p++;
      if (lhs.size() != 1) {
        throw new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_UNEXPECTED, "<-", Messages.EXPECTING_COLON_EQUALS));
      }
      Expr v = expr();
      return new Stmt.Send(lhs.get(0), v, origin, line);
    }
    if (lhs.size() != 1) {
      throw unexpected(t, Messages.EXPECTING_COLON_EQUALS);
    }
    return new Stmt.ExprStmt(lhs.get(0), origin, line);
  }

  // ---- expressions ----

  private List<Expr> exprList() {
    List<Expr> list = new ArrayList<>();
    list.add(expr());
    while (peek().is(",")) {
      p++;
      list.add(expr());
    }
    return list;
  }

  private Expr expr() {
    return binary(1);
  }

  private static int precedence(Token t) {
    if (t.kind() != Kind.OP) {
      return 0;
    }
    return switch (t.text()) {
      case "||" -> 1;
      case "&&" -> 2;
      case "==", "!=", "<", "<=", ">", ">=" -> 3;
      case "+", "-", "|", "^" -> 4;
      case "*", "/", "%", "<<", ">>", "&", "&^" -> 5;
      default -> 0;
    };
  }

  private Expr binary(int minPrec) {
    int saved = depth;
    Expr left = unary();
    while (true) {
      Token op = peek();
      int prec = precedence(op);
      if (prec < minPrec) {
        depth = saved;
        return left;
      }
      p++;
      deeper(op); // each operator of a chain adds a level to the left operand's tree
      Expr right = binary(prec + 1);
      left = new Expr.Binary(op.text(), left, right, op.column(), left.pos());
    }
  }

  /** One more level of nesting at {@code at}; refuses past {@link #MAX_NESTING}. */
  private void deeper(Token at) {
    if (++depth > MAX_NESTING) {
      throw new ExprSyntaxException(at.column(), String.format(Messages.SYNTAX_TOO_DEEP, MAX_NESTING));
    }
  }

  private Expr unary() {
    Token t = peek();
    deeper(t);
    try {
      return unary0(t);
    } finally {
      depth--;
    }
  }

  private Expr unary0(Token t) {
    if (t.is("<-") && !peekAt(1).is("chan")) {
      p++;
      return new Expr.Recv(unary(), pos(t));
    }
    if (t.is("-") || t.is("+") || t.is("!") || t.is("^")) {
      p++;
      return new Expr.Unary(t.text(), unary(), pos(t));
    }
    if (t.is("&")) {
      p++;
      return new Expr.Unary("&", unary(), pos(t));
    }
    if (t.is("*")) {
      throw new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_POINTERS_UNSUPPORTED, t.text()));
    }
    return primary();
  }

  private Expr primary() {
    int saved = depth;
    try {
      return primary0();
    } finally {
      depth = saved;
    }
  }

  private Expr primary0() {
    Expr x = operand();
    while (true) {
      Token t = peek();
      if (t.is(".") || t.is("(") || t.is("[")) {
        deeper(t); // x.f, x(...) and x[i] nest x one level deeper
      }
      if (t.is(".")) {
        p++;
        Token n = next();
        if (n.kind() != Kind.IDENT || Lexer.isKeyword(n.text())) {
          throw unexpected(n, Messages.EXPECTING_NAME);
        }
        x = new Expr.Selector(x, n.text(), x.pos());
      } else if (t.is("(")) {
        p++;
        List<Expr> args = new ArrayList<>();
        boolean spread = false;
        while (!peek().is(")")) {
          args.add(argument());
          if (peek().is("...")) {
            p++;
            spread = true;
          }
          if (peek().is(",")) {
            p++;
          } else if (!peek().is(")")) {
            throw unexpected(peek(), Messages.EXPECTING_COMMA_OR_PAREN);
          }
        }
        p++;
        x = new Expr.Call(x, args, spread, x.pos());
      } else if (t.is("[")) {
        p++;
        Expr lo = peek().is(":") ? null : expr();
        if (peek().is(":")) {
          p++;
          Expr hi = peek().is("]") ? null : expr();
          expectOp("]");
          x = new Expr.SliceExpr(x, lo, hi, x.pos());
        } else {
          expectOp("]");
          x = new Expr.Index(x, lo, x.pos());
        }
      } else {
        return x;
      }
    }
  }

  /** A call argument may be a type: {@code make(chan int, 3)}, {@code make([]int, n)}. */
  private Expr argument() {
    Token t = peek();
    if (t.is("chan") || (t.is("<-") && peekAt(1).is("chan"))) {
      return new Expr.TypeExpr(type(), pos(t));
    }
    return expr();
  }

  private Expr operand() {
    Token t = next();
    switch (t.kind()) {
      case INT:
        return new Expr.IntLit((Long) t.value(), t.text(), pos(t));
      case FLOAT:
        return new Expr.FloatLit((Double) t.value(), t.text(), pos(t));
      case STRING:
        return new Expr.StringLit((String) t.value(), t.text(), pos(t));
      case RUNE:
        return new Expr.RuneLit((Integer) t.value(), t.text(), pos(t));
      case IDENT:
        if (t.is("func")) {
          throw new ExprSyntaxException(t.column(), Messages.SYNTAX_FUNC_LIT_IN_STRING);
        }
        if (t.is("chan")) {
          p--;
          return new Expr.TypeExpr(type(), pos(t));
        }
        if (Lexer.isKeyword(t.text())) {
          throw unexpected(t, Messages.EXPECTING_EXPRESSION);
        }
        return new Expr.Ident(t.text(), pos(t));
      case OP:
        if (t.is("(")) {
          Expr e = expr();
          expectOp(")");
          return e;
        }
        if (t.is("[")) {
          p--;
          GoType type = type();
          if (peek().is("{")) {
            p++;
            List<Expr> elems = new ArrayList<>();
            while (!peek().is("}")) {
              elems.add(expr());
              if (peek().is(",")) {
                p++;
              } else if (!peek().is("}")) {
                throw unexpected(peek(), Messages.EXPECTING_COMMA_OR_BRACE);
              }
            }
            p++;
            return new Expr.CompositeLit(type, elems, pos(t));
          }
          return new Expr.TypeExpr(type, pos(t));
        }
        throw unexpected(t, Messages.EXPECTING_EXPRESSION);
      default:
        throw unexpected(t, Messages.EXPECTING_EXPRESSION);
    }
  }

  // ---- types and signatures ----

  private GoType type() {
    deeper(peek());
    try {
      return type0();
    } finally {
      depth--;
    }
  }

  private GoType type0() {
    Token t = next();
    if (t.is("chan")) {
      if (peek().is("<-")) {
        p++;
        return new GoType.Chan(type(), GoType.ChanDir.SEND_ONLY);
      }
      return new GoType.Chan(type());
    }
    if (t.is("<-")) {
      Token c = next();
      if (!c.is("chan")) {
        throw unexpected(c, Messages.EXPECTING_CHAN);
      }
      return new GoType.Chan(type(), GoType.ChanDir.RECV_ONLY);
    }
    if (t.is("[")) {
      Token close = next();
      if (!close.is("]")) {
        throw new ExprSyntaxException(close.column(), Messages.SYNTAX_ARRAYS_UNSUPPORTED);
      }
      return new GoType.Slice(type());
    }
    if (t.is("*")) {
      GoType elem = type();
      if (!Library.pointerTarget(elem)) {
        throw new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_POINTERS_UNSUPPORTED, "*"));
      }
      return new GoType.Pointer(elem);
    }
    if (t.is("(")) {
      GoType inner = type();
      expectOp(")");
      return inner;
    }
    if (t.is("func")) {
      Signature s = signatureRest("");
      return new GoType.Func(s.params().stream().map(Param::type).toList(), s.results());
    }
    if (t.kind() == Kind.IDENT) {
      String name = t.text();
      if (peek().is(".")) {
        p++;
        Token m = next();
        name = name + "." + m.text();
      }
      GoType known = namedType(name);
      if (known == null) {
        throw new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_UNKNOWN_TYPE, name));
      }
      return known;
    }
    throw unexpected(t, Messages.EXPECTING_TYPE);
  }

  /** The type a name denotes, or null: {@code int}, {@code time.Duration}, ... */
  public static GoType namedType(String name) {
    return switch (name) {
      case "int" -> GoType.Basic.INT;
      case "int8" -> GoType.Basic.INT8;
      case "int16" -> GoType.Basic.INT16;
      case "int32", "rune" -> GoType.Basic.INT32;
      case "int64" -> GoType.Basic.INT64;
      case "uint" -> GoType.Basic.UINT;
      case "uint8", "byte" -> GoType.Basic.UINT8;
      case "uint16" -> GoType.Basic.UINT16;
      case "uint32" -> GoType.Basic.UINT32;
      case "uint64" -> GoType.Basic.UINT64;
      case "uintptr" -> GoType.Basic.UINTPTR;
      case "float32" -> GoType.Basic.FLOAT32;
      case "float64" -> GoType.Basic.FLOAT64;
      case "any" -> GoType.EMPTY_INTERFACE;
      case "error" -> GoType.ERROR;
      case "string" -> GoType.Basic.STRING;
      case "bool" -> GoType.Basic.BOOL;
      case "time.Duration" -> GoType.Basic.DURATION;
      case "time.Time" -> GoType.Basic.TIME;
      case "sync.WaitGroup" -> GoType.Basic.WAIT_GROUP;
      case "sync.Mutex" -> GoType.Basic.MUTEX;
      case "time.Timer" -> GoType.Basic.TIMER;
      case "time.Ticker" -> GoType.Basic.TICKER;
      case "sync.RWMutex" -> GoType.Basic.RW_MUTEX;
      case "sync.Once" -> GoType.Basic.ONCE;
      case "sync.Cond" -> GoType.Basic.COND;
      case "atomic.Int32" -> GoType.Basic.ATOMIC_INT32;
      case "atomic.Int64" -> GoType.Basic.ATOMIC_INT64;
      case "atomic.Uint32" -> GoType.Basic.ATOMIC_UINT32;
      case "atomic.Uint64" -> GoType.Basic.ATOMIC_UINT64;
      case "atomic.Bool" -> GoType.Basic.ATOMIC_BOOL;
      case "strings.Builder" -> GoType.Basic.STRINGS_BUILDER;
      case "context.Context" -> GoType.Basic.CONTEXT;
      case "rand.Rand" -> GoType.Basic.RAND;
      case "rand.Source" -> GoType.Basic.RAND_SOURCE;
      case "sort.Interface" -> GoType.SORT_INTERFACE;
      case "sync.Map" -> GoType.Basic.SYNC_MAP;
      case "atomic.Value" -> GoType.Basic.ATOMIC_VALUE;
      case "context.CancelFunc" -> new GoType.Func(java.util.List.of(), java.util.List.of());
      default -> null;
    };
  }

  private Signature signatureRest(String name) {
    expectOp("(");
    List<Param> params = paramList();
    List<GoType> results = new ArrayList<>();
    Token t = peek();
    if (t.is("(")) {
      p++;
      for (Param r : paramList()) {
        results.add(r.type());
      }
    } else if (t.kind() != Kind.EOF && !t.is(",") && !t.is(")") && !t.is("{")) {
      results.add(type());
    }
    return new Signature(name, params, results);
  }

  /** Parses parameters up to and including ')'; Go's grouping rule: {@code a, b int}. */
  private List<Param> paramList() {
    List<String> pendingNames = new ArrayList<>();
    List<Token> pendingTokens = new ArrayList<>();
    List<Param> params = new ArrayList<>();
    List<GoType> unnamed = new ArrayList<>();
    boolean named = false;
    while (!peek().is(")")) {
      Token t = peek();
      if (t.kind() == Kind.IDENT && !Lexer.isKeyword(t.text()) && namedType(t.text()) == null
          && !peekAt(1).is(".") && (peekAt(1).is(",") || peekAt(1).is(")"))) {
        // a bare name: the name of a parameter grouped with the next type
        p++;
        pendingNames.add(t.text());
        pendingTokens.add(t);
      } else if (t.kind() == Kind.IDENT && !Lexer.isKeyword(t.text()) && !peekAt(1).is(",")
          && !peekAt(1).is(")") && !peekAt(1).is(".")) {
        p++;
        named = true;
        GoType type = type();
        for (String n : pendingNames) {
          params.add(new Param(n, type));
        }
        pendingNames.clear();
        pendingTokens.clear();
        params.add(new Param(t.text(), type));
      } else {
        unnamed.add(type());
      }
      if (peek().is(",")) {
        p++;
      } else if (!peek().is(")")) {
        throw unexpected(peek(), Messages.EXPECTING_COMMA_OR_PAREN);
      }
    }
    p++;
    if (!pendingNames.isEmpty()) {
      if (named) {
        throw new ExprSyntaxException(pendingTokens.get(0).column(), Messages.SYNTAX_MIXED_PARAMS);
      }
      for (Token n : pendingTokens) {
        GoType type = namedType(n.text());
        if (type == null) {
          throw new ExprSyntaxException(n.column(), String.format(Messages.SYNTAX_PARAM_WITHOUT_TYPE, n.text()));
        }
      }
    }
    if (named && !unnamed.isEmpty()) {
      throw new ExprSyntaxException(peekAt(-1).column(), Messages.SYNTAX_MIXED_PARAMS);
    }
    if (!named) {
      for (GoType u : unnamed) {
        params.add(new Param("", u));
      }
    }
    return params;
  }

  // ---- tokens ----

  private Pos pos(Token t) {
    return new Pos(origin, t.column());
  }

  private Token peek() {
    return tokens.get(p);
  }

  private Token peekAt(int ahead) {
    int i = Math.min(Math.max(p + ahead, 0), tokens.size() - 1);
    return tokens.get(i);
  }

  private Token next() {
    Token t = tokens.get(p);
    if (t.kind() != Kind.EOF) {
      p++;
    }
    return t;
  }

  private String name() {
    Token t = next();
    if (t.kind() != Kind.IDENT || Lexer.isKeyword(t.text())) {
      throw unexpected(t, Messages.EXPECTING_NAME);
    }
    return t.text();
  }

  private void expectOp(String op) {
    Token t = next();
    if (!t.is(op)) {
      throw unexpected(t, op);
    }
  }

  private void expectEnd() {
    Token t = peek();
    if (t.kind() != Kind.EOF) {
      throw new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_UNEXPECTED_AFTER, t.describe()));
    }
  }

  private void expectNotEmpty(String expecting) {
    if (peek().kind() == Kind.EOF) {
      throw unexpected(peek(), expecting);
    }
  }

  private ExprSyntaxException unexpected(Token t, String expecting) {
    return new ExprSyntaxException(t.column(), String.format(Messages.SYNTAX_UNEXPECTED, t.describe(), expecting));
  }
}
