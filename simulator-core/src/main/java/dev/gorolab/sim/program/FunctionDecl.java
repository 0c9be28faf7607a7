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
 */
public record FunctionDecl(
    String name, List<Param> params, List<GoType> results, List<Stmt> body, Origin origin, int line) {

  public FunctionDecl {
    params = List.copyOf(params);
    results = List.copyOf(results);
    body = List.copyOf(body);
  }

  /** The function's type, e.g. {@code func(chan string, int)}. */
  public GoType.Func type() {
    return new GoType.Func(params.stream().map(Param::type).toList(), results);
  }
}
