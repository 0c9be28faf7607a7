package dev.gorolab.sim.program;

import java.util.List;

/**
 * A Go expression of the scenario language, as {@link ExprParser} parses it from a JSON string.
 *
 * <p>Every node carries its {@link Pos}: the JSON string it came from and the 1-based column of
 * its first character there, so that errors point at the exact token.
 */
public sealed interface Expr {

  /** Where this expression starts. */
  Pos pos();

  /** A name: variable, function, package ({@code fmt}), {@code true}, {@code false}, {@code nil}. */
  record Ident(String name, Pos pos) implements Expr {}

  /** An integer literal, e.g. {@code 42}, {@code 0x1f}. */
  record IntLit(long value, String text, Pos pos) implements Expr {}

  /** A floating-point literal, e.g. {@code 1.5}, {@code 1e9}. */
  record FloatLit(double value, String text, Pos pos) implements Expr {}

  /** A string literal ({@code "..."} or raw), {@code value} already unquoted. */
  record StringLit(String value, String text, Pos pos) implements Expr {}

  /** A rune literal, e.g. {@code 'a'}; an untyped rune constant, used as an int. */
  record RuneLit(int value, String text, Pos pos) implements Expr {}

  /**
   * A {@code time.Duration} constant written as Go's {@code time.ParseDuration} accepts it
   * ({@code 2s}, {@code 1.5ms}, {@code 150µs}); used where scenario files take a duration.
   */
  record DurationLit(long nanos, String text, Pos pos) implements Expr {}

  /** A unary expression: {@code -x}, {@code +x}, {@code !b}, {@code ^x}, {@code &wg}. */
  record Unary(String op, Expr operand, Pos pos) implements Expr {}

  /** A receive expression {@code <-ch}. */
  record Recv(Expr channel, Pos pos) implements Expr {}

  /**
   * A binary expression; {@code op} is one of {@code || && == != < <= > >= + - | ^ * / % << >> & &^}.
   * {@code pos} is the position of the left operand; {@code opColumn} that of the operator.
   */
  record Binary(String op, Expr left, Expr right, int opColumn, Pos pos) implements Expr {}

  /** A call, conversion or builtin: {@code f(a, b)}, {@code float64(x)}, {@code append(s, xs...)}. */
  record Call(Expr fun, List<Expr> args, boolean spread, Pos pos) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code x.name}: a package member ({@code time.Second}) or a method ({@code wg.Done}). */
  record Selector(Expr operand, String name, Pos pos) implements Expr {}

  /** {@code x[i]}. */
  record Index(Expr operand, Expr index, Pos pos) implements Expr {}

  /** {@code x[lo:hi]}; {@code low} and {@code high} are null when omitted. */
  record SliceExpr(Expr operand, Expr low, Expr high, Pos pos) implements Expr {}

  /** A type where an expression is expected: {@code make(chan int)}'s first argument. */
  record TypeExpr(GoType type, Pos pos) implements Expr {}

  /** A composite literal of a slice type: {@code []int{7, 2, 8}}. */
  record CompositeLit(GoType type, List<Expr> elements, Pos pos) implements Expr {
    public CompositeLit {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A composite literal of a struct type: {@code Point{X: 1, Y: 2}} ({@code keys} the field names, one per value)
   * or {@code Point{1, 2}} ({@code keys} empty).
   */
  record StructLit(GoType type, List<Ident> keys, List<Expr> values, Pos pos) implements Expr {
    public StructLit {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }
  }

  /** A type assertion {@code x.(T)}. */
  record TypeAssert(Expr operand, GoType type, Pos pos) implements Expr {}

  /** A composite literal of a map type: {@code map[string]int{"a": 1}}; keys and values pair up. */
  record MapLit(GoType.Map type, List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    public MapLit {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }
  }

  /**
   * A function literal {@code func(params) results { body }}. Its body is statements, so the
   * loader builds it from a JSON statement list rather than from an expression string.
   *
   * @param origin the JSON node holding the literal (for errors about the body)
   * @param line Go source line of the {@code func} keyword, 0 if none
   */
  record FuncLit(List<Param> params, List<GoType> results, List<Stmt> body, Origin origin, int line, Pos pos,
      List<String> resultNames) implements Expr {
    public FuncLit {
      params = List.copyOf(params);
      results = List.copyOf(results);
      body = List.copyOf(body);
      resultNames = List.copyOf(resultNames);
    }

    /** A literal whose results are not named. */
    public FuncLit(List<Param> params, List<GoType> results, List<Stmt> body, Origin origin, int line, Pos pos) {
      this(params, results, body, origin, line, pos, List.of());
    }

    /** The named results as variables ({@code err error}), empty when results are unnamed. */
    public List<Param> namedResults() {
      List<Param> out = new java.util.ArrayList<>();
      for (int i = 0; i < resultNames.size(); i++) {
        out.add(new Param(resultNames.get(i), results.get(i)));
      }
      return out;
    }

    public GoType.Func type() {
      return new GoType.Func(params.stream().map(Param::type).toList(), results);
    }
  }
}
