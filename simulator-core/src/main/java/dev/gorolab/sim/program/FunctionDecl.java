package dev.gorolab.sim.program;

import java.util.List;

/**
 * A top-level function: {@code func name(params) results { body }}.
 *
 * @param name the function name without package, e.g. {@code makeCakeAndSend}
 * @param params parameters in order
 * @param results result types in order, empty for none
 * @param body the statements of the body
 * @param origin the JSON node of the function (its key in {@code functions})
 * @param line Go source line of the {@code func} keyword, 0 if none
 * @param receiver for a method, its receiver ({@code c *Counter}); null for a function
 * @param variadic whether the last parameter is {@code ...T} (its type is then {@code []T})
 * @param resultNames the names of named results ({@code (q int, err error)}), empty when unnamed
 */
public record FunctionDecl(
    String name, List<Param> params, List<GoType> results, List<Stmt> body, Origin origin, int line, Param receiver,
    boolean variadic, List<String> resultNames) {

  public FunctionDecl {
    params = List.copyOf(params);
    results = List.copyOf(results);
    body = List.copyOf(body);
    resultNames = List.copyOf(resultNames);
  }

  /** A function or method with unnamed results. */
  public FunctionDecl(
      String name, List<Param> params, List<GoType> results, List<Stmt> body, Origin origin, int line, Param receiver,
      boolean variadic) {
    this(name, params, results, body, origin, line, receiver, variadic, List.of());
  }

  /** The named results as variables ({@code q int}), empty when results are unnamed. */
  public List<Param> namedResults() {
    List<Param> out = new java.util.ArrayList<>();
    for (int i = 0; i < resultNames.size(); i++) {
      out.add(new Param(resultNames.get(i), results.get(i)));
    }
    return out;
  }

  /** A plain function. */
  public FunctionDecl(String name, List<Param> params, List<GoType> results, List<Stmt> body, Origin origin, int line) {
    this(name, params, results, body, origin, line, null, false);
  }

  /** The defined type a method belongs to ({@code Counter} for {@code func (c *Counter)}), or null. */
  public GoType.Named receiverType() {
    if (receiver == null) {
      return null;
    }
    GoType t = receiver.type() instanceof GoType.Pointer p ? p.elem() : receiver.type();
    return t instanceof GoType.Named n ? n : null;
  }

  /** The function's type, e.g. {@code func(chan string, int)}. */
  public GoType.Func type() {
    return new GoType.Func(params.stream().map(Param::type).toList(), results, variadic);
  }
}
