package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.isIntegral;
import static dev.gorolab.sim.program.Predicates.isUntyped;

import dev.gorolab.sim.program.GoType.Basic;

/** How an operand may be used, as go/types' operand modes. */
enum Mode { INVALID, NOVALUE, VALUE, VARIABLE, CONSTANT, TYPE, BUILTIN, PACKAGE, FUNC, COMMAOK, MULTI }

/** The result of checking an expression. {@code value} is the constant's value if any. */
record Operand(Mode mode, GoType type, Object value, Expr expr) {
  static final Operand INVALID = new Operand(Mode.INVALID, null, null, null);

  boolean invalid() {
    return mode == Mode.INVALID;
  }

  /** gc's description of an operand: {@code x (variable of type int)}, {@code "a" (untyped string constant)}. */
  static String describe(Operand o) {
    String text = ExprPrinter.print(o.expr());
    return switch (o.mode()) {
      case VARIABLE -> text + " (variable of type " + o.type() + ")";
      case CONSTANT -> {
        boolean literal = o.expr() instanceof Expr.IntLit || o.expr() instanceof Expr.FloatLit
            || o.expr() instanceof Expr.StringLit || o.expr() instanceof Expr.RuneLit;
        if (o.type() == Basic.UNTYPED_NIL) {
          yield "nil";
        }
        if (isUntyped(o.type())) {
          yield literal ? text + " (" + o.type() + " constant)" : text + " (" + o.type() + " constant " + constText(o.value()) + ")";
        }
        yield text + " (constant " + constText(o.value()) + " of type " + o.type() + ")";
      }
      case NOVALUE -> text + " (no value)";
      case TYPE -> text + " (type)";
      default -> text + " (value of type " + o.type() + ")";
    };
  }

  static String constText(Object v) {
    if (v instanceof String s) {
      return GoStrings.quote(s);
    }
    if (v instanceof Double d) {
      return isIntegral(d) && Math.abs(d) < 1e21 ? Long.toString((long) (double) d) : GoFloats.formatG(d, -1);
    }
    return String.valueOf(v);
  }

}
