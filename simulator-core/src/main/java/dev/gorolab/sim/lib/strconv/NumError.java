package dev.gorolab.sim.lib.strconv;

import dev.gorolab.sim.program.GoError;
import dev.gorolab.sim.program.GoStrings;

/** {@code *strconv.NumError}: a failed conversion, {@code strconv.Atoi: parsing "x": invalid syntax}. */
final class NumError implements GoError {
  final String func;
  final String num;
  final GoError err;

  NumError(String func, String num, GoError err) {
    this.func = func;
    this.num = num;
    this.err = err;
  }

  @Override
  public String error() {
    return "strconv." + func + ": parsing " + GoStrings.quote(num) + ": " + err.error();
  }

  @Override
  public String goType() {
    return "*strconv.NumError";
  }

  @Override
  public Object unwrap() {
    return err;
  }

  @Override
  public String toString() {
    return error();
  }
}
