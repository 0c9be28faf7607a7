package dev.gorolab.sim.program;

import java.util.stream.Collectors;

/** Prints an expression back as Go source, the way gc quotes operands in its messages. */
public final class ExprPrinter {
  private ExprPrinter() {}

  /** Go source text of {@code e}, e.g. {@code "alishi-cake-" + strconv.Itoa(i)}. */
  public static String print(Expr e) {
    StringBuilder sb = new StringBuilder();
    print(e, sb, 0);
    return sb.toString();
  }

  private static int precedence(String op) {
    return switch (op) {
      case "||" -> 1;
      case "&&" -> 2;
      case "==", "!=", "<", "<=", ">", ">=" -> 3;
      case "+", "-", "|", "^" -> 4;
      default -> 5;
    };
  }

  private static void print(Expr e, StringBuilder sb, int outerPrec) {
    if (e instanceof Expr.Ident x) {
      sb.append(x.name());
    } else if (e instanceof Expr.IntLit x) {
      sb.append(x.text());
    } else if (e instanceof Expr.FloatLit x) {
      sb.append(x.text());
    } else if (e instanceof Expr.StringLit x) {
      sb.append(x.text());
    } else if (e instanceof Expr.RuneLit x) {
      sb.append(x.text());
    } else if (e instanceof Expr.DurationLit x) {
      sb.append(x.text());
    } else if (e instanceof Expr.Unary x) {
      sb.append(x.op());
      print(x.operand(), sb, 6);
    } else if (e instanceof Expr.Recv x) {
      sb.append("<-");
      print(x.channel(), sb, 6);
    } else if (e instanceof Expr.Binary x) {
      int prec = precedence(x.op());
      boolean paren = prec < outerPrec;
      if (paren) {
        sb.append('(');
      }
      print(x.left(), sb, prec);
      sb.append(' ').append(x.op()).append(' ');
      print(x.right(), sb, prec + 1);
      if (paren) {
        sb.append(')');
      }
    } else if (e instanceof Expr.Call x) {
      print(x.fun(), sb, 7);
      sb.append('(');
      for (int i = 0; i < x.args().size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        print(x.args().get(i), sb, 0);
      }
      if (x.spread()) {
        sb.append("...");
      }
      sb.append(')');
    } else if (e instanceof Expr.Selector x) {
      print(x.operand(), sb, 7);
      sb.append('.').append(x.name());
    } else if (e instanceof Expr.Index x) {
      print(x.operand(), sb, 7);
      sb.append('[');
      print(x.index(), sb, 0);
      sb.append(']');
    } else if (e instanceof Expr.SliceExpr x) {
      print(x.operand(), sb, 7);
      sb.append('[');
      if (x.low() != null) {
        print(x.low(), sb, 0);
      }
      sb.append(':');
      if (x.high() != null) {
        print(x.high(), sb, 0);
      }
      sb.append(']');
    } else if (e instanceof Expr.TypeExpr x) {
      sb.append(x.type());
    } else if (e instanceof Expr.CompositeLit x) {
      sb.append(x.type()).append('{');
      sb.append(x.elements().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")));
      sb.append('}');
    } else if (e instanceof Expr.MapLit x) {
      sb.append(x.type()).append('{');
      for (int k = 0; k < x.keys().size(); k++) {
        sb.append(k == 0 ? "" : ", ").append(print(x.keys().get(k))).append(": ").append(print(x.values().get(k)));
      }
      sb.append('}');
    } else if (e instanceof Expr.StructLit x) {
      // types2 shortens a composite literal in messages: Point{…}
      sb.append(x.type()).append(x.values().isEmpty() ? "{}" : "{…}");
    } else if (e instanceof Expr.FuncLit x) {
      sb.append("func literal");
    }
  }
}
