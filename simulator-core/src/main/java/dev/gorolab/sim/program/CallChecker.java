package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.*;
import static dev.gorolab.sim.program.Operand.describe;
import static dev.gorolab.sim.program.Predicates.*;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.List;

/** Calls, selectors, builtins and conversions (go/types call.go, builtins.go, conversions.go). */
abstract class CallChecker extends ExprChecker {

  Operand selector(Expr.Selector s) {
    if (s.operand() instanceof Expr.Ident pkg) {
      Sym sym = scope.lookup(pkg.name());
      if (sym != null && sym.kind == SymKind.PACKAGE) {
        GoType memberType = Library.memberType(pkg.name(), s.name());
        if (memberType == null) {
          if (ExprParser.namedType(pkg.name() + "." + s.name()) != null) {
            return new Operand(Mode.TYPE, ExprParser.namedType(pkg.name() + "." + s.name()), null, s);
          }
          error(s, Messages.UNDEFINED_MEMBER, pkg.name(), s.name());
          return Operand.INVALID;
        }
        Object exact = Library.constantValue(pkg.name(), s.name());
        if (exact != null) {
          return new Operand(Mode.CONSTANT, memberType, exact, s);
        }
        if (dev.gorolab.sim.lib.Packages.isVariable(pkg.name(), s.name())) {
          return new Operand(Mode.VALUE, memberType, null, s);
        }
        Long constant = Library.durationConstant(pkg.name(), s.name());
        if (constant != null) {
          return new Operand(Mode.CONSTANT, Basic.DURATION, java.math.BigInteger.valueOf(constant), s);
        }
        return new Operand(Mode.FUNC, memberType, null, s);
      }
    }
    Operand x = value(expr(s.operand(), false));
    if (x.invalid()) {
      return x;
    }
    GoType base = under(x.type()) instanceof GoType.Pointer p ? p.elem() : x.type();
    if (base instanceof GoType.Named || base instanceof GoType.Struct || base instanceof GoType.Interface) {
      return programSelector(s, x);
    }
    GoType recv = x.type() instanceof GoType.Pointer p ? p.elem() : x.type();
    GoType field = Library.fieldType(recv, s.name());
    if (field != null) {
      return new Operand(Mode.VALUE, field, null, s);
    }
    GoType method = Library.methodType(recv, s.name());
    if (method == null) {
      String why = "";
      if (goWords) {
        // types2 call.go: a method that differs only in case is named ("but does have Add").
        String other = Character.isUpperCase(s.name().charAt(0))
            ? Character.toLowerCase(s.name().charAt(0)) + s.name().substring(1)
            : Character.toUpperCase(s.name().charAt(0)) + s.name().substring(1);
        if (Library.methodType(recv, other) != null) {
          why = ", but does have " + other;
        }
      }
      error(s, Messages.UNDEFINED_METHOD.replace("%s)", "%s" + why.replace("%", "%%") + ")"),
          ExprPrinter.print(s.operand()), s.name(), x.type(), s.name());
      return Operand.INVALID;
    }
    return new Operand(Mode.FUNC, method, null, s);
  }

  /**
   * {@code x.f} or {@code x.m} where x's type is one of the program's types (or a pointer to one):
   * fields and methods found with promotion through embedded fields (go/types lookup.go). A field
   * is addressable when x is, or when the path goes through a pointer.
   */
  Operand programSelector(Expr.Selector s, Operand x) {
    Lookup.Selection sel = Lookup.lookup(x.type(), s.name());
    if (sel == null) {
      error(s, Messages.UNDEFINED_METHOD, ExprPrinter.print(s.operand()), s.name(), x.type(), s.name());
      return Operand.INVALID;
    }
    info.recordSelection(s, sel);
    if (sel.kind() == Lookup.Kind.FIELD) {
      boolean addressable = x.mode() == Mode.VARIABLE || sel.indirect();
      return new Operand(addressable ? Mode.VARIABLE : Mode.VALUE, sel.type(), null, s);
    }
    if (sel.method().pointerReceiver() && !sel.indirect() && x.mode() != Mode.VARIABLE
        && !(under(x.type()) instanceof GoType.Pointer) && !(under(x.type()) instanceof GoType.Interface)) {
      error(s, Messages.CANNOT_CALL_POINTER_METHOD, s.name(), x.type());
      return Operand.INVALID;
    }
    return new Operand(Mode.VALUE, sel.method().type(), null, s);
  }

  Operand call(Expr.Call c) {
    Operand f = expr(c.fun(), true);
    if (f.invalid()) {
      for (Expr a : c.args()) {
        if (!(a instanceof Expr.TypeExpr)) {
          expr(a, true);
        }
      }
      return Operand.INVALID;
    }
    String name = ExprPrinter.print(c.fun());
    if (f.mode() == Mode.BUILTIN) {
      return builtin(c, ((Expr.Ident) c.fun()).name());
    }
    if (f.mode() == Mode.TYPE) {
      return conversion(c, f.type());
    }
    if (!(f.type() instanceof GoType.Func ft)) {
      if (f.mode() == Mode.PACKAGE) {
        error(c.fun(), Messages.USE_OF_PACKAGE, name);
      } else {
        error(c.fun(), Messages.NOT_A_FUNCTION, describe(f));
      }
      return Operand.INVALID;
    }
    boolean variadic = Library.isVariadic(name) && f.mode() == Mode.FUNC && c.fun() instanceof Expr.Selector;
    List<Operand> args = new ArrayList<>();
    boolean bad = false;
    if (c.args().size() == 1 && !(c.args().get(0) instanceof Expr.TypeExpr)) {
      // f(g()) with a multi-valued g passes g's results (spec: Calls)
      Operand o = expr(c.args().get(0), true);
      if (o.mode() == Mode.MULTI) {
        for (GoType t : ((GoType.Tuple) o.type()).types()) {
          args.add(new Operand(Mode.VALUE, t, null, o.expr()));
        }
      } else {
        o = value(o);
        bad |= o.invalid();
        args.add(o);
      }
    } else {
      for (Expr a : c.args()) {
        Operand o = value(expr(a, false));
        bad |= o.invalid();
        args.add(o);
      }
    }
    if (variadic) {
      if (args.size() < ft.params().size()) {
        argumentCountError(c, name, args, ft);
        return Operand.INVALID;
      }
      if (!bad && name.equals("fmt.Sprintf") || name.equals("fmt.Printf")) {
        if (!bad && !args.isEmpty()) {
          assignable(args.get(0), Basic.STRING, "argument to " + name);
        }
      }
    } else if (!bad && ft.variadic() && !c.spread()) {
      int fixed = ft.params().size() - 1;
      if (args.size() < fixed) {
        argumentCountError(c, name, args, ft);
        return Operand.INVALID;
      }
      GoType elem = ((GoType.Slice) ft.params().get(fixed)).elem();
      for (int i = 0; i < args.size(); i++) {
        assignable(args.get(i), i < fixed ? ft.params().get(i) : elem, "argument to " + name);
      }
    } else if (!bad) {
      if (c.spread() && !ft.variadic()) {
        error(c.args().get(c.args().size() - 1), "have (...) but function is not variadic: %s", name);
        return Operand.INVALID;
      }
      if (args.size() != ft.params().size()) {
        argumentCountError(c, name, args, ft);
        return Operand.INVALID;
      }
      for (int i = 0; i < args.size(); i++) {
        assignable(args.get(i), ft.params().get(i), "argument to " + name);
      }
    }
    if (ft.results().isEmpty()) {
      return new Operand(Mode.NOVALUE, null, null, c);
    }
    if (ft.results().size() > 1) {
      return new Operand(Mode.MULTI, new GoType.Tuple(ft.results()), null, c);
    }
    return new Operand(Mode.VALUE, ft.results().get(0), null, c);
  }

  /**
   * A call with the wrong number of arguments. In Go's words (types2 call.go): at the first extra
   * argument, or at the last argument (the call if none), with {@code have}/{@code want} lines.
   */
  void argumentCountError(Expr.Call c, String name, List<Operand> args, GoType.Func ft) {
    int want = ft.params().size();
    boolean tooMany = args.size() > want;
    if (!goWords) {
      Expr at = tooMany ? c.args().get(want) : c;
      error(at, tooMany ? Messages.TOO_MANY_ARGUMENTS : Messages.NOT_ENOUGH_ARGUMENTS, name, args.size(), want);
      return;
    }
    Expr at = tooMany ? c.args().get(want) : args.isEmpty() ? c : c.args().get(args.size() - 1);
    List<GoType> have = new ArrayList<>();
    for (Operand o : args) {
      have.add(o.type());
    }
    error(at, Messages.GO_ARGUMENT_COUNT, tooMany ? "too many" : "not enough", ExprPrinter.print(c.fun()),
        typesSummary(have), typesSummary(ft.params()));
  }

  /** go/types' typesSummary: {@code (number, chan int)}; untyped constants by their kind. */
  static String typesSummary(List<GoType> types) {
    List<String> out = new ArrayList<>();
    for (GoType t : types) {
      if (t == null) {
        out.add("<T>");
      } else if (t == Basic.UNTYPED_INT || t == Basic.UNTYPED_FLOAT) {
        out.add("number");
      } else if (t instanceof Basic b && b.isUntyped()) {
        out.add(b.toString().replace("untyped ", ""));
      } else {
        out.add(t.toString());
      }
    }
    return "(" + String.join(", ", out) + ")";
  }

  boolean argCount(Expr.Call c, String name, int min, int max) {
    int n = c.args().size();
    if (n < min) {
      error(c, Messages.NOT_ENOUGH_ARGUMENTS, name, n, min);
      return false;
    }
    if (n > max) {
      error(c.args().get(max), Messages.TOO_MANY_ARGUMENTS, name, n, max);
      return false;
    }
    return true;
  }

  Operand builtin(Expr.Call c, String name) {
    switch (name) {
      case "len", "cap" -> {
        if (!argCount(c, name, 1, 1)) {
          return Operand.INVALID;
        }
        Operand x = value(expr(c.args().get(0), false));
        if (x.invalid()) {
          return x;
        }
        if (under(x.type()) instanceof GoType.Array a
            || under(x.type()) instanceof GoType.Pointer p && under(p.elem()) instanceof GoType.Array) {
          GoType.Array arr = under(x.type()) instanceof GoType.Array a2 ? a2
              : (GoType.Array) under(((GoType.Pointer) under(x.type())).elem());
          return new Operand(Mode.CONSTANT, Basic.INT, java.math.BigInteger.valueOf(arr.len()), c);
        }
        boolean ok = under(x.type()) instanceof GoType.Slice || under(x.type()) instanceof GoType.Chan
            || (name.equals("len") && GoType.under(x.type()) instanceof GoType.Map)
            || (name.equals("len") && (x.type() == Basic.STRING || x.type() == Basic.UNTYPED_STRING));
        if (!ok) {
          error(c.args().get(0), Messages.INVALID_ARGUMENT_FOR, describe(x), name);
          return Operand.INVALID;
        }
        if (x.mode() == Mode.CONSTANT && x.value() instanceof String str) {
          return new Operand(Mode.CONSTANT, Basic.INT,
              java.math.BigInteger.valueOf(str.getBytes(java.nio.charset.StandardCharsets.UTF_8).length), c);
        }
        return new Operand(Mode.VALUE, Basic.INT, null, c);
      }
      case "append" -> {
        if (!argCount(c, name, 1, Integer.MAX_VALUE)) {
          return Operand.INVALID;
        }
        Operand s = value(expr(c.args().get(0), false));
        if (s.invalid()) {
          return s;
        }
        if (!(s.type() instanceof GoType.Slice st)) {
          error(c.args().get(0), Messages.APPEND_FIRST_ARG, describe(s));
          return Operand.INVALID;
        }
        for (int i = 1; i < c.args().size(); i++) {
          Operand a = value(expr(c.args().get(i), false));
          if (!a.invalid()) {
            assignable(a, c.spread() && i == c.args().size() - 1 ? st : st.elem(), "argument to append");
          }
        }
        return new Operand(Mode.VALUE, st, null, c);
      }
      case "make" -> {
        if (!argCount(c, name, 1, 3)) {
          return Operand.INVALID;
        }
        Operand t = expr(c.args().get(0), false);
        if (t.invalid()) {
          return t;
        }
        if (t.mode() != Mode.TYPE) {
          error(c.args().get(0), Messages.MAKE_NEEDS_TYPE, ExprPrinter.print(c.args().get(0)));
          return Operand.INVALID;
        }
        if (t.type() instanceof GoType.Chan) {
          if (!argCount(c, name, 1, 2)) {
            return Operand.INVALID;
          }
        } else if (GoType.under(t.type()) instanceof GoType.Map) {
          if (!argCount(c, name, 1, 2)) {
            return Operand.INVALID;
          }
        } else if (t.type() instanceof GoType.Slice) {
          if (c.args().size() < 2) {
            error(c, Messages.MAKE_SLICE_NEEDS_LEN, ExprPrinter.print(c));
            return Operand.INVALID;
          }
        } else {
          if (goWords) {
            error(c.args().get(0), Messages.GO_CANNOT_MAKE, t.type());
          } else {
            error(c.args().get(0), Messages.INVALID_ARGUMENT_FOR, t.type(), "make");
          }
          return Operand.INVALID;
        }
        for (int i = 1; i < c.args().size(); i++) {
          Operand n = value(expr(c.args().get(i), false));
          if (!n.invalid()) {
            index(n);
          }
        }
        return new Operand(Mode.VALUE, t.type(), null, c);
      }
      case "close" -> {
        if (!argCount(c, name, 1, 1)) {
          return Operand.INVALID;
        }
        checkClose(c.args().get(0));
        return new Operand(Mode.NOVALUE, null, null, c);
      }
      case "delete" -> {
        if (!argCount(c, name, 2, 2)) {
          return Operand.INVALID;
        }
        Operand m = value(expr(c.args().get(0), false));
        Operand k = value(expr(c.args().get(1), false));
        if (m.invalid() || k.invalid()) {
          return Operand.INVALID;
        }
        if (!(GoType.under(m.type()) instanceof GoType.Map mt)) {
          error(c.args().get(0), "invalid argument: %s is not a map", describe(m));
          return Operand.INVALID;
        }
        assignable(k, mt.key(), "argument to delete");
        return new Operand(Mode.NOVALUE, null, null, c);
      }
      case "recover" -> {
        if (!argCount(c, name, 0, 0)) {
          return Operand.INVALID;
        }
        return new Operand(Mode.VALUE, GoType.EMPTY_INTERFACE, null, c);
      }
      case "new" -> {
        if (!argCount(c, name, 1, 1)) {
          return Operand.INVALID;
        }
        Operand t = expr(c.args().get(0), true);
        if (t.invalid()) {
          return t;
        }
        if (t.mode() != Mode.TYPE) {
          error(c.args().get(0), "%s is not a type", ExprPrinter.print(c.args().get(0)));
          return Operand.INVALID;
        }
        return new Operand(Mode.VALUE, new GoType.Pointer(t.type()), null, c);
      }
      case "panic" -> {
        if (!argCount(c, name, 1, 1)) {
          return Operand.INVALID;
        }
        value(expr(c.args().get(0), false));
        return new Operand(Mode.NOVALUE, null, null, c);
      }
      default -> throw new IllegalStateException("builtin " + name);
    }
  }

  Operand conversion(Expr.Call c, GoType target) {
    if (c.args().size() != 1) {
      if (c.args().isEmpty()) {
        error(c, "missing argument in conversion to %s", target);
      } else {
        error(c.args().get(1), "too many arguments in conversion to %s", target);
      }
      return Operand.INVALID;
    }
    Operand x = value(expr(c.args().get(0), false));
    if (x.invalid()) {
      return x;
    }
    if (!convertible(x, target)) {
      error(c.args().get(0), Messages.CANNOT_CONVERT, describe(x), target);
      return Operand.INVALID;
    }
    if (x.mode() == Mode.CONSTANT && x.value() != null && (isNumeric(target) || isString(target) || isBoolean(target))) {
      Object v = x.value();
      if (isNumeric(target)) {
        if (isInteger(target) && !isIntegral(v)) {
          error(c.args().get(0), Messages.CANNOT_CONVERT + " (truncated)", describe(x), target);
          return Operand.INVALID;
        }
        v = represent(v, target);
        if (v == null) {
          error(c.args().get(0), Messages.CANNOT_CONVERT, describe(x), target);
          return Operand.INVALID;
        }
      } else if (isString(target) && isInteger(x.type())) {
        // string(65) is "A"; a value that is no code point converts to "\uFFFD"
        java.math.BigInteger b = toBig(v);
        int cp = b.bitLength() < 32 && b.intValue() >= 0 && b.intValue() <= 0x10FFFF
            && !(b.intValue() >= 0xD800 && b.intValue() <= 0xDFFF) ? b.intValue() : 0xFFFD;
        v = new String(Character.toChars(cp));
      }
      return new Operand(Mode.CONSTANT, target, v, c);
    }
    return new Operand(Mode.VALUE, target, null, c);
  }


  /** Spec: Conversions (non-constant rules; constants are checked by the caller). */
  static boolean convertible(Operand x, GoType target) {
    GoType from = x.type();
    if (isUntyped(from) ? representable(x, target) || (isNumeric(from) && isNumeric(target))
        : assignableType(from, target)) {
      return true;
    }
    GoType fu = under(from);
    GoType tu = under(target);
    if (identical(fu, tu)) {
      return true;
    }
    if (fu instanceof GoType.Pointer fp && tu instanceof GoType.Pointer tp && identical(under(fp.elem()), under(tp.elem()))) {
      return true;
    }
    if (isNumeric(from) && isNumeric(target)) {
      return true;
    }
    if (isString(target) && (isInteger(from) || isByteOrRuneSlice(fu))) {
      return true;
    }
    return isString(from) && isByteOrRuneSlice(tu);
  }

  private static boolean isByteOrRuneSlice(GoType t) {
    return t instanceof GoType.Slice s && (under(s.elem()) == Basic.UINT8 || under(s.elem()) == Basic.INT32);
  }

  void checkClose(Expr chExpr) {
    Operand ch = value(channelOperand(chExpr));
    if (ch.invalid()) {
      return;
    }
    if (!(ch.type() instanceof GoType.Chan c)) {
      error(chExpr, Messages.CLOSE_NON_CHANNEL, describe(ch));
    } else if (c.dir() == GoType.ChanDir.RECV_ONLY) {
      error(chExpr, Messages.CLOSE_RECEIVE_ONLY, describe(ch));
    }
  }
}
