package dev.gorolab.sim.program;

/**
 * fmt's {@code %#v}: a value in Go syntax, as go1.19's printValue prints it with the sharpV flag
 * ({@code main.Point{X:1, Y:2}}, {@code []int{1, 2}}, {@code map[string]int{"a":1}},
 * {@code (*main.Point)(nil)}). No method is called: fmt would call only a {@code GoString} method,
 * which GoroLab does not model yet.
 */
final class GoSyntax {
  private GoSyntax() {}

  /** {@code %#v} of an interface value {@code v} (its dynamic type is what the value says). */
  static String of(Object v) {
    if (v == null) {
      return "<nil>";
    }
    return value(v, null, 0);
  }

  /**
   * A value of static type {@code t} (null: the value's own type), at {@code depth} as fmt
   * counts it: a pointer to a struct, array, slice or map prints as {@code &...} only at depth 0.
   */
  private static String value(Object v, GoType t, int depth) {
    if (v instanceof Typed typed) {
      if (typed.value() == null) {
        GoType tu = GoType.under(typed.type());
        boolean bare = tu instanceof GoType.Slice || tu instanceof GoType.Map;
        return bare ? GoFormat.typeString(typed.type()) + "(nil)" : "(" + GoFormat.typeString(typed.type()) + ")(nil)";
      }
      return value(typed.value(), typed.type(), depth);
    }
    GoType type = t != null ? t : typeOf(v);
    GoType u = type == null ? null : GoType.under(type);
    if (v == null) {
      if (u instanceof GoType.Interface) {
        return GoFormat.typeString(type) + "(nil)";
      }
      if (u instanceof GoType.Pointer || u instanceof GoType.Chan || u instanceof GoType.Func) {
        return "(" + GoFormat.typeString(type) + ")(nil)";
      }
      return type == null ? "<nil>" : GoFormat.typeString(type) + "(nil)"; // a nil slice or map
    }
    if (u instanceof GoType.Interface) {
      return value(v, null, depth); // the dynamic value
    }
    if (v instanceof GoError e) {
      // the library's errors are pointers to structs; deeper than the top Go prints their address,
      // which GoroLab does not give them: the struct is shown instead
      if (e.goType().equals("*fmt.wrapError")) {
        return "&fmt.wrapError{msg:" + GoStrings.quote(e.error()) + ", err:" + value(e.unwrap(), GoType.ERROR, depth + 1) + "}";
      }
      return "&" + e.goType().substring(e.goType().startsWith("*") ? 1 : 0) + "{s:" + GoStrings.quote(e.error()) + "}";
    }
    if (v instanceof String s) {
      return GoStrings.quote(s);
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    if (v instanceof Double d) {
      return u == GoType.Basic.FLOAT32 ? GoFloats.formatG(d, -1, 32) : GoFloats.formatG(d, -1);
    }
    if (v instanceof GoDuration d) {
      return Long.toString(d.nanos());
    }
    if (v instanceof Long l) {
      // fmtInteger with sharpV: unsigned integers in hexadecimal
      return u instanceof GoType.Basic b && b.isUnsigned() ? "0x" + Long.toHexString(l) : Long.toString(l);
    }
    if (v instanceof GoStruct st) {
      StringBuilder sb = new StringBuilder(GoFormat.typeString(st.type())).append('{');
      GoType.Struct s = st.structType();
      for (int i = 0; i < st.size(); i++) {
        GoType.Field f = s.fields().get(i);
        sb.append(i > 0 ? ", " : "").append(f.name()).append(':').append(field(st.get(i), f.type(), depth + 1));
      }
      return sb.append('}').toString();
    }
    if (v instanceof GoArray a) {
      StringBuilder sb = new StringBuilder(GoFormat.typeString(type)).append('{');
      for (int i = 0; i < a.len(); i++) {
        sb.append(i > 0 ? ", " : "").append(field(a.get(i), a.type().elem(), depth + 1));
      }
      return sb.append('}').toString();
    }
    if (v instanceof GoSlice s) {
      StringBuilder sb = new StringBuilder(GoFormat.typeString(type)).append('{');
      for (int i = 0; i < s.len(); i++) {
        sb.append(i > 0 ? ", " : "").append(field(s.get(i), s.type().elem(), depth + 1));
      }
      return sb.append('}').toString();
    }
    if (v instanceof GoMap m) {
      StringBuilder sb = new StringBuilder(GoFormat.typeString(type)).append('{');
      boolean first = true;
      for (java.util.Map.Entry<Object, Object> e : m.sorted()) {
        sb.append(first ? "" : ", ").append(field(e.getKey(), m.type().key(), depth + 1)).append(':')
            .append(field(e.getValue(), m.type().elem(), depth + 1));
        first = false;
      }
      return sb.append('}').toString();
    }
    if (v instanceof GoPointer p) {
      Object target = p.load();
      if (depth == 0 && (target instanceof GoStruct || target instanceof GoArray || target instanceof GoSlice
          || target instanceof GoMap)) {
        return "&" + value(target, p.type().elem(), depth + 1);
      }
      return "(" + GoFormat.typeString(p.type()) + ")(0x" + Long.toHexString(p.address()) + ")";
    }
    return GoFormat.valueString(v);
  }

  /** A field or element of static type {@code t}. */
  private static String field(Object v, GoType t, int depth) {
    if (v instanceof dev.gorolab.model.Mutex) {
      return "sync.Mutex{state:0, sema:0x0}";
    }
    if (v instanceof dev.gorolab.model.WaitGroup) {
      return "sync.WaitGroup{noCopy:sync.noCopy{}, state1:0x0, state2:0x0}";
    }
    return value(v, t, depth);
  }

  /** The type of a value whose Java class tells it. */
  private static GoType typeOf(Object v) {
    if (v instanceof GoStruct s) {
      return s.type();
    }
    if (v instanceof GoArray a) {
      return a.type();
    }
    if (v instanceof GoSlice s) {
      return s.type();
    }
    if (v instanceof GoMap m) {
      return m.type();
    }
    if (v instanceof GoPointer p) {
      return p.type();
    }
    if (v instanceof Long) {
      return GoType.Basic.INT;
    }
    if (v instanceof Double) {
      return GoType.Basic.FLOAT64;
    }
    return null;
  }
}
