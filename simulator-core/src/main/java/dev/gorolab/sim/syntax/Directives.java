package dev.gorolab.sim.syntax;

import dev.gorolab.sim.program.Expr;
import dev.gorolab.sim.program.ExprParser;
import dev.gorolab.sim.program.ExprSyntaxException;
import dev.gorolab.sim.program.Origin;
import dev.gorolab.sim.program.Pos;
import dev.gorolab.sim.program.Stmt;
import dev.gorolab.sim.syntax.Nodes.CallExpr;
import dev.gorolab.sim.syntax.Nodes.ExprStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * GoroLab's comment directives: what the model needs beyond Go's text, written so that the code
 * pane still shows the lecturer's exact source.
 *
 * <ul>
 *   <li>{@code //gorolab:work 200ms}: the marked statement (typically a busy loop) runs as that
 *       much CPU-bound, preemptible virtual time instead of its body ({@link Stmt.Work}).
 *   <li>{@code //gorolab:syscall 100ms}: the marked call statement is a blocking system call of
 *       that duration ({@link Stmt.Syscall}): its goroutine keeps its M and hands off its P.
 * </ul>
 *
 * <p>Anything after the duration is a note for the reader. A directive goes on the line above the statement, or at the end of the statement's first
 * line; it marks the outermost statement starting on that line. The marked statement is neither
 * run nor type-checked (its body may use packages GoroLab does not model, such as
 * {@code syscall}); names it uses count as used. Unmarked code runs as written.
 */
final class Directives {

  static final String PREFIX = "gorolab:";
  static final String UNKNOWN = "unknown directive //gorolab:%s (GoroLab knows //gorolab:work and //gorolab:syscall)";
  static final String NEEDS_DURATION = "//gorolab:%s needs a duration, as in //gorolab:%s 200ms";
  static final String BAD_DURATION = "//gorolab:%s: time: invalid duration %s";
  static final String UNATTACHED =
      "//gorolab:%s marks no statement: put it on the line above a statement or at the end of its first line";
  static final String SYSCALL_NEEDS_CALL = "//gorolab:syscall must mark a call statement, such as syscall.Nanosleep(&ts, nil)";
  static final String TWICE = "a statement can carry only one //gorolab directive (another is on line %d)";

  enum Kind {
    WORK("work"),
    SYSCALL("syscall");

    final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  /** One directive: where it is, which line it marks, its duration. */
  private static final class Directive {
    final Kind kind;
    final int line;
    final int col;
    final int target;
    final Expr duration;
    boolean used;

    Directive(Kind kind, int line, int col, int target, Expr duration) {
      this.kind = kind;
      this.line = line;
      this.col = col;
      this.target = target;
      this.duration = duration;
    }
  }

  private final List<Directive> all = new ArrayList<>();
  /** Statements replaced by a directive, for the names and packages they use. */
  private final List<Nodes.Stmt> marked = new ArrayList<>();

  private Directives() {}

  /** Reads the directives among {@code comments}; misuse goes to {@code problems}. */
  static Directives scan(List<Scanner.Comment> comments, String text, List<Lowering.Problem> problems) {
    Directives d = new Directives();
    String[] lines = null;
    for (Scanner.Comment c : comments) {
      if (!c.text().startsWith("//" + PREFIX)) {
        continue;
      }
      String body = c.body().substring(PREFIX.length());
      int space = 0;
      while (space < body.length() && !Character.isWhitespace(body.charAt(space))) {
        space++;
      }
      String word = body.substring(0, space);
      String rest = body.substring(space).strip();
      // The duration is the first word; the rest of the line is a note for the reader.
      String arg = rest.split("\\s+", 2)[0];
      Kind kind = null;
      for (Kind k : Kind.values()) {
        if (k.word.equals(word)) {
          kind = k;
        }
      }
      if (kind == null) {
        problems.add(new Lowering.Problem(c.line(), c.col(), String.format(UNKNOWN, word)));
        continue;
      }
      int argCol = c.col() + 2 + PREFIX.length() + utf8Length(body.substring(0, body.indexOf(arg.isEmpty() ? word : arg)));
      if (arg.isEmpty()) {
        problems.add(new Lowering.Problem(c.line(), c.col(), String.format(NEEDS_DURATION, word, word)));
        continue;
      }
      Expr duration;
      try {
        duration = ExprParser.parseDuration(arg, new Origin("", c.line(), 1));
      } catch (ExprSyntaxException e) {
        duration = null;
      }
      if (!(duration instanceof Expr.DurationLit lit) || lit.nanos() < 0) {
        problems.add(new Lowering.Problem(c.line(), argCol, String.format(BAD_DURATION, word, Quote.string(arg))));
        continue;
      }
      duration = new Expr.DurationLit(lit.nanos(), lit.text(), new Pos(new Origin("", c.line(), 1), argCol));
      if (lines == null) {
        lines = text.split("\n", -1);
      }
      String lineText = c.line() - 1 < lines.length ? lines[c.line() - 1] : "";
      boolean alone = lineText.strip().startsWith("//" + PREFIX);
      d.all.add(new Directive(kind, c.line(), c.col(), alone ? c.line() + 1 : c.line(), duration));
    }
    return d;
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /**
   * The statement standing for {@code s} if a directive marks it, else null. Call for every
   * statement in source order, outer statements before the statements inside them.
   */
  Stmt replacement(Nodes.Stmt s, int line, Origin origin, List<Lowering.Problem> problems) {
    Directive found = null;
    for (Directive d : all) {
      if (d.target != line || d.used) {
        continue;
      }
      d.used = true;
      if (found != null) {
        problems.add(new Lowering.Problem(d.line, d.col, String.format(TWICE, found.line)));
        continue;
      }
      found = d;
    }
    if (found == null) {
      return null;
    }
    marked.add(s);
    if (found.kind == Kind.SYSCALL) {
      if (!(s instanceof ExprStmt e && Nodes.unparen(e.x) instanceof CallExpr)) {
        problems.add(new Lowering.Problem(found.line, found.col, SYSCALL_NEEDS_CALL));
        return null;
      }
      return new Stmt.Syscall(found.duration, origin, line);
    }
    return new Stmt.Work(found.duration, origin, line);
  }

  /** Statements a directive replaced. */
  List<Nodes.Stmt> marked() {
    return marked;
  }

  /** Reports the directives that marked no statement. */
  void reportUnused(List<Lowering.Problem> problems) {
    for (Directive d : all) {
      if (!d.used) {
        problems.add(new Lowering.Problem(d.line, d.col, String.format(UNATTACHED, d.kind.word)));
      }
    }
  }
}
