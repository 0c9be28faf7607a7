package dev.gorolab.sim.syntax;

import dev.gorolab.sim.syntax.Nodes.ArrayType;
import dev.gorolab.sim.syntax.Nodes.AssertExpr;
import dev.gorolab.sim.syntax.Nodes.AssignStmt;
import dev.gorolab.sim.syntax.Nodes.BadExpr;
import dev.gorolab.sim.syntax.Nodes.BasicLit;
import dev.gorolab.sim.syntax.Nodes.BlockStmt;
import dev.gorolab.sim.syntax.Nodes.BranchStmt;
import dev.gorolab.sim.syntax.Nodes.CallExpr;
import dev.gorolab.sim.syntax.Nodes.CallStmt;
import dev.gorolab.sim.syntax.Nodes.CaseClause;
import dev.gorolab.sim.syntax.Nodes.ChanDir;
import dev.gorolab.sim.syntax.Nodes.ChanType;
import dev.gorolab.sim.syntax.Nodes.CommClause;
import dev.gorolab.sim.syntax.Nodes.CompositeLit;
import dev.gorolab.sim.syntax.Nodes.ConstDecl;
import dev.gorolab.sim.syntax.Nodes.Decl;
import dev.gorolab.sim.syntax.Nodes.DeclStmt;
import dev.gorolab.sim.syntax.Nodes.DotsType;
import dev.gorolab.sim.syntax.Nodes.EmptyStmt;
import dev.gorolab.sim.syntax.Nodes.Expr;
import dev.gorolab.sim.syntax.Nodes.ExprStmt;
import dev.gorolab.sim.syntax.Nodes.Field;
import dev.gorolab.sim.syntax.Nodes.File;
import dev.gorolab.sim.syntax.Nodes.ForStmt;
import dev.gorolab.sim.syntax.Nodes.FuncDecl;
import dev.gorolab.sim.syntax.Nodes.FuncLit;
import dev.gorolab.sim.syntax.Nodes.FuncType;
import dev.gorolab.sim.syntax.Nodes.Group;
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
import dev.gorolab.sim.syntax.Nodes.SimpleStmt;
import dev.gorolab.sim.syntax.Nodes.SliceExpr;
import dev.gorolab.sim.syntax.Nodes.SliceType;
import dev.gorolab.sim.syntax.Nodes.Stmt;
import dev.gorolab.sim.syntax.Nodes.StructType;
import dev.gorolab.sim.syntax.Nodes.SwitchStmt;
import dev.gorolab.sim.syntax.Nodes.TypeDecl;
import dev.gorolab.sim.syntax.Nodes.TypeSwitchGuard;
import dev.gorolab.sim.syntax.Nodes.VarDecl;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Parses a whole Go file into a {@link Nodes.File}: a port of the Go compiler's parser (go1.19
 * {@code cmd/compile/internal/syntax/parser.go}), production for production, so that a syntax
 * error reads exactly as {@code go build} prints it ({@code syntax error: unexpected newline,
 * expecting comma or }}) and recovery finds the same follow-on errors.
 *
 * <p>One difference from gc: nesting deeper than {@link #MAX_NEST_LEVEL} (parentheses, blocks,
 * types, literals) stops the parse with go/parser's {@code exceeded max nesting depth}, so a
 * pathological file cannot exhaust the Java stack.
 */
final class Parser {

  /** One error, at a line and byte column. */
  record Error(int line, int col, String msg) {}

  /** The parse result: the tree (null when the package clause is broken) and every error. */
  record Result(File file, List<Error> errors, List<Scanner.Comment> comments) {}

  /** Deepest nesting accepted; go/parser allows 1e5, the Java stack of a UI thread far fewer. */
  static final int MAX_NEST_LEVEL = 1000;

  static final String NESTING_MESSAGE = "exceeded max nesting depth";

  /** Thrown to stop at the nesting limit; caught in {@link #parse}. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(null, null, false, false);
    }
  }

  private static final EnumSet<Token> STOPSET = EnumSet.of(
      Token.BREAK, Token.CONST, Token.CONTINUE, Token.DEFER, Token.FALLTHROUGH, Token.FOR, Token.GO, Token.GOTO,
      Token.IF, Token.RETURN, Token.SELECT, Token.SWITCH, Token.TYPE, Token.VAR);

  private final Scanner s;
  private final List<Error> errors = new ArrayList<>();
  private int fnest;
  private int xnest;
  private int nestLev;

  private Parser(String src) {
    this.s = new Scanner(src, (line, col, msg) -> errorAt(line, col, msg));
  }

  /** Parses {@code src}, a whole Go file. */
  static Result parse(String src) {
    Parser p = new Parser(src);
    File f;
    try {
      p.next();
      f = p.fileOrNull();
    } catch (TooDeep e) {
      f = null;
    }
    return new Result(f, List.copyOf(p.errors), List.copyOf(p.s.comments()));
  }

  // ---- tokens ----

  private void next() {
    s.next();
  }

  private boolean got(Token tok) {
    if (s.tok == tok) {
      next();
      return true;
    }
    return false;
  }

  private void want(Token tok) {
    if (!got(tok)) {
      syntaxError("expecting " + tok.describe());
      advance();
    }
  }

  private boolean gotAssign() {
    switch (s.tok) {
      case DEFINE:
        syntaxError("expecting =");
        next();
        return true;
      case ASSIGN:
        next();
        return true;
      default:
        return false;
    }
  }

  private <T extends Node> T at(T n) {
    n.line = s.line;
    n.col = s.col;
    return n;
  }

  private void enter() {
    if (++nestLev > MAX_NEST_LEVEL) {
      errorAt(s.line, s.col, NESTING_MESSAGE);
      throw new TooDeep();
    }
  }

  private void leave() {
    nestLev--;
  }

  // ---- errors ----

  private void errorAt(int line, int col, String msg) {
    errors.add(new Error(line, col, msg));
  }

  private void error(String msg) {
    errorAt(s.line, s.col, msg);
  }

  private void syntaxError(String msg) {
    syntaxErrorAt(s.line, s.col, msg);
  }

  private void syntaxErrorAt(int line, int col, String msg) {
    if (s.tok == Token.EOF && !errors.isEmpty()) {
      return; // avoid meaningless follow-up errors
    }
    if (msg.isEmpty()) {
      // nothing to add
    } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
      msg = " " + msg;
    } else if (msg.startsWith("expecting ")) {
      msg = ", " + msg;
    } else {
      errorAt(line, col, "syntax error: " + msg);
      return;
    }
    String tok = switch (s.tok) {
      case NAME, SEMI -> s.lit;
      case LITERAL -> "literal " + s.lit;
      case OPERATOR -> s.op.toString();
      case ASSIGN_OP -> s.op + "=";
      case INC_OP -> s.op.toString() + s.op;
      default -> s.tok.describe();
    };
    errorAt(line, col, "syntax error: unexpected " + tok + msg);
  }

  /** Skips to a token of {@code followlist} (or, inside a function, of the statement stop set). */
  private void advance(Token... followlist) {
    if (followlist.length == 0) {
      if (s.tok != Token.EOF) {
        next();
      }
      return;
    }
    EnumSet<Token> follow = EnumSet.of(Token.EOF, followlist);
    if (fnest > 0) {
      follow.addAll(STOPSET);
    }
    while (!follow.contains(s.tok)) {
      next();
    }
  }

  // ---- files ----

  private File fileOrNull() {
    File f = at(new File());
    if (!got(Token.PACKAGE)) {
      syntaxError("package statement must be first");
      return null;
    }
    f.pkgName = name();
    want(Token.SEMI);
    if (!errors.isEmpty()) {
      return null; // don't bother continuing if the package clause has errors
    }
    while (got(Token.IMPORT)) {
      appendGroup(f.decls, this::importDecl);
      want(Token.SEMI);
    }
    while (s.tok != Token.EOF) {
      switch (s.tok) {
        case CONST -> {
          next();
          appendGroup(f.decls, this::constDecl);
        }
        case TYPE -> {
          next();
          appendGroup(f.decls, this::typeDecl);
        }
        case VAR -> {
          next();
          appendGroup(f.decls, this::varDecl);
        }
        case FUNC -> {
          next();
          FuncDecl d = funcDeclOrNull();
          if (d != null) {
            f.decls.add(d);
          }
        }
        default -> {
          if (s.tok == Token.LBRACE && !f.decls.isEmpty()
              && f.decls.get(f.decls.size() - 1) instanceof FuncDecl fd && fd.body == null) {
            syntaxError("unexpected semicolon or newline before {");
          } else {
            syntaxError("non-declaration statement outside function body");
          }
          advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
          continue;
        }
      }
      if (s.tok != Token.EOF && !got(Token.SEMI)) {
        syntaxError("after top level declaration");
        advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
      }
    }
    f.eofLine = s.line;
    f.eofCol = s.col;
    return f;
  }

  /** gc's list: {@code [ f { sep f } [sep] ] close}; returns the position of close. */
  private int[] list(String context, Token sep, Token close, BooleanSupplier f) {
    boolean done = false;
    while (s.tok != Token.EOF && s.tok != close && !done) {
      done = f.getAsBoolean();
      if (!got(sep) && s.tok != close) {
        syntaxError("in " + context + "; possibly missing " + sep.describe() + " or " + close.describe());
        advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
        if (s.tok != close) {
          return new int[] {s.line, s.col};
        }
      }
    }
    int[] pos = {s.line, s.col};
    want(close);
    return pos;
  }

  private void appendGroup(List<Decl> list, Function<Group, Decl> f) {
    if (s.tok == Token.LPAREN) {
      Group g = new Group();
      next();
      list("grouped declaration", Token.SEMI, Token.RPAREN, () -> {
        Decl x = f.apply(g);
        if (x != null) {
          list.add(x);
        }
        return false;
      });
    } else {
      Decl x = f.apply(null);
      if (x != null) {
        list.add(x);
      }
    }
  }

  private Decl importDecl(Group group) {
    ImportDecl d = at(new ImportDecl());
    d.group = group;
    switch (s.tok) {
      case NAME -> d.localPkgName = name();
      case DOT -> {
        d.localPkgName = new Name(s.line, s.col, ".");
        next();
      }
      default -> {
        // no local name
      }
    }
    d.path = oliteral();
    if (d.path == null) {
      syntaxError("missing import path");
      advance(Token.SEMI, Token.RPAREN);
      return d;
    }
    if (!d.path.bad && d.path.kind != Scanner.LitKind.STRING) {
      syntaxError("import path must be a string");
      d.path.bad = true;
    }
    return d;
  }

  private Decl constDecl(Group group) {
    ConstDecl d = at(new ConstDecl());
    d.group = group;
    d.names = nameList(name());
    if (s.tok != Token.EOF && s.tok != Token.SEMI && s.tok != Token.RPAREN) {
      d.type = typeOrNull();
      if (gotAssign()) {
        d.values = exprList();
      }
    }
    return d;
  }

  private Decl typeDecl(Group group) {
    TypeDecl d = at(new TypeDecl());
    d.group = group;
    d.name = name();
    if (s.tok == Token.LBRACK) {
      int line = s.line;
      int col = s.col;
      next();
      switch (s.tok) {
        case NAME -> {
          Expr x = name();
          if (s.tok != Token.LBRACK) {
            xnest++;
            x = binaryExpr(pexpr(x, false), 0);
            xnest--;
          }
          Expr[] split = extractName(x, s.tok == Token.COMMA);
          if (split[0] != null && (split[1] != null || s.tok != Token.RBRACK)) {
            d.typeParams = paramList((Name) split[0], split[1], Token.RBRACK, true);
            d.alias = gotAssign();
            d.type = typeOrNull();
          } else {
            d.type = arrayType(line, col, x);
          }
        }
        case RBRACK -> {
          next();
          d.type = sliceType(line, col);
        }
        default -> d.type = arrayType(line, col, null);
      }
    } else {
      d.alias = gotAssign();
      d.type = typeOrNull();
    }
    if (d.type == null) {
      d.type = badExpr();
      syntaxError("in type declaration");
      advance(Token.SEMI, Token.RPAREN);
    }
    return d;
  }

  /** gc's extractName: {name, type} if {@code x} can be read as {@code name type}, else {null, x}. */
  private static Expr[] extractName(Expr x, boolean force) {
    if (x instanceof Name n) {
      return new Expr[] {n, null};
    }
    if (x instanceof Operation o && o.y != null) {
      if (o.op == Operator.MUL && o.x instanceof Name name && (force || isTypeElem(o.y))) {
        Operation u = new Operation();
        u.line = o.line;
        u.col = o.col;
        u.op = Operator.MUL;
        u.x = o.y;
        return new Expr[] {name, u};
      }
      if (o.op == Operator.OR) {
        Expr[] inner = extractName(o.x, force || isTypeElem(o.y));
        if (inner[0] != null && inner[1] != null) {
          Operation u = new Operation();
          u.line = o.line;
          u.col = o.col;
          u.op = Operator.OR;
          u.x = inner[1];
          u.y = o.y;
          return new Expr[] {inner[0], u};
        }
      }
    }
    if (x instanceof CallExpr c && c.fun instanceof Name name && c.args.size() == 1 && !c.hasDots
        && (force || isTypeElem(c.args.get(0)))) {
      return new Expr[] {name, c.args.get(0)};
    }
    return new Expr[] {null, x};
  }

  private static boolean isTypeElem(Expr x) {
    if (x instanceof ArrayType || x instanceof StructType || x instanceof FuncType || x instanceof InterfaceType
        || x instanceof SliceType || x instanceof MapType || x instanceof ChanType) {
      return true;
    }
    if (x instanceof Operation o) {
      return isTypeElem(o.x) || (o.y != null && isTypeElem(o.y)) || o.op == Operator.TILDE;
    }
    if (x instanceof ParenExpr p) {
      return isTypeElem(p.x);
    }
    return false;
  }

  private Decl varDecl(Group group) {
    VarDecl d = at(new VarDecl());
    d.group = group;
    d.names = nameList(name());
    if (gotAssign()) {
      d.values = exprList();
    } else {
      d.type = type();
      if (gotAssign()) {
        d.values = exprList();
      }
    }
    return d;
  }

  private FuncDecl funcDeclOrNull() {
    FuncDecl f = at(new FuncDecl());
    if (got(Token.LPAREN)) {
      List<Field> rcvr = paramList(null, null, Token.RPAREN, false);
      switch (rcvr.size()) {
        case 0 -> error("method has no receiver");
        case 1 -> f.recv = rcvr.get(0);
        default -> {
          error("method has multiple receivers");
          f.recv = rcvr.get(0);
        }
      }
    }
    if (s.tok != Token.NAME) {
      syntaxError("expecting name or (");
      advance(Token.LBRACE, Token.SEMI);
      return null;
    }
    f.name = name();
    String context = f.recv != null ? "method" : "";
    Object[] ft = funcType(context);
    @SuppressWarnings("unchecked")
    List<Field> tparams = (List<Field>) ft[0];
    f.typeParams = tparams;
    f.type = (FuncType) ft[1];
    if (s.tok == Token.LBRACE) {
      f.body = funcBody();
    }
    return f;
  }

  private BlockStmt funcBody() {
    fnest++;
    BlockStmt body = blockStmt("");
    fnest--;
    return body;
  }

  // ---- expressions ----

  private Expr expr() {
    return binaryExpr(null, 0);
  }

  private Expr binaryExpr(Expr x, int prec) {
    enter();
    int saved = nestLev;
    try {
      if (x == null) {
        x = unaryExpr();
      }
      while ((s.tok == Token.OPERATOR || s.tok == Token.STAR) && s.prec > prec) {
        // a+a+a... is a loop here but a tree as deep as it is long, which every later pass
        // (lowering, checker, interpreter) walks recursively: each operator nests one level
        enter();
        Operation t = at(new Operation());
        t.op = s.op;
        int tprec = s.prec;
        next();
        t.x = x;
        t.y = binaryExpr(null, tprec);
        x = t;
      }
      return x;
    } finally {
      nestLev = saved;
      leave();
    }
  }

  private Expr unaryExpr() {
    enter();
    try {
      switch (s.tok) {
        case OPERATOR, STAR -> {
          switch (s.op) {
            case MUL, ADD, SUB, NOT, XOR, TILDE -> {
              Operation x = at(new Operation());
              x.op = s.op;
              next();
              x.x = unaryExpr();
              return x;
            }
            case AND -> {
              Operation x = at(new Operation());
              x.op = Operator.AND;
              next();
              x.x = Nodes.unparen(unaryExpr());
              return x;
            }
            default -> {
              // not a unary operator
            }
          }
        }
        case ARROW -> {
          int line = s.line;
          int col = s.col;
          next();
          Expr x = unaryExpr();
          if (x instanceof ChanType) {
            // <-chan E: re-associate <- with the channel type parsed already
            ChanDir dir = ChanDir.SEND_ONLY;
            Expr t = x;
            while (dir == ChanDir.SEND_ONLY) {
              if (!(t instanceof ChanType c)) {
                break;
              }
              dir = c.dir;
              if (dir == ChanDir.RECV_ONLY) {
                syntaxError("unexpected <-, expecting chan");
              }
              c.dir = ChanDir.RECV_ONLY;
              t = c.elem;
            }
            if (dir == ChanDir.SEND_ONLY) {
              syntaxError("unexpected " + Printer.string(t) + ", expecting chan");
            }
            return x;
          }
          Operation o = new Operation();
          o.line = line;
          o.col = col;
          o.op = Operator.RECV;
          o.x = x;
          return o;
        }
        default -> {
          // a primary expression
        }
      }
      return pexpr(null, true);
    } finally {
      leave();
    }
  }

  private CallStmt callStmt() {
    CallStmt st = at(new CallStmt());
    st.tok = s.tok;
    next();
    Expr x = pexpr(null, s.tok == Token.LPAREN);
    Expr t = Nodes.unparen(x);
    if (t != x) {
      errorAt(x.line, x.col, "expression in " + st.tok + " must not be parenthesized");
      x = t;
    }
    if (x instanceof CallExpr cx) {
      st.call = cx;
    } else {
      errorAt(x.line, x.col, "expression in " + st.tok + " must be function call");
      CallExpr cx = new CallExpr();
      cx.line = x.line;
      cx.col = x.col;
      cx.fun = x;
      st.call = cx;
    }
    return st;
  }

  private Expr operand(boolean keepParens) {
    switch (s.tok) {
      case NAME:
        return name();
      case LITERAL:
        return oliteral();
      case LPAREN: {
        int line = s.line;
        int col = s.col;
        next();
        xnest++;
        Expr x = expr();
        xnest--;
        want(Token.RPAREN);
        if (s.tok == Token.LBRACE) {
          keepParens = true;
        }
        if (keepParens) {
          ParenExpr px = new ParenExpr();
          px.line = line;
          px.col = col;
          px.x = x;
          x = px;
        }
        return x;
      }
      case FUNC: {
        int line = s.line;
        int col = s.col;
        next();
        FuncType ftyp = (FuncType) funcType("function type")[1];
        if (s.tok == Token.LBRACE) {
          xnest++;
          FuncLit f = new FuncLit();
          f.line = line;
          f.col = col;
          f.type = ftyp;
          f.body = funcBody();
          xnest--;
          return f;
        }
        return ftyp;
      }
      case LBRACK, CHAN, MAP, STRUCT, INTERFACE:
        return type();
      default: {
        Expr x = badExpr();
        syntaxError("expecting expression");
        advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
        return x;
      }
    }
  }

  private Expr pexpr(Expr x, boolean keepParens) {
    enter();
    int saved = nestLev;
    try {
      if (x == null) {
        x = operand(keepParens);
      }
      loop:
      while (true) {
        int line = s.line;
        int col = s.col;
        if (s.tok == Token.DOT || s.tok == Token.LPAREN || s.tok == Token.LBRACK) {
          enter(); // x.f, x(...), x[i] chains nest as deep as they are long, as a+a+a does
        }
        switch (s.tok) {
          case DOT -> {
            next();
            switch (s.tok) {
              case NAME -> {
                SelectorExpr t = new SelectorExpr();
                t.line = line;
                t.col = col;
                t.x = x;
                t.sel = name();
                x = t;
              }
              case LPAREN -> {
                next();
                if (got(Token.TYPE)) {
                  TypeSwitchGuard t = new TypeSwitchGuard();
                  t.line = line;
                  t.col = col;
                  t.x = x;
                  x = t;
                } else {
                  AssertExpr t = new AssertExpr();
                  t.line = line;
                  t.col = col;
                  t.x = x;
                  t.type = type();
                  x = t;
                }
                want(Token.RPAREN);
              }
              default -> {
                syntaxError("expecting name or (");
                advance(Token.SEMI, Token.RPAREN);
              }
            }
          }
          case LBRACK -> {
            next();
            if (s.tok == Token.RBRACK) {
              syntaxError("expecting operand");
              next();
              continue;
            }
            Expr i = null;
            if (s.tok != Token.COLON) {
              Object[] tl = typeList();
              i = (Expr) tl[0];
              boolean comma = (Boolean) tl[1];
              if (comma || s.tok == Token.RBRACK) {
                want(Token.RBRACK);
                IndexExpr t = new IndexExpr();
                t.line = line;
                t.col = col;
                t.x = x;
                t.index = i;
                x = t;
                continue;
              }
            }
            if (!got(Token.COLON)) {
              syntaxError("expecting comma, : or ]");
              advance(Token.COMMA, Token.COLON, Token.RBRACK);
            }
            xnest++;
            SliceExpr t = new SliceExpr();
            t.line = line;
            t.col = col;
            t.x = x;
            t.index[0] = i;
            if (s.tok != Token.COLON && s.tok != Token.RBRACK) {
              t.index[1] = expr();
            }
            if (s.tok == Token.COLON) {
              t.full = true;
              if (t.index[1] == null) {
                error("middle index required in 3-index slice");
                t.index[1] = badExpr();
              }
              next();
              if (s.tok != Token.RBRACK) {
                t.index[2] = expr();
              } else {
                error("final index required in 3-index slice");
                t.index[2] = badExpr();
              }
            }
            xnest--;
            want(Token.RBRACK);
            x = t;
          }
          case LPAREN -> {
            CallExpr t = new CallExpr();
            t.line = line;
            t.col = col;
            next();
            t.fun = x;
            argList(t);
            x = t;
          }
          case LBRACE -> {
            Expr t = Nodes.unparen(x);
            boolean complitOk = false;
            if (t instanceof Name || t instanceof SelectorExpr) {
              complitOk = xnest >= 0;
            } else if (t instanceof IndexExpr) {
              complitOk = xnest >= 0 && !isValue(t);
            } else if (t instanceof ArrayType || t instanceof SliceType || t instanceof StructType
                || t instanceof MapType) {
              complitOk = true;
            }
            if (!complitOk) {
              break loop;
            }
            if (t != x) {
              syntaxError("cannot parenthesize type in composite literal");
            }
            CompositeLit n = complitexpr();
            n.type = x;
            x = n;
          }
          default -> {
            break loop;
          }
        }
      }
      return x;
    } finally {
      nestLev = saved;
      leave();
    }
  }

  private static boolean isValue(Expr x) {
    if (x instanceof BasicLit || x instanceof CompositeLit || x instanceof FuncLit || x instanceof SliceExpr
        || x instanceof AssertExpr || x instanceof TypeSwitchGuard || x instanceof CallExpr) {
      return true;
    }
    if (x instanceof Operation o) {
      return o.op != Operator.MUL || o.y != null;
    }
    if (x instanceof ParenExpr p) {
      return isValue(p.x);
    }
    if (x instanceof IndexExpr i) {
      return isValue(i.x) || isValue(i.index);
    }
    return false;
  }

  private Expr bareComplitexpr() {
    if (s.tok == Token.LBRACE) {
      return complitexpr();
    }
    return expr();
  }

  private CompositeLit complitexpr() {
    enter();
    try {
      CompositeLit x = at(new CompositeLit());
      xnest++;
      want(Token.LBRACE);
      int[] rbrace = list("composite literal", Token.COMMA, Token.RBRACE, () -> {
        Expr e = bareComplitexpr();
        if (s.tok == Token.COLON) {
          KeyValueExpr l = at(new KeyValueExpr());
          next();
          l.key = e;
          l.value = bareComplitexpr();
          e = l;
          x.nkeys++;
        }
        x.elems.add(e);
        return false;
      });
      x.rbraceLine = rbrace[0];
      x.rbraceCol = rbrace[1];
      xnest--;
      return x;
    } finally {
      leave();
    }
  }

  // ---- types ----

  private Expr type() {
    Expr typ = typeOrNull();
    if (typ == null) {
      typ = badExpr();
      syntaxError("expecting type");
      advance(Token.COMMA, Token.COLON, Token.SEMI, Token.RPAREN, Token.RBRACK, Token.RBRACE);
    }
    return typ;
  }

  private static Operation newIndirect(int line, int col, Expr typ) {
    Operation o = new Operation();
    o.line = line;
    o.col = col;
    o.op = Operator.MUL;
    o.x = typ;
    return o;
  }

  private Expr typeOrNull() {
    enter();
    try {
      int line = s.line;
      int col = s.col;
      switch (s.tok) {
        case STAR:
          next();
          return newIndirect(line, col, type());
        case ARROW: {
          next();
          want(Token.CHAN);
          ChanType t = new ChanType();
          t.line = line;
          t.col = col;
          t.dir = ChanDir.RECV_ONLY;
          t.elem = chanElem();
          return t;
        }
        case FUNC:
          next();
          return (FuncType) funcType("function type")[1];
        case LBRACK:
          next();
          if (got(Token.RBRACK)) {
            return sliceType(line, col);
          }
          return arrayType(line, col, null);
        case CHAN: {
          next();
          ChanType t = new ChanType();
          t.line = line;
          t.col = col;
          if (got(Token.ARROW)) {
            t.dir = ChanDir.SEND_ONLY;
          }
          t.elem = chanElem();
          return t;
        }
        case MAP: {
          next();
          want(Token.LBRACK);
          MapType t = new MapType();
          t.line = line;
          t.col = col;
          t.key = type();
          want(Token.RBRACK);
          t.value = type();
          return t;
        }
        case STRUCT:
          return structType();
        case INTERFACE:
          return interfaceType();
        case NAME:
          return qualifiedName(null);
        case LPAREN: {
          next();
          Expr t = type();
          want(Token.RPAREN);
          return t;
        }
        default:
          return null;
      }
    } finally {
      leave();
    }
  }

  private Expr typeInstance(Expr typ) {
    IndexExpr x = at(new IndexExpr());
    want(Token.LBRACK);
    x.x = typ;
    if (s.tok == Token.RBRACK) {
      syntaxError("expecting type");
      x.index = badExpr();
    } else {
      x.index = (Expr) typeList()[0];
    }
    want(Token.RBRACK);
    return x;
  }

  /** Returns {type parameters, function type}; if {@code context} is not empty, no type parameters. */
  private Object[] funcType(String context) {
    FuncType typ = at(new FuncType());
    List<Field> tparams = List.of();
    if (got(Token.LBRACK)) {
      if (!context.isEmpty()) {
        syntaxErrorAt(typ.line, typ.col, context + " must have no type parameters");
      }
      if (s.tok == Token.RBRACK) {
        syntaxError("empty type parameter list");
        next();
      } else {
        tparams = paramList(null, null, Token.RBRACK, true);
      }
    }
    want(Token.LPAREN);
    typ.params = paramList(null, null, Token.RPAREN, false);
    typ.results = funcResult();
    return new Object[] {tparams, typ};
  }

  private Expr arrayType(int line, int col, Expr len) {
    if (len == null && !got(Token.DOT_DOT_DOT)) {
      xnest++;
      len = expr();
      xnest--;
    }
    if (s.tok == Token.COMMA) {
      syntaxError("unexpected comma; expecting ]");
      next();
    }
    want(Token.RBRACK);
    ArrayType t = new ArrayType();
    t.line = line;
    t.col = col;
    t.len = len;
    t.elem = type();
    return t;
  }

  private Expr sliceType(int line, int col) {
    SliceType t = new SliceType();
    t.line = line;
    t.col = col;
    t.elem = type();
    return t;
  }

  private Expr chanElem() {
    Expr typ = typeOrNull();
    if (typ == null) {
      typ = badExpr();
      syntaxError("missing channel element type");
    }
    return typ;
  }

  private StructType structType() {
    StructType typ = at(new StructType());
    want(Token.STRUCT);
    want(Token.LBRACE);
    list("struct type", Token.SEMI, Token.RBRACE, () -> {
      fieldDecl(typ);
      return false;
    });
    return typ;
  }

  private InterfaceType interfaceType() {
    InterfaceType typ = at(new InterfaceType());
    want(Token.INTERFACE);
    want(Token.LBRACE);
    list("interface type", Token.SEMI, Token.RBRACE, () -> {
      Field f = null;
      if (s.tok == Token.NAME) {
        f = methodDecl();
      }
      if (f == null || f.name == null) {
        f = embeddedElem(f);
      }
      typ.methods.add(f);
      return false;
    });
    return typ;
  }

  private List<Field> funcResult() {
    if (got(Token.LPAREN)) {
      return paramList(null, null, Token.RPAREN, false);
    }
    int line = s.line;
    int col = s.col;
    Expr typ = typeOrNull();
    if (typ != null) {
      Field f = new Field();
      f.line = line;
      f.col = col;
      f.type = typ;
      return List.of(f);
    }
    return List.of();
  }

  private void addField(StructType styp, int line, int col, Name name, Expr typ, BasicLit tag) {
    if (tag != null) {
      while (styp.tags.size() < styp.fields.size()) {
        styp.tags.add(null);
      }
      styp.tags.add(tag);
    }
    Field f = new Field();
    f.line = line;
    f.col = col;
    f.name = name;
    f.type = typ;
    styp.fields.add(f);
  }

  private void fieldDecl(StructType styp) {
    int line = s.line;
    int col = s.col;
    switch (s.tok) {
      case NAME -> {
        Name name = name();
        if (s.tok == Token.DOT || s.tok == Token.LITERAL || s.tok == Token.SEMI || s.tok == Token.RBRACE) {
          Expr typ = qualifiedName(name);
          BasicLit tag = oliteral();
          addField(styp, line, col, null, typ, tag);
          return;
        }
        List<Name> names = nameList(name);
        Expr typ;
        if (names.size() == 1 && s.tok == Token.LBRACK) {
          typ = arrayOrTArgs();
          if (typ instanceof IndexExpr ix) {
            ix.x = name;
            BasicLit tag = oliteral();
            addField(styp, line, col, null, ix, tag);
            return;
          }
        } else {
          typ = type();
        }
        BasicLit tag = oliteral();
        for (Name n : names) {
          addField(styp, n.line, n.col, n, typ, tag);
        }
      }
      case STAR -> {
        next();
        Expr typ;
        if (s.tok == Token.LPAREN) {
          syntaxError("cannot parenthesize embedded type");
          next();
          typ = qualifiedName(null);
          got(Token.RPAREN);
        } else {
          typ = qualifiedName(null);
        }
        BasicLit tag = oliteral();
        addField(styp, line, col, null, newIndirect(line, col, typ), tag);
      }
      case LPAREN -> {
        syntaxError("cannot parenthesize embedded type");
        next();
        Expr typ;
        if (s.tok == Token.STAR) {
          int l2 = s.line;
          int c2 = s.col;
          next();
          typ = newIndirect(l2, c2, qualifiedName(null));
        } else {
          typ = qualifiedName(null);
        }
        got(Token.RPAREN);
        BasicLit tag = oliteral();
        addField(styp, line, col, null, typ, tag);
      }
      default -> {
        syntaxError("expecting field name or embedded type");
        advance(Token.SEMI, Token.RBRACE);
      }
    }
  }

  private Expr arrayOrTArgs() {
    int line = s.line;
    int col = s.col;
    want(Token.LBRACK);
    if (got(Token.RBRACK)) {
      return sliceType(line, col);
    }
    Object[] tl = typeList();
    Expr n = (Expr) tl[0];
    boolean comma = (Boolean) tl[1];
    want(Token.RBRACK);
    if (!comma) {
      Expr elem = typeOrNull();
      if (elem != null) {
        ArrayType t = new ArrayType();
        t.line = line;
        t.col = col;
        t.len = n;
        t.elem = elem;
        return t;
      }
    }
    IndexExpr t = new IndexExpr();
    t.line = line;
    t.col = col;
    t.index = n;
    return t;
  }

  private BasicLit oliteral() {
    if (s.tok == Token.LITERAL) {
      BasicLit b = at(new BasicLit());
      b.value = s.lit;
      b.kind = s.kind;
      b.bad = s.bad;
      next();
      return b;
    }
    return null;
  }

  private Field methodDecl() {
    Field f = at(new Field());
    Name name = name();
    String context = "interface method";
    switch (s.tok) {
      case LPAREN -> {
        f.name = name;
        f.type = (FuncType) funcType(context)[1];
      }
      case LBRACK -> {
        int line = s.line;
        int col = s.col;
        next();
        if (s.tok == Token.RBRACK) {
          int l2 = s.line;
          int c2 = s.col;
          next();
          if (s.tok == Token.LPAREN) {
            errorAt(l2, c2, "empty type parameter list");
            f.name = name;
            f.type = (FuncType) funcType(context)[1];
          } else {
            errorAt(l2, c2, "empty type argument list");
            f.type = name;
          }
          break;
        }
        List<Field> list = paramList(null, null, Token.RBRACK, false);
        if (list.isEmpty()) {
          if (s.tok == Token.LPAREN) {
            f.name = name;
            f.type = (FuncType) funcType(context)[1];
          } else {
            f.type = name;
          }
          break;
        }
        if (list.get(0).name != null) {
          f.name = name;
          f.type = (FuncType) funcType(context)[1];
          errorAt(line, col, "interface method must have no type parameters");
          break;
        }
        IndexExpr t = new IndexExpr();
        t.line = line;
        t.col = col;
        t.x = name;
        if (list.size() == 1) {
          t.index = list.get(0).type;
        } else {
          ListExpr l = new ListExpr();
          l.line = list.get(0).line;
          l.col = list.get(0).col;
          for (Field fl : list) {
            l.elems.add(fl.type);
          }
          t.index = l;
        }
        f.type = t;
      }
      default -> f.type = qualifiedName(name);
    }
    return f;
  }

  private Field embeddedElem(Field f) {
    if (f == null) {
      f = at(new Field());
      f.type = embeddedTerm();
    }
    while (s.tok == Token.OPERATOR && s.op == Operator.OR) {
      Operation t = at(new Operation());
      t.op = Operator.OR;
      next();
      t.x = f.type;
      t.y = embeddedTerm();
      f.type = t;
    }
    return f;
  }

  private Expr embeddedTerm() {
    if (s.tok == Token.OPERATOR && s.op == Operator.TILDE) {
      Operation t = at(new Operation());
      t.op = Operator.TILDE;
      next();
      t.x = type();
      return t;
    }
    Expr t = typeOrNull();
    if (t == null) {
      t = badExpr();
      syntaxError("expecting ~ term or type");
      advance(Token.OPERATOR, Token.SEMI, Token.RPAREN, Token.RBRACK, Token.RBRACE);
    }
    return t;
  }

  private Field paramDeclOrNull(Name name, Token follow) {
    boolean typeSetsOk = follow == Token.RBRACK;
    int line = s.line;
    int col = s.col;
    if (name != null) {
      line = name.line;
      col = name.col;
    } else if (typeSetsOk && s.tok == Token.OPERATOR && s.op == Operator.TILDE) {
      return embeddedElem(null);
    }
    Field f = new Field();
    f.line = line;
    f.col = col;
    if (s.tok == Token.NAME || name != null) {
      if (name == null) {
        name = name();
      }
      if (s.tok == Token.LBRACK) {
        f.type = arrayOrTArgs();
        if (f.type instanceof IndexExpr ix) {
          ix.x = name;
        } else {
          f.name = name;
        }
        if (typeSetsOk && s.tok == Token.OPERATOR && s.op == Operator.OR) {
          f = embeddedElem(f);
        }
        return f;
      }
      if (s.tok == Token.DOT) {
        f.type = qualifiedName(name);
        if (typeSetsOk && s.tok == Token.OPERATOR && s.op == Operator.OR) {
          f = embeddedElem(f);
        }
        return f;
      }
      if (typeSetsOk && s.tok == Token.OPERATOR && s.op == Operator.OR) {
        f.type = name;
        return embeddedElem(f);
      }
      f.name = name;
    }
    if (s.tok == Token.DOT_DOT_DOT) {
      DotsType t = at(new DotsType());
      next();
      t.elem = typeOrNull();
      if (t.elem == null) {
        t.elem = badExpr();
        syntaxError("... is missing type");
      }
      f.type = t;
      return f;
    }
    if (typeSetsOk && s.tok == Token.OPERATOR && s.op == Operator.TILDE) {
      f.type = embeddedElem(null).type;
      return f;
    }
    f.type = typeOrNull();
    if (typeSetsOk && s.tok == Token.OPERATOR && s.op == Operator.OR && f.type != null) {
      f = embeddedElem(f);
    }
    if (f.name != null || f.type != null) {
      return f;
    }
    syntaxError("expecting " + follow.describe());
    advance(Token.COMMA, follow);
    return null;
  }

  private List<Field> paramList(Name name, Expr typ, Token close, boolean requireNames) {
    if (name != null && typ != null && s.tok == close) {
      next();
      Field par = new Field();
      par.line = name.line;
      par.col = name.col;
      par.name = name;
      par.type = typ;
      return List.of(par);
    }
    List<Field> list = new ArrayList<>();
    int[] counts = new int[2]; // named, typed
    Name[] firstName = {name};
    Expr[] firstType = {typ};
    int[] end = list("parameter list", Token.COMMA, close, () -> {
      Field par;
      if (firstType[0] != null) {
        par = new Field();
        par.line = firstName[0].line;
        par.col = firstName[0].col;
        par.name = firstName[0];
        par.type = firstType[0];
      } else {
        par = paramDeclOrNull(firstName[0], close);
      }
      firstName[0] = null;
      firstType[0] = null;
      if (par != null) {
        if (par.name != null && par.type != null) {
          counts[0]++;
        }
        if (par.type != null) {
          counts[1]++;
        }
        list.add(par);
      }
      return false;
    });
    if (list.isEmpty()) {
      return list;
    }
    int named = counts[0];
    int typed = counts[1];
    if (named == 0 && !requireNames) {
      // all unnamed => found names are named types
      for (Field par : list) {
        if (par.name != null) {
          par.type = par.name;
          par.name = null;
        }
      }
    } else if (named != list.size()) {
      // some named => all must have names and types
      int errLine = 0;
      int errCol = 0;
      Expr t = null;
      for (int i = list.size() - 1; i >= 0; i--) {
        Field par = list.get(i);
        if (par.type != null) {
          t = par.type;
          if (par.name == null) {
            int[] p = Nodes.start(t);
            errLine = p[0];
            errCol = p[1];
            par.name = new Name(p[0], p[1], "_");
          }
        } else if (t != null) {
          par.type = t;
        } else {
          errLine = par.name.line;
          errCol = par.name.col;
          BadExpr b = new BadExpr();
          b.line = errLine;
          b.col = errCol;
          par.type = b;
        }
      }
      if (errLine > 0) {
        String msg;
        if (requireNames) {
          if (named == typed) {
            errLine = end[0];
            errCol = end[1];
            msg = "missing type constraint";
          } else {
            msg = "type parameters must be named";
          }
        } else {
          msg = "mixed named and unnamed parameters";
        }
        syntaxErrorAt(errLine, errCol, msg);
      }
    }
    return list;
  }

  private BadExpr badExpr() {
    return at(new BadExpr());
  }

  // ---- statements ----

  private SimpleStmt simpleStmt(Expr lhs, Token keyword) {
    if (keyword == Token.FOR && s.tok == Token.RANGE) {
      return newRangeClause(null, false);
    }
    if (lhs == null) {
      lhs = exprList();
    }
    if (!(lhs instanceof ListExpr) && s.tok != Token.ASSIGN && s.tok != Token.DEFINE) {
      int line = s.line;
      int col = s.col;
      switch (s.tok) {
        case ASSIGN_OP: {
          Operator op = s.op;
          next();
          return newAssignStmt(line, col, op, lhs, expr());
        }
        case INC_OP: {
          Operator op = s.op;
          next();
          return newAssignStmt(line, col, op, lhs, null);
        }
        case ARROW: {
          SendStmt st = new SendStmt();
          st.line = line;
          st.col = col;
          next();
          st.chan = lhs;
          st.value = expr();
          return st;
        }
        default: {
          ExprStmt st = new ExprStmt();
          st.line = lhs.line;
          st.col = lhs.col;
          st.x = lhs;
          return st;
        }
      }
    }
    switch (s.tok) {
      case ASSIGN, DEFINE: {
        int line = s.line;
        int col = s.col;
        Operator op = s.tok == Token.DEFINE ? Operator.DEF : null;
        next();
        if (keyword == Token.FOR && s.tok == Token.RANGE) {
          return newRangeClause(lhs, op == Operator.DEF);
        }
        Expr rhs = exprList();
        if (rhs instanceof TypeSwitchGuard x && keyword == Token.SWITCH && op == Operator.DEF
            && lhs instanceof Name ln) {
          x.lhs = ln;
          ExprStmt st = new ExprStmt();
          st.line = x.line;
          st.col = x.col;
          st.x = x;
          return st;
        }
        return newAssignStmt(line, col, op, lhs, rhs);
      }
      default: {
        syntaxError("expecting := or = or comma");
        advance(Token.SEMI, Token.RBRACE);
        if (lhs instanceof ListExpr l) {
          lhs = l.elems.get(0);
        }
        ExprStmt st = new ExprStmt();
        st.line = lhs.line;
        st.col = lhs.col;
        st.x = lhs;
        return st;
      }
    }
  }

  private RangeClause newRangeClause(Expr lhs, boolean def) {
    RangeClause r = at(new RangeClause());
    next();
    r.lhs = lhs;
    r.def = def;
    r.x = expr();
    return r;
  }

  private static AssignStmt newAssignStmt(int line, int col, Operator op, Expr lhs, Expr rhs) {
    AssignStmt a = new AssignStmt();
    a.line = line;
    a.col = col;
    a.op = op;
    a.lhs = lhs;
    a.rhs = rhs;
    return a;
  }

  private Stmt labeledStmtOrNull(Name label) {
    LabeledStmt st = at(new LabeledStmt());
    st.label = label;
    want(Token.COLON);
    if (s.tok == Token.RBRACE) {
      st.stmt = at(new EmptyStmt());
      return st;
    }
    st.stmt = stmtOrNull();
    if (st.stmt != null) {
      return st;
    }
    syntaxErrorAt(st.line, st.col, "missing statement after label");
    return null;
  }

  private BlockStmt blockStmt(String context) {
    enter();
    try {
      BlockStmt st = at(new BlockStmt());
      if (!got(Token.LBRACE)) {
        syntaxError("expecting { after " + context);
        advance(Token.NAME, Token.RBRACE);
        st.rbraceLine = s.line;
        st.rbraceCol = s.col;
        if (got(Token.RBRACE)) {
          return st;
        }
      }
      st.list = stmtList();
      st.rbraceLine = s.line;
      st.rbraceCol = s.col;
      want(Token.RBRACE);
      return st;
    } finally {
      leave();
    }
  }

  private DeclStmt declStmt(Function<Group, Decl> f) {
    DeclStmt st = at(new DeclStmt());
    next();
    List<Decl> decls = new ArrayList<>();
    appendGroup(decls, f);
    st.decls = decls;
    return st;
  }

  private Stmt forStmt() {
    ForStmt st = at(new ForStmt());
    SimpleStmt[] h = new SimpleStmt[2];
    Expr cond = header(Token.FOR, h);
    st.init = h[0];
    st.cond = cond;
    st.post = h[1];
    st.body = blockStmt("for clause");
    return st;
  }

  /** gc's header: returns the condition; {@code initPost} receives init and post. */
  private Expr header(Token keyword, SimpleStmt[] initPost) {
    want(keyword);
    if (s.tok == Token.LBRACE) {
      if (keyword == Token.IF) {
        syntaxError("missing condition in if statement");
        return badExpr();
      }
      return null;
    }
    int outer = xnest;
    xnest = -1;
    SimpleStmt init = null;
    SimpleStmt post = null;
    Expr cond = null;
    if (s.tok != Token.SEMI) {
      if (got(Token.VAR)) {
        syntaxError("var declaration not allowed in " + keyword.describe() + " initializer");
      }
      init = simpleStmt(null, keyword);
      if (init instanceof RangeClause) {
        xnest = outer;
        initPost[0] = init;
        return null;
      }
    }
    SimpleStmt condStmt = null;
    int semiLine = 0;
    int semiCol = 0;
    String semiLit = null;
    boolean done = false;
    if (s.tok != Token.LBRACE) {
      if (s.tok == Token.SEMI) {
        semiLine = s.line;
        semiCol = s.col;
        semiLit = s.lit;
        next();
      } else {
        want(Token.LBRACE);
        if (s.tok != Token.LBRACE) {
          advance(Token.LBRACE, Token.RBRACE);
        }
      }
      if (keyword == Token.FOR) {
        if (s.tok != Token.SEMI) {
          if (s.tok == Token.LBRACE) {
            syntaxError("expecting for loop condition");
            done = true;
          } else {
            condStmt = simpleStmt(null, null);
          }
        }
        if (!done) {
          want(Token.SEMI);
          if (s.tok != Token.LBRACE) {
            post = simpleStmt(null, null);
            if (post instanceof AssignStmt a && a.op == Operator.DEF) {
              syntaxErrorAt(a.line, a.col, "cannot declare in post statement of for loop");
            }
          }
        }
      } else if (s.tok != Token.LBRACE) {
        condStmt = simpleStmt(null, keyword);
      }
    } else {
      condStmt = init;
      init = null;
    }
    if (condStmt == null) {
      if (keyword == Token.IF && semiLine > 0) {
        if (!"semicolon".equals(semiLit)) {
          syntaxErrorAt(semiLine, semiCol, "unexpected " + semiLit + ", expecting { after if clause");
        } else {
          syntaxErrorAt(semiLine, semiCol, "missing condition in if statement");
        }
        BadExpr b = new BadExpr();
        b.line = semiLine;
        b.col = semiCol;
        cond = b;
      }
    } else if (condStmt instanceof ExprStmt es) {
      cond = es.x;
    } else {
      String str;
      if (condStmt instanceof AssignStmt as && as.op == null) {
        str = "assignment (" + Printer.string(as.lhs) + ") = (" + Printer.string(as.rhs) + ")";
      } else {
        str = Printer.string(condStmt);
      }
      syntaxErrorAt(condStmt.line, condStmt.col, "cannot use " + str + " as value");
    }
    xnest = outer;
    initPost[0] = init;
    initPost[1] = post;
    return cond;
  }

  private IfStmt ifStmt() {
    enter();
    try {
      IfStmt st = at(new IfStmt());
      SimpleStmt[] h = new SimpleStmt[2];
      st.cond = header(Token.IF, h);
      st.init = h[0];
      st.then = blockStmt("if clause");
      if (got(Token.ELSE)) {
        switch (s.tok) {
          case IF -> st.elseStmt = ifStmt();
          case LBRACE -> st.elseStmt = blockStmt("");
          default -> {
            syntaxError("else must be followed by if or statement block");
            advance(Token.NAME, Token.RBRACE);
          }
        }
      }
      return st;
    } finally {
      leave();
    }
  }

  private SwitchStmt switchStmt() {
    SwitchStmt st = at(new SwitchStmt());
    SimpleStmt[] h = new SimpleStmt[2];
    st.tag = header(Token.SWITCH, h);
    st.init = h[0];
    if (!got(Token.LBRACE)) {
      syntaxError("missing { after switch clause");
      advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
    }
    while (s.tok != Token.EOF && s.tok != Token.RBRACE) {
      st.body.add(caseClause());
    }
    st.rbraceLine = s.line;
    st.rbraceCol = s.col;
    want(Token.RBRACE);
    return st;
  }

  private SelectStmt selectStmt() {
    SelectStmt st = at(new SelectStmt());
    want(Token.SELECT);
    if (!got(Token.LBRACE)) {
      syntaxError("missing { after select clause");
      advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
    }
    while (s.tok != Token.EOF && s.tok != Token.RBRACE) {
      st.body.add(commClause());
    }
    st.rbraceLine = s.line;
    st.rbraceCol = s.col;
    want(Token.RBRACE);
    return st;
  }

  private CaseClause caseClause() {
    CaseClause c = at(new CaseClause());
    switch (s.tok) {
      case CASE -> {
        next();
        c.cases = exprList();
      }
      case DEFAULT -> next();
      default -> {
        syntaxError("expecting case or default or }");
        advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
      }
    }
    c.colonLine = s.line;
    c.colonCol = s.col;
    want(Token.COLON);
    c.body = stmtList();
    return c;
  }

  private CommClause commClause() {
    CommClause c = at(new CommClause());
    switch (s.tok) {
      case CASE -> {
        next();
        c.comm = simpleStmt(null, null);
      }
      case DEFAULT -> next();
      default -> {
        syntaxError("expecting case or default or }");
        advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
      }
    }
    c.colonLine = s.line;
    c.colonCol = s.col;
    want(Token.COLON);
    c.body = stmtList();
    return c;
  }

  private Stmt stmtOrNull() {
    if (s.tok == Token.NAME) {
      Expr lhs = exprList();
      if (lhs instanceof Name label && s.tok == Token.COLON) {
        return labeledStmtOrNull(label);
      }
      return simpleStmt(lhs, null);
    }
    switch (s.tok) {
      case VAR:
        return declStmt(this::varDecl);
      case CONST:
        return declStmt(this::constDecl);
      case TYPE:
        return declStmt(this::typeDecl);
      case LBRACE:
        return blockStmt("");
      case OPERATOR, STAR:
        switch (s.op) {
          case ADD, SUB, MUL, AND, XOR, NOT:
            return simpleStmt(null, null);
          default:
            return null;
        }
      case LITERAL, FUNC, LPAREN, LBRACK, STRUCT, MAP, CHAN, INTERFACE, ARROW:
        return simpleStmt(null, null);
      case FOR:
        return forStmt();
      case SWITCH:
        return switchStmt();
      case SELECT:
        return selectStmt();
      case IF:
        return ifStmt();
      case FALLTHROUGH: {
        BranchStmt st = at(new BranchStmt());
        next();
        st.tok = Token.FALLTHROUGH;
        return st;
      }
      case BREAK, CONTINUE: {
        BranchStmt st = at(new BranchStmt());
        st.tok = s.tok;
        next();
        if (s.tok == Token.NAME) {
          st.label = name();
        }
        return st;
      }
      case GO, DEFER:
        return callStmt();
      case GOTO: {
        BranchStmt st = at(new BranchStmt());
        st.tok = Token.GOTO;
        next();
        st.label = name();
        return st;
      }
      case RETURN: {
        ReturnStmt st = at(new ReturnStmt());
        next();
        if (s.tok != Token.SEMI && s.tok != Token.RBRACE) {
          st.results = exprList();
        }
        return st;
      }
      case SEMI:
        return at(new EmptyStmt());
      default:
        return null;
    }
  }

  private List<Stmt> stmtList() {
    List<Stmt> l = new ArrayList<>();
    while (s.tok != Token.EOF && s.tok != Token.RBRACE && s.tok != Token.CASE && s.tok != Token.DEFAULT) {
      Stmt st = stmtOrNull();
      if (st == null) {
        break;
      }
      l.add(st);
      if (!got(Token.SEMI) && s.tok != Token.RBRACE) {
        syntaxError("at end of statement");
        advance(Token.SEMI, Token.RBRACE, Token.CASE, Token.DEFAULT);
        got(Token.SEMI);
      }
    }
    return l;
  }

  private void argList(CallExpr call) {
    List<Expr> list = new ArrayList<>();
    xnest++;
    list("argument list", Token.COMMA, Token.RPAREN, () -> {
      list.add(expr());
      call.hasDots = got(Token.DOT_DOT_DOT);
      return call.hasDots;
    });
    xnest--;
    call.args = list;
  }

  // ---- common productions ----

  private Name name() {
    if (s.tok == Token.NAME) {
      Name n = new Name(s.line, s.col, s.lit);
      next();
      return n;
    }
    Name n = new Name(s.line, s.col, "_");
    syntaxError("expecting name");
    advance();
    return n;
  }

  private List<Name> nameList(Name first) {
    List<Name> l = new ArrayList<>();
    l.add(first);
    while (got(Token.COMMA)) {
      l.add(name());
    }
    return l;
  }

  private Expr qualifiedName(Name name) {
    Expr x;
    if (name != null) {
      x = name;
    } else if (s.tok == Token.NAME) {
      x = name();
    } else {
      x = new Name(s.line, s.col, "_");
      syntaxError("expecting name");
      advance(Token.DOT, Token.SEMI, Token.RBRACE);
    }
    if (s.tok == Token.DOT) {
      SelectorExpr sel = at(new SelectorExpr());
      next();
      sel.x = x;
      sel.sel = name();
      x = sel;
    }
    if (s.tok == Token.LBRACK) {
      x = typeInstance(x);
    }
    return x;
  }

  private Expr exprList() {
    Expr x = expr();
    if (got(Token.COMMA)) {
      ListExpr t = new ListExpr();
      t.line = x.line;
      t.col = x.col;
      t.elems.add(x);
      t.elems.add(expr());
      while (got(Token.COMMA)) {
        t.elems.add(expr());
      }
      x = t;
    }
    return x;
  }

  /** Returns {expression or ListExpr, whether there was a comma}. */
  private Object[] typeList() {
    xnest++;
    Expr x = expr();
    boolean comma = false;
    if (got(Token.COMMA)) {
      comma = true;
      Expr t = typeOrNull();
      if (t != null) {
        ListExpr l = new ListExpr();
        l.line = x.line;
        l.col = x.col;
        l.elems.add(x);
        l.elems.add(t);
        while (got(Token.COMMA)) {
          t = typeOrNull();
          if (t == null) {
            break;
          }
          l.elems.add(t);
        }
        x = l;
      }
    }
    xnest--;
    return new Object[] {x, comma};
  }
}
