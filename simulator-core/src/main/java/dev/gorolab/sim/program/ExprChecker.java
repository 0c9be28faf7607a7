package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.*;
import static dev.gorolab.sim.program.Operand.describe;
import static dev.gorolab.sim.program.Predicates.*;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.List;

/** Expressions: operands, names, unary and binary operators, indexing (go/types expr.go, index.go). */
abstract class ExprChecker extends CheckerBase {

  /** A channel operand; an undefined bare name gets the "unknown channel" message. */
  Operand channelOperand(Expr e) {
    if (e instanceof Expr.Ident id && scope.lookup(id.name()) == null && !goWords) {
      error(e, Messages.UNKNOWN_CHANNEL, id.name(), joinOrNone(visibleNames(true)));
      return Operand.INVALID;
    }
    return expr(e, false);
  }

  static String joinOrNone(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** Most names a message lists as declared. */
  static final int MAX_NAMES_SHOWN = 20;

  /** Variables visible here, innermost scope last, each once; only channels if asked. */
  List<String> visibleNames(boolean channelsOnly) {
    List<Scope> chain = new ArrayList<>();
    for (Scope sc = scope; sc != null; sc = sc.parent) {
      chain.add(0, sc);
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (Scope sc : chain) {
      for (Sym s : sc.syms) {
        if (s.kind == SymKind.VAR && (!channelsOnly || s.type instanceof GoType.Chan)) {
          out.add(s.name);
        }
      }
    }
    // A hint, not an inventory: a scope of thousands of names would make every message a page.
    List<String> names = new ArrayList<>(out);
    if (names.size() > MAX_NAMES_SHOWN) {
      int more = names.size() - MAX_NAMES_SHOWN;
      names = new ArrayList<>(names.subList(0, MAX_NAMES_SHOWN));
      names.add("and " + more + " more");
    }
    return names;
  }


  /** Requires a single value; reports no-value and multi-value operands. */
  Operand value(Operand o) {
    if (o.invalid()) {
      return o;
    }
    switch (o.mode()) {
      case NOVALUE -> {
        error(o.expr(), Messages.NO_VALUE_USED_AS_VALUE, ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case MULTI -> {
        error(o.expr(), Messages.MULTI_VALUE_IN_SINGLE_CONTEXT, ExprPrinter.print(o.expr()), o.type());
        return Operand.INVALID;
      }
      case TYPE -> {
        error(o.expr(), Messages.NOT_AN_EXPRESSION, ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case PACKAGE -> {
        error(o.expr(), Messages.USE_OF_PACKAGE, ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case BUILTIN -> {
        error(o.expr(), "%s (built-in function %s) must be called", ExprPrinter.print(o.expr()), ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case COMMAOK -> {
        return new Operand(Mode.VALUE, o.type(), null, o.expr());
      }
      default -> {
        return o;
      }
    }
  }

  /** Checks {@code e}; {@code allowMulti} keeps NOVALUE, MULTI and COMMAOK modes for the caller. */
  Operand expr(Expr e, boolean allowMulti) {
    Operand o = expr0(e);
    if (!allowMulti && !o.invalid() && (o.mode() == Mode.MULTI || o.mode() == Mode.NOVALUE)) {
      return value(o);
    }
    if (!allowMulti && o.mode() == Mode.COMMAOK) {
      return new Operand(Mode.VALUE, o.type(), null, o.expr());
    }
    return o;
  }

  Operand expr0(Expr e) {
    Operand o = expr1(e);
    if (!o.invalid() && o.type() != null) {
      info.recordType(e, o.type());
      if (o.mode() == Mode.CONSTANT && o.value() != null) {
        info.recordConstant(e, o.value());
      } else if (o.mode() == Mode.TYPE) {
        info.recordTypeExpr(e);
      }
    }
    return o;
  }

  private Operand expr1(Expr e) {
    if (e instanceof Expr.Ident id) {
      return ident(id);
    }
    if (e instanceof Expr.IntLit x) {
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_INT, intLiteral(x.text(), x.value()), e);
    }
    if (e instanceof Expr.FloatLit x) {
      Object v = floatLiteral(x.text(), x.value());
      if (v == null) {
        error(e, Messages.MALFORMED_CONSTANT, x.text());
        return Operand.INVALID;
      }
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_FLOAT, v, e);
    }
    if (e instanceof Expr.StringLit x) {
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_STRING, x.value(), e);
    }
    if (e instanceof Expr.RuneLit x) {
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_RUNE, java.math.BigInteger.valueOf(x.value()), e);
    }
    if (e instanceof Expr.DurationLit x) {
      return new Operand(Mode.CONSTANT, Basic.DURATION, java.math.BigInteger.valueOf(x.nanos()), e);
    }
    if (e instanceof Expr.Unary u) {
      return unary(u);
    }
    if (e instanceof Expr.Recv r) {
      Operand ch = value(channelOperand(r.channel()));
      if (ch.invalid()) {
        return ch;
      }
      if (!(ch.type() instanceof GoType.Chan c)) {
        error(r.channel(), Messages.RECEIVE_FROM_NON_CHANNEL, describe(ch));
        return Operand.INVALID;
      }
      if (c.dir() == GoType.ChanDir.SEND_ONLY) {
        error(r.channel(), Messages.RECEIVE_FROM_SEND_ONLY, describe(ch));
        return Operand.INVALID;
      }
      return new Operand(Mode.COMMAOK, c.elem(), null, e);
    }
    if (e instanceof Expr.Binary b) {
      Operand l = value(expr(b.left(), false));
      Operand r = value(expr(b.right(), false));
      if (l.invalid() || r.invalid()) {
        return Operand.INVALID;
      }
      return binaryOp(b, b.op(), l, r);
    }
    if (e instanceof Expr.Call c) {
      return call(c);
    }
    if (e instanceof Expr.Selector s) {
      return selector(s);
    }
    if (e instanceof Expr.Index ix) {
      Operand x = value(expr(ix.operand(), false));
      Operand i = value(expr(ix.index(), false));
      if (x.invalid() || i.invalid()) {
        return Operand.INVALID;
      }
      if (under(x.type()) instanceof GoType.Map m) {
        // A map index is a comma-ok expression (spec: Index expressions) and assignable.
        assignable(i, m.key(), "map index");
        return new Operand(Mode.COMMAOK, m.elem(), null, e);
      }
      index(i);
      if (under(x.type()) instanceof GoType.Slice s) {
        return new Operand(Mode.VARIABLE, s.elem(), null, e);
      }
      GoType.Array arr = under(x.type()) instanceof GoType.Array a ? a
          : under(x.type()) instanceof GoType.Pointer p && under(p.elem()) instanceof GoType.Array a ? a : null;
      if (arr != null) {
        if (i.mode() == Mode.CONSTANT && i.value() != null && isIntegral(i.value())
            && toBig(i.value()).compareTo(java.math.BigInteger.valueOf(arr.len())) >= 0) {
          error(ix.index(), "invalid argument: index %s out of bounds [0:%d]", ExprPrinter.print(ix.index()), arr.len());
          return Operand.INVALID;
        }
        boolean addressable = x.mode() == Mode.VARIABLE || under(x.type()) instanceof GoType.Pointer;
        return new Operand(addressable ? Mode.VARIABLE : Mode.VALUE, arr.elem(), null, e);
      }
      if (x.type() == Basic.STRING || x.type() == Basic.UNTYPED_STRING) {
        return new Operand(Mode.VALUE, Basic.INT, null, e);
      }
      error(ix.operand(), Messages.CANNOT_INDEX, describe(x));
      return Operand.INVALID;
    }
    if (e instanceof Expr.SliceExpr sl) {
      Operand x = value(expr(sl.operand(), false));
      for (Expr bound : new Expr[] {sl.low(), sl.high()}) {
        if (bound != null) {
          Operand b = value(expr(bound, false));
          if (!b.invalid()) {
            index(b);
          }
        }
      }
      if (x.invalid()) {
        return x;
      }
      if (under(x.type()) instanceof GoType.Slice) {
        return new Operand(Mode.VALUE, x.type(), null, e);
      }
      if (under(x.type()) instanceof GoType.Array a && x.mode() == Mode.VARIABLE) {
        return new Operand(Mode.VALUE, new GoType.Slice(a.elem()), null, e);
      }
      if (x.type() == Basic.STRING || x.type() == Basic.UNTYPED_STRING) {
        return new Operand(Mode.VALUE, Basic.STRING, null, e);
      }
      error(sl.operand(), Messages.CANNOT_SLICE, describe(x));
      return Operand.INVALID;
    }
    if (e instanceof Expr.TypeExpr t) {
      return new Operand(Mode.TYPE, t.type(), null, e);
    }
    if (e instanceof Expr.CompositeLit cl) {
      GoType elem;
      if (under(cl.type()) instanceof GoType.Slice s) {
        elem = s.elem();
      } else if (under(cl.type()) instanceof GoType.Array a) {
        elem = a.elem();
        if (cl.elements().size() > a.len()) {
          error(cl.elements().get((int) a.len()), "index %d is out of bounds (>= %d)", a.len(), a.len());
          return Operand.INVALID;
        }
      } else {
        error(e, Messages.COMPOSITE_NOT_SLICE, cl.type());
        return Operand.INVALID;
      }
      String context = under(cl.type()) instanceof GoType.Slice ? "slice literal" : "array or slice literal";
      for (Expr el : cl.elements()) {
        Operand o = value(expr(el, false));
        if (!o.invalid()) {
          assignable(o, elem, context);
        }
      }
      return new Operand(Mode.VALUE, cl.type(), null, e);
    }
    if (e instanceof Expr.StructLit sl) {
      return structLit(sl);
    }
    if (e instanceof Expr.TypeAssert ta) {
      Operand x = value(expr(ta.operand(), false));
      if (x.invalid()) {
        return x;
      }
      if (!isInterface(x.type())) {
        error(ta.operand(), "invalid operation: %s is not an interface", describe(x));
        return Operand.INVALID;
      }
      return new Operand(Mode.COMMAOK, ta.type(), null, e);
    }
    if (e instanceof Expr.MapLit ml) {
      for (int k = 0; k < ml.keys().size(); k++) {
        Operand key = value(expr(ml.keys().get(k), false));
        if (!key.invalid()) {
          assignable(key, ml.type().key(), "map literal");
        }
        Operand val = value(expr(ml.values().get(k), false));
        if (!val.invalid()) {
          assignable(val, ml.type().elem(), "map literal");
        }
      }
      return new Operand(Mode.VALUE, ml.type(), null, e);
    }
    if (e instanceof Expr.FuncLit f) {
      checkFunction(f.params(), f.namedResults(), f.results(), f.body(), f.origin());
      return new Operand(Mode.VALUE, f.type(), null, e);
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  /** A struct literal, keyed or positional, in types2's words (expr.go, case *Struct). */
  Operand structLit(Expr.StructLit sl) {
    GoType.Struct st = (GoType.Struct) under(sl.type());
    List<GoType.Field> fields = st.fields();
    if (!sl.keys().isEmpty()) {
      boolean[] visited = new boolean[fields.size()];
      for (int k = 0; k < sl.values().size(); k++) {
        Expr.Ident key = sl.keys().get(k);
        Operand v = value(expr(sl.values().get(k), false));
        int i = st.fieldIndex(key.name());
        if (i < 0) {
          error(key, "unknown field '%s' in struct literal of type %s", key.name(), sl.type());
          continue;
        }
        if (!v.invalid()) {
          assignable(v, fields.get(i).type(), "struct literal");
        }
        if (visited[i]) {
          error(key, "duplicate field name %s in struct literal", key.name());
          continue;
        }
        visited[i] = true;
      }
    } else {
      for (int i = 0; i < sl.values().size(); i++) {
        Operand v = value(expr(sl.values().get(i), false));
        if (i >= fields.size()) {
          error(sl.values().get(i), "too many values in %s{…}", sl.type());
          break;
        }
        if (!v.invalid()) {
          assignable(v, fields.get(i).type(), "struct literal");
        }
      }
      if (!sl.values().isEmpty() && sl.values().size() < fields.size()) {
        error(sl, "too few values in %s{…}", sl.type());
      }
    }
    return new Operand(Mode.VALUE, sl.type(), null, sl);
  }

  void index(Operand i) {
    if (!isInteger(i.type()) && !(i.mode() == Mode.CONSTANT && i.type() == Basic.UNTYPED_FLOAT && isIntegral(i.value()))) {
      error(i.expr(), Messages.INDEX_NOT_INTEGER, describe(i));
    } else if (i.mode() == Mode.CONSTANT && sign(i.value()) < 0) {
      error(i.expr(), Messages.NEGATIVE_INDEX, ExprPrinter.print(i.expr()));
    }
  }

  Operand ident(Expr.Ident id) {
    if (id.name().equals("_")) {
      error(id, Messages.BLANK_AS_VALUE);
      return Operand.INVALID;
    }
    Sym s = scope.lookup(id.name());
    if (s == null) {
      List<String> declared = visibleNames(false);
      if (declared.isEmpty() || goWords) {
        error(id, Messages.UNDEFINED, id.name());
      } else {
        error(id, Messages.UNDEFINED_WITH_DECLARED, id.name(), String.join(", ", declared));
      }
      return Operand.INVALID;
    }
    s.used = true;
    return switch (s.kind) {
      case VAR -> s.type == null ? Operand.INVALID : new Operand(Mode.VARIABLE, s.type, null, id);
      case FUNC -> new Operand(Mode.FUNC, s.type, null, id);
      case TYPE -> new Operand(Mode.TYPE, s.type, null, id);
      case PACKAGE -> new Operand(Mode.PACKAGE, null, null, id);
      case BUILTIN -> new Operand(Mode.BUILTIN, null, null, id);
      case CONST -> s.type == null ? Operand.INVALID : new Operand(Mode.CONSTANT, s.type, s.value, id);
    };
  }

  Operand unary(Expr.Unary u) {
    if (u.op().equals("&")) {
      if (u.operand() instanceof Expr.StructLit || u.operand() instanceof Expr.CompositeLit || u.operand() instanceof Expr.MapLit) {
        // &T{...}: a composite literal's address (spec: Address operators)
        Operand lit = value(expr(u.operand(), false));
        return lit.invalid() ? lit : new Operand(Mode.VALUE, new GoType.Pointer(lit.type()), null, u);
      }
      Operand x = expr(u.operand(), false);
      if (x.invalid()) {
        return x;
      }
      if (x.mode() != Mode.VARIABLE) {
        error(u, Messages.CANNOT_TAKE_ADDRESS, describe(x));
        return Operand.INVALID;
      }
      return new Operand(Mode.VALUE, new GoType.Pointer(x.type()), null, u);
    }
    if (u.op().equals("*")) {
      Operand x = expr(u.operand(), true);
      if (x.invalid()) {
        return x;
      }
      if (x.mode() == Mode.TYPE) {
        return new Operand(Mode.TYPE, new GoType.Pointer(x.type()), null, u);
      }
      x = value(x);
      if (x.invalid()) {
        return x;
      }
      if (x.type() == Basic.UNTYPED_NIL) {
        error(u, "invalid operation: cannot indirect nil");
        return Operand.INVALID;
      }
      if (!(under(x.type()) instanceof GoType.Pointer p)) {
        error(u.operand(), Messages.CANNOT_INDIRECT, describe(x));
        return Operand.INVALID;
      }
      return new Operand(Mode.VARIABLE, p.elem(), null, u);
    }
    Operand x = value(expr(u.operand(), false));
    if (x.invalid()) {
      return x;
    }
    boolean ok = switch (u.op()) {
      case "!" -> isBoolean(x.type());
      case "^" -> isInteger(x.type());
      default -> isNumeric(x.type());
    };
    if (!ok) {
      error(u, Messages.OPERATOR_NOT_DEFINED, u.op(), describe(x));
      return Operand.INVALID;
    }
    if (x.mode() == Mode.CONSTANT) {
      Object v = switch (u.op()) {
        case "!" -> !(Boolean) x.value();
        case "^" -> complement(x.value(), x.type());
        case "-" -> x.value() instanceof Constants.Rat r
            ? normalize(Constants.Rat.of(r.num().negate(), r.den())) : (Object) toBig(x.value()).negate();
        default -> x.value();
      };
      return typedConstant(new Operand(Mode.CONSTANT, x.type(), v, u));
    }
    return new Operand(Mode.VALUE, x.type(), null, u);
  }

  /** {@code ^x}: for an unsigned type all bits of its size flip (go/constant UnaryOp with prec). */
  private static Object complement(Object v, GoType t) {
    java.math.BigInteger x = toBig(v);
    if (isUnsigned(t)) {
      java.math.BigInteger mask = java.math.BigInteger.ONE.shiftLeft(((Basic) under(t)).bits()).subtract(java.math.BigInteger.ONE);
      return x.xor(mask);
    }
    return x.not();
  }

  /** A typed constant must fit its type: {@code x * 2 (constant 200 of type int8) overflows int8}. */
  Operand typedConstant(Operand o) {
    if (o.mode() != Mode.CONSTANT || o.type() == null || isUntyped(o.type()) || !isNumeric(o.type())) {
      return o;
    }
    Object v = represent(o.value(), o.type());
    if (v == null) {
      error(o.expr(), Messages.CONSTANT_OVERFLOWS, describe(o), o.type());
      return Operand.INVALID;
    }
    return new Operand(Mode.CONSTANT, o.type(), v, o.expr());
  }

  /**
   * Converts untyped operand {@code x} to the type of the other operand {@code target} in a binary
   * operation: {@code 300 (untyped int constant) overflows uint8}; null after an error.
   */
  private Operand convertUntyped(Operand x, GoType target, Expr e, Operand l, Operand r) {
    if (!representable(x, target) && !(x.type() == Basic.UNTYPED_NIL && hasNil(target))) {
      error(e, Messages.MISMATCHED_TYPES, ExprPrinter.print(e), l.type(), r.type());
      return null;
    }
    if (x.mode() == Mode.CONSTANT && isNumeric(target) && !isUntyped(target)) {
      Object v = represent(x.value(), target);
      if (v == null) {
        error(x.expr(), isIntegral(x.value()) || !isInteger(target) ? Messages.CONSTANT_OVERFLOWS : Messages.CONSTANT_TRUNCATED,
            describe(x), target);
        return null;
      }
      return new Operand(Mode.CONSTANT, target, v, x.expr());
    }
    return new Operand(x.mode(), target, x.value(), x.expr());
  }

  Operand binaryOp(Expr e, String op, Operand l, Operand r) {
    boolean shift = op.equals("<<") || op.equals(">>");
    if (shift) {
      if (!isInteger(l.type()) && !(l.type() == Basic.UNTYPED_FLOAT && isIntegral(l.value()))) {
        error(e, Messages.OPERATOR_NOT_DEFINED, op, describe(l));
        return Operand.INVALID;
      }
      if (!isInteger(r.type())) {
        error(r.expr(), "invalid operation: shift count %s must be integer", describe(r));
        return Operand.INVALID;
      }
      if (r.mode() == Mode.CONSTANT && sign(r.value()) < 0) {
        error(r.expr(), Messages.NEGATIVE_SHIFT_COUNT, describe(r));
        return Operand.INVALID;
      }
      if (l.mode() == Mode.CONSTANT && r.mode() == Mode.CONSTANT) {
        Object v = shift(op, l.value(), toLong(r.value()));
        GoType t = l.type() == Basic.UNTYPED_FLOAT ? Basic.UNTYPED_INT : l.type();
        return typedConstant(new Operand(Mode.CONSTANT, t, v, e));
      }
      return new Operand(Mode.VALUE, defaultTypeIfUntyped(l.type()), null, e);
    }
    GoType lt = l.type();
    GoType rt = r.type();
    GoType type;
    boolean lu = isUntyped(lt);
    boolean ru = isUntyped(rt);
    if (lu && ru) {
      type = untypedJoin(lt, rt);
      if (type == null) {
        error(e, Messages.MISMATCHED_TYPES, ExprPrinter.print(e), lt, rt);
        return Operand.INVALID;
      }
    } else if (lu) {
      Operand c = convertUntyped(l, rt, e, l, r);
      if (c == null) {
        return Operand.INVALID;
      }
      l = c;
      type = rt;
    } else if (ru) {
      Operand c = convertUntyped(r, lt, e, l, r);
      if (c == null) {
        return Operand.INVALID;
      }
      r = c;
      type = lt;
    } else {
      if (!identical(lt, rt)) {
        error(e, Messages.MISMATCHED_TYPES, ExprPrinter.print(e), lt, rt);
        return Operand.INVALID;
      }
      type = lt;
    }
    boolean comparison = switch (op) {
      case "==", "!=", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
    if (comparison) {
      boolean ordered = !op.equals("==") && !op.equals("!=");
      if (under(type) instanceof GoType.Func && !(lt == Basic.UNTYPED_NIL || rt == Basic.UNTYPED_NIL)) {
        error(e, Messages.FUNC_VALUE_COMPARE, ExprPrinter.print(e));
        return Operand.INVALID;
      }
      if (under(type) instanceof GoType.Slice && !(lt == Basic.UNTYPED_NIL || rt == Basic.UNTYPED_NIL)) {
        error(e, "invalid operation: %s (slice can only be compared to nil)", ExprPrinter.print(e));
        return Operand.INVALID;
      }
      if (under(type) instanceof GoType.Map && !(lt == Basic.UNTYPED_NIL || rt == Basic.UNTYPED_NIL)) {
        error(e, "invalid operation: %s (map can only be compared to nil)", ExprPrinter.print(e));
        return Operand.INVALID;
      }
      if (!ordered && !comparable(type) && !(lt == Basic.UNTYPED_NIL || rt == Basic.UNTYPED_NIL)) {
        error(e, "invalid operation: %s (%s cannot be compared)", ExprPrinter.print(e), type);
        return Operand.INVALID;
      }
      if (ordered && !ordered(type)) {
        error(e, Messages.OPERATOR_NOT_DEFINED, op, describe(l));
        return Operand.INVALID;
      }
      if (l.mode() == Mode.CONSTANT && r.mode() == Mode.CONSTANT && l.value() != null && r.value() != null) {
        return new Operand(Mode.CONSTANT, Basic.UNTYPED_BOOL, compareConst(op, l.value(), r.value()), e);
      }
      return new Operand(Mode.VALUE, Basic.UNTYPED_BOOL, null, e);
    }
    boolean defined = switch (op) {
      case "&&", "||" -> isBoolean(type);
      case "+" -> isNumeric(type) || isString(type);
      case "-", "*", "/" -> isNumeric(type);
      default -> isInteger(type) || (type == Basic.UNTYPED_FLOAT && isIntegral(l.value()) && isIntegral(r.value()));
    };
    if (!defined) {
      error(e, Messages.OPERATOR_NOT_DEFINED, op, describe(l));
      return Operand.INVALID;
    }
    if ((op.equals("/") || op.equals("%")) && r.mode() == Mode.CONSTANT && r.value() != null && isNumber(r.value()) && sign(r.value()) == 0
        && (isInteger(type) || l.mode() == Mode.CONSTANT)) {
      error(r.expr(), Messages.DIVISION_BY_ZERO);
      return Operand.INVALID;
    }
    if (l.mode() == Mode.CONSTANT && r.mode() == Mode.CONSTANT) {
      Object v = foldConst(op, l.value(), r.value(), type);
      if (v != null) {
        return typedConstant(new Operand(Mode.CONSTANT, type, v, e));
      }
    }
    return new Operand(Mode.VALUE, type, null, e);
  }
}
