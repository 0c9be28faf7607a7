package dev.gorolab.sim.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax tree of a Go file, shaped like the Go compiler's ({@code cmd/compile/internal/syntax},
 * nodes.go), so the parser can follow gc's and report the same errors.
 *
 * <p>Mutable while the parser builds it (as gc's is: a composite literal's type, a channel's
 * direction and a type switch's variable are filled in after the node is made); read-only once
 * {@link Parser#parse} returns. Every node has the position gc gives it: for most, where the node
 * starts; for binary operations, calls, selectors and assignments, the operator ({@link #start}
 * gives where the whole node starts).
 */
final class Nodes {
  private Nodes() {}

  /** A node and its position (1-based line, 1-based column in UTF-8 bytes). */
  abstract static class Node {
    int line;
    int col;

    Node at(int l, int c) {
      line = l;
      col = c;
      return this;
    }
  }

  // ---- files and declarations ----

  static final class File extends Node {
    Name pkgName;
    final List<Decl> decls = new ArrayList<>();
    int eofLine;
    int eofCol;
  }

  /** Declarations of one {@code const (...)} group share a group (for {@code iota}). */
  static final class Group {}

  abstract static class Decl extends Node {
    Group group;
  }

  static final class ImportDecl extends Decl {
    Name localPkgName; // null, a name, or "."
    BasicLit path; // null if missing
  }

  static final class ConstDecl extends Decl {
    List<Name> names;
    Expr type; // null
    Expr values; // null, an expression or a ListExpr
  }

  static final class TypeDecl extends Decl {
    Name name;
    List<Field> typeParams = List.of();
    boolean alias;
    Expr type;
  }

  static final class VarDecl extends Decl {
    List<Name> names;
    Expr type; // null
    Expr values; // null
  }

  static final class FuncDecl extends Decl {
    Field recv; // null
    Name name;
    List<Field> typeParams = List.of();
    FuncType type;
    BlockStmt body; // null
  }

  // ---- expressions ----

  abstract static class Expr extends Node {}

  static final class BadExpr extends Expr {}

  static final class Name extends Expr {
    final String value;

    Name(int line, int col, String value) {
      this.line = line;
      this.col = col;
      this.value = value;
    }
  }

  static final class BasicLit extends Expr {
    String value;
    Scanner.LitKind kind;
    boolean bad;
  }

  static final class CompositeLit extends Expr {
    Expr type; // null for an elided type
    final List<Expr> elems = new ArrayList<>();
    int nkeys;
    int rbraceLine;
    int rbraceCol;
  }

  static final class KeyValueExpr extends Expr {
    Expr key;
    Expr value;
  }

  static final class FuncLit extends Expr {
    FuncType type;
    BlockStmt body;
  }

  static final class ParenExpr extends Expr {
    Expr x;
  }

  static final class SelectorExpr extends Expr {
    Expr x;
    Name sel;
  }

  static final class IndexExpr extends Expr {
    Expr x;
    Expr index; // an expression or a ListExpr of type arguments
  }

  static final class SliceExpr extends Expr {
    Expr x;
    final Expr[] index = new Expr[3];
    boolean full;
  }

  static final class AssertExpr extends Expr {
    Expr x;
    Expr type;
  }

  static final class TypeSwitchGuard extends Expr {
    Name lhs; // null
    Expr x;
  }

  /** A unary ({@code y == null}) or binary operation. */
  static final class Operation extends Expr {
    Operator op;
    Expr x;
    Expr y;
  }

  static final class CallExpr extends Expr {
    Expr fun;
    List<Expr> args = List.of();
    boolean hasDots;
  }

  static final class ListExpr extends Expr {
    final List<Expr> elems = new ArrayList<>();
  }

  // ---- types ----

  static final class ArrayType extends Expr {
    Expr len; // null for [...]T
    Expr elem;
  }

  static final class SliceType extends Expr {
    Expr elem;
  }

  static final class DotsType extends Expr {
    Expr elem;
  }

  static final class StructType extends Expr {
    final List<Field> fields = new ArrayList<>();
    final List<BasicLit> tags = new ArrayList<>();
  }

  static final class Field extends Node {
    Name name; // null for an embedded or unnamed field
    Expr type;
  }

  static final class InterfaceType extends Expr {
    final List<Field> methods = new ArrayList<>();
  }

  static final class FuncType extends Expr {
    List<Field> params = List.of();
    List<Field> results = List.of();
  }

  static final class MapType extends Expr {
    Expr key;
    Expr value;
  }

  enum ChanDir { BOTH, SEND_ONLY, RECV_ONLY }

  static final class ChanType extends Expr {
    ChanDir dir = ChanDir.BOTH;
    Expr elem;
  }

  // ---- statements ----

  abstract static class Stmt extends Node {}

  /** Statements allowed in headers of if, for and switch. */
  abstract static class SimpleStmt extends Stmt {}

  static final class EmptyStmt extends SimpleStmt {}

  static final class LabeledStmt extends Stmt {
    Name label;
    Stmt stmt;
  }

  static final class BlockStmt extends Stmt {
    List<Stmt> list = List.of();
    int rbraceLine;
    int rbraceCol;
  }

  static final class ExprStmt extends SimpleStmt {
    Expr x;
  }

  static final class SendStmt extends SimpleStmt {
    Expr chan;
    Expr value;
  }

  static final class DeclStmt extends Stmt {
    List<Decl> decls = List.of();
  }

  /**
   * An assignment: {@code op} null for {@code =}, {@link Operator#DEF} for {@code :=}, else the
   * operator of {@code op=}; {@code x++} is {@code op} ADD with {@code rhs} null.
   */
  static final class AssignStmt extends SimpleStmt {
    Operator op;
    Expr lhs;
    Expr rhs;
  }

  static final class BranchStmt extends Stmt {
    Token tok; // BREAK, CONTINUE, FALLTHROUGH or GOTO
    Name label; // null
  }

  static final class CallStmt extends Stmt {
    Token tok; // GO or DEFER
    CallExpr call;
  }

  static final class ReturnStmt extends Stmt {
    Expr results; // null, an expression or a ListExpr
  }

  static final class IfStmt extends Stmt {
    SimpleStmt init;
    Expr cond;
    BlockStmt then;
    Stmt elseStmt; // null, an IfStmt or a BlockStmt
  }

  static final class ForStmt extends Stmt {
    SimpleStmt init; // a RangeClause for range loops
    Expr cond;
    SimpleStmt post;
    BlockStmt body;
  }

  static final class SwitchStmt extends Stmt {
    SimpleStmt init;
    Expr tag; // null, an expression or a TypeSwitchGuard
    final List<CaseClause> body = new ArrayList<>();
    int rbraceLine;
    int rbraceCol;
  }

  static final class SelectStmt extends Stmt {
    final List<CommClause> body = new ArrayList<>();
    int rbraceLine;
    int rbraceCol;
  }

  static final class RangeClause extends SimpleStmt {
    Expr lhs; // null, an expression or a ListExpr
    boolean def;
    Expr x;
  }

  static final class CaseClause extends Node {
    Expr cases; // null for default
    List<Stmt> body = List.of();
    int colonLine;
    int colonCol;
  }

  static final class CommClause extends Node {
    SimpleStmt comm; // null for default
    List<Stmt> body = List.of();
    int colonLine;
    int colonCol;
  }

  // ---- helpers ----

  /** The elements of an expression list: a ListExpr's, or the one expression; empty for null. */
  static List<Expr> unpack(Expr x) {
    if (x == null) {
      return List.of();
    }
    if (x instanceof ListExpr l) {
      return l.elems;
    }
    return List.of(x);
  }

  /** {@code x} without enclosing parentheses. */
  static Expr unparen(Expr x) {
    while (x instanceof ParenExpr p) {
      x = p.x;
    }
    return x;
  }

  /** Calls {@code f} on {@code n} and on every node below it, parents first. */
  static void walk(Node n, java.util.function.Consumer<Node> f) {
    if (n == null) {
      return;
    }
    f.accept(n);
    if (n instanceof File x) {
      x.decls.forEach(d -> walk(d, f));
    } else if (n instanceof ImportDecl x) {
      walk(x.localPkgName, f);
      walk(x.path, f);
    } else if (n instanceof ConstDecl x) {
      x.names.forEach(d -> walk(d, f));
      walk(x.type, f);
      walk(x.values, f);
    } else if (n instanceof TypeDecl x) {
      walk(x.name, f);
      x.typeParams.forEach(d -> walk(d, f));
      walk(x.type, f);
    } else if (n instanceof VarDecl x) {
      x.names.forEach(d -> walk(d, f));
      walk(x.type, f);
      walk(x.values, f);
    } else if (n instanceof FuncDecl x) {
      walk(x.recv, f);
      walk(x.name, f);
      x.typeParams.forEach(d -> walk(d, f));
      walk(x.type, f);
      walk(x.body, f);
    } else if (n instanceof CompositeLit x) {
      walk(x.type, f);
      x.elems.forEach(d -> walk(d, f));
    } else if (n instanceof KeyValueExpr x) {
      walk(x.key, f);
      walk(x.value, f);
    } else if (n instanceof FuncLit x) {
      walk(x.type, f);
      walk(x.body, f);
    } else if (n instanceof ParenExpr x) {
      walk(x.x, f);
    } else if (n instanceof SelectorExpr x) {
      walk(x.x, f);
      walk(x.sel, f);
    } else if (n instanceof IndexExpr x) {
      walk(x.x, f);
      walk(x.index, f);
    } else if (n instanceof SliceExpr x) {
      walk(x.x, f);
      for (Expr i : x.index) {
        walk(i, f);
      }
    } else if (n instanceof AssertExpr x) {
      walk(x.x, f);
      walk(x.type, f);
    } else if (n instanceof TypeSwitchGuard x) {
      walk(x.lhs, f);
      walk(x.x, f);
    } else if (n instanceof Operation x) {
      walk(x.x, f);
      walk(x.y, f);
    } else if (n instanceof CallExpr x) {
      walk(x.fun, f);
      x.args.forEach(d -> walk(d, f));
    } else if (n instanceof ListExpr x) {
      x.elems.forEach(d -> walk(d, f));
    } else if (n instanceof ArrayType x) {
      walk(x.len, f);
      walk(x.elem, f);
    } else if (n instanceof SliceType x) {
      walk(x.elem, f);
    } else if (n instanceof DotsType x) {
      walk(x.elem, f);
    } else if (n instanceof StructType x) {
      x.fields.forEach(d -> walk(d, f));
    } else if (n instanceof Field x) {
      walk(x.name, f);
      walk(x.type, f);
    } else if (n instanceof InterfaceType x) {
      x.methods.forEach(d -> walk(d, f));
    } else if (n instanceof FuncType x) {
      x.params.forEach(d -> walk(d, f));
      x.results.forEach(d -> walk(d, f));
    } else if (n instanceof MapType x) {
      walk(x.key, f);
      walk(x.value, f);
    } else if (n instanceof ChanType x) {
      walk(x.elem, f);
    } else if (n instanceof LabeledStmt x) {
      walk(x.label, f);
      walk(x.stmt, f);
    } else if (n instanceof BlockStmt x) {
      x.list.forEach(d -> walk(d, f));
    } else if (n instanceof ExprStmt x) {
      walk(x.x, f);
    } else if (n instanceof SendStmt x) {
      walk(x.chan, f);
      walk(x.value, f);
    } else if (n instanceof DeclStmt x) {
      x.decls.forEach(d -> walk(d, f));
    } else if (n instanceof AssignStmt x) {
      walk(x.lhs, f);
      walk(x.rhs, f);
    } else if (n instanceof BranchStmt x) {
      walk(x.label, f);
    } else if (n instanceof CallStmt x) {
      walk(x.call, f);
    } else if (n instanceof ReturnStmt x) {
      walk(x.results, f);
    } else if (n instanceof IfStmt x) {
      walk(x.init, f);
      walk(x.cond, f);
      walk(x.then, f);
      walk(x.elseStmt, f);
    } else if (n instanceof ForStmt x) {
      walk(x.init, f);
      walk(x.cond, f);
      walk(x.post, f);
      walk(x.body, f);
    } else if (n instanceof SwitchStmt x) {
      walk(x.init, f);
      walk(x.tag, f);
      x.body.forEach(d -> walk(d, f));
    } else if (n instanceof SelectStmt x) {
      x.body.forEach(d -> walk(d, f));
    } else if (n instanceof RangeClause x) {
      walk(x.lhs, f);
      walk(x.x, f);
    } else if (n instanceof CaseClause x) {
      walk(x.cases, f);
      x.body.forEach(d -> walk(d, f));
    } else if (n instanceof CommClause x) {
      walk(x.comm, f);
      x.body.forEach(d -> walk(d, f));
    }
  }

  /**
   * Where gc's StartPos places {@code n}: like {@link #start}, except that an expression
   * statement and a slice expression keep their own position (for a binary expression
   * statement, the operator's), as types2 reports errors there.
   */
  static int[] gcStart(Node n) {
    if (n instanceof ExprStmt || n instanceof SliceExpr) {
      return new int[] {n.line, n.col};
    }
    return start(n);
  }

  /** Where {@code n} starts in the source, as {@code {line, col}}. */
  static int[] start(Node n) {
    Node m = n;
    while (true) {
      if (m instanceof CompositeLit c && c.type != null) {
        m = c.type;
      } else if (m instanceof SelectorExpr s) {
        m = s.x;
      } else if (m instanceof IndexExpr i) {
        m = i.x;
      } else if (m instanceof SliceExpr s) {
        m = s.x;
      } else if (m instanceof AssertExpr a) {
        m = a.x;
      } else if (m instanceof TypeSwitchGuard g) {
        m = g.lhs != null ? g.lhs : g.x;
      } else if (m instanceof Operation o && o.y != null) {
        m = o.x;
      } else if (m instanceof CallExpr c) {
        m = c.fun;
      } else if (m instanceof ListExpr l && !l.elems.isEmpty()) {
        m = l.elems.get(0);
      } else if (m instanceof ExprStmt e) {
        m = e.x;
      } else if (m instanceof SendStmt s) {
        m = s.chan;
      } else if (m instanceof AssignStmt a) {
        m = a.lhs;
      } else if (m instanceof RangeClause r) {
        m = r.lhs != null ? r.lhs : r.x;
      } else {
        return new int[] {m.line, m.col};
      }
    }
  }
}
