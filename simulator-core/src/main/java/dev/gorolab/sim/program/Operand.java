package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.constText;
import static dev.gorolab.sim.program.Predicates.isFloat;
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
        if (o.type() == Basic.UNTYPED_NIL) {
          yield "nil";
        }
        // go/types operand.String: the value is shown only when it reads differently from the expression
        String value = constText(o.value(), isFloat(o.type()));
        String shown = value.equals(text) ? "" : " " + value;
        if (isUntyped(o.type())) {
          yield text + " (" + o.type() + " constant" + shown + ")";
        }
        yield text + " (constant" + shown + " of type " + o.type() + ")";
      }
      case NOVALUE -> text + " (no value)";
      case TYPE -> text + " (type)";
      default -> text + " (value of type " + o.type() + ")";
    };
  }



}
