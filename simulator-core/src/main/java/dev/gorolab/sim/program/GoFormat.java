package dev.gorolab.sim.program;

import dev.gorolab.model.Mutex;
import dev.gorolab.model.WaitGroup;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Go's {@code fmt}: {@code Sprint}, {@code Sprintln} and {@code Sprintf}, byte-for-byte as go1.19
 * prints the value kinds scenarios have ({@code Long} int, {@code Double} float64, {@code String},
 * {@code Boolean}, {@link GoDuration}, {@link GoTime}, {@link GoSlice}, {@link ChanValue}, nil),
 * including the {@code %!verb(type=value)} forms for mistakes.
 */
public final class GoFormat {
  private GoFormat() {}

  /** A value of a function type; implemented by the interpreter's closures. */
  public interface FuncValue {
    GoType.Func type();
  }

  /** A value of a library type whose Java class does not tell its Go type: {@code %T} asks it. */
  public interface LibraryValue {
    /** The type as {@code %T} prints it, e.g. {@code *rand.Rand}. */
    String goType();
  }

  /**
   * fmt's handleMethods (go1.19 fmt/print.go): calls a value's {@code Error() string}, else its
   * {@code String() string}, when the value's method set has one. Implemented by the interpreter,
   * which runs the program's method on the printing goroutine. Engine thread only.
   */
  public interface Methods {
    /** What {@code v}'s Error (else String) method gives; null when v's method set has neither. */
    MethodResult call(Object v);
  }

  /**
   * What a value's Error or String method gave fmt: its text, or the value it panicked with.
   *
   * @param method {@code Error} or {@code String}
   * @param text the method's result; null when it panicked
   * @param panicValue what the method panicked with (recover()'s value)
   * @param nilReceiver whether the value is a nil pointer (fmt's catchPanic then prints {@code <nil>})
   */
  public record MethodResult(String method, String text, Object panicValue, boolean nilReceiver) {}

  /** Go's {@code %v} of {@code v}, without calling the program's methods (for display). */
  public static String valueString(Object v) {
    return valueString(v, null);
  }

  /** Go's {@code %v} of {@code v}; {@code methods} calls the program's Error and String methods, or is null. */
  public static String valueString(Object v, Methods methods) {
    if (v == null) {
      return "<nil>";
    }
    if (methods != null || v instanceof Typed || v instanceof GoStruct || v instanceof GoArray || v instanceof GoPointer) {
      Spec sp = new Spec();
      sp.methods = methods;
      return formatOne(v, 'v', sp);
    }
    if (v instanceof GoError e) {
      return e.error(); // fmt's handleMethods: an error prints as its Error()
    }
    if (v instanceof Double d) {
      return GoFloats.formatG(d, -1);
    }
    if (v instanceof WaitGroup || v instanceof Mutex) {
      return v instanceof WaitGroup ? "{{} [0 0 0]}" : "{0 0}";
    }
    return v.toString();
  }

  /** Go's type name of a value, as {@code %T} prints it. */
  public static String typeName(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof Typed t) {
      return typeString(t.type());
    }
    if (v instanceof GoStruct st) {
      return typeString(st.type());
    }
    if (v instanceof GoArray a) {
      return typeString(a.type());
    }
    if (v instanceof GoPointer p) {
      return typeString(p.type());
    }
    if (v instanceof GoError e) {
      return e.goType();
    }
    if (v instanceof Long) {
      return "int";
    }
    if (v instanceof Double) {
      return "float64";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof GoDuration) {
      return "time.Duration";
    }
    if (v instanceof GoTime) {
      return "time.Time";
    }
    if (v instanceof GoSlice s) {
      return s.type().toString();
    }
    if (v instanceof ChanValue c) {
      return c.type().toString();
    }
    if (v instanceof GoMap m) {
      return typeString(m.type());
    }
    if (v instanceof FuncValue f) {
      return f.type().toString();
    }
    if (v instanceof WaitGroup) {
      return "*sync.WaitGroup";
    }
    if (v instanceof Mutex) {
      return "*sync.Mutex";
    }
    if (v instanceof LibraryValue l) {
      return l.goType();
    }
    return v.getClass().getSimpleName();
  }

  /** A type as {@code %T} prints it: defined types of the program qualified, {@code main.Point}. */
  public static String typeString(GoType t) {
    if (t instanceof GoType.Named n) {
      return n.qualifiedName();
    }
    if (t instanceof GoType.Basic b) {
      return b.toString();
    }
    if (t instanceof GoType.Pointer p) {
      return "*" + typeString(p.elem());
    }
    if (t instanceof GoType.Slice sl) {
      return "[]" + typeString(sl.elem());
    }
    if (t instanceof GoType.Array a) {
      return "[" + a.len() + "]" + typeString(a.elem());
    }
    if (t instanceof GoType.Map m) {
      return "map[" + typeString(m.key()) + "]" + typeString(m.elem());
    }
    if (t instanceof GoType.Chan c) {
      return c.dir().prefix + typeString(c.elem());
    }
    if (t instanceof GoType.Struct st) {
      StringBuilder sb = new StringBuilder("struct {");
      for (int i = 0; i < st.fields().size(); i++) {
        GoType.Field f = st.fields().get(i);
        sb.append(i == 0 ? " " : "; ").append(f.embedded() ? "" : f.name() + " ").append(typeString(f.type()));
      }
      return sb.append(st.fields().isEmpty() ? "}" : " }").toString();
    }
    if (t instanceof GoType.Interface i) {
      if (i.methods().isEmpty()) {
        return "interface {}";
      }
      StringBuilder sb = new StringBuilder("interface {");
      for (int k = 0; k < i.methods().size(); k++) {
        sb.append(k == 0 ? " " : "; ").append(i.methods().get(k));
      }
      return sb.append(" }").toString();
    }
    if (t instanceof GoType.Func f) {
      StringBuilder sb = new StringBuilder("func(");
      for (int k = 0; k < f.params().size(); k++) {
        sb.append(k == 0 ? "" : ", ").append(typeString(f.params().get(k)));
      }
      sb.append(')');
      if (f.results().size() == 1) {
        sb.append(' ').append(typeString(f.results().get(0)));
      } else if (f.results().size() > 1) {
        sb.append(" (");
        for (int k = 0; k < f.results().size(); k++) {
          sb.append(k == 0 ? "" : ", ").append(typeString(f.results().get(k)));
        }
        sb.append(')');
      }
      return sb.toString();
    }
    return t.toString();
  }

  /** {@code fmt.Sprint}: spaces between operands when neither side is a string. */
  public static String sprint(List<Object> args) {
    return sprint(args, null);
  }

  /** {@code fmt.Sprint}, calling the program's Error and String methods through {@code methods}. */
  public static String sprint(List<Object> args, Methods methods) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (i > 0 && !(a instanceof String) && !(args.get(i - 1) instanceof String)) {
        sb.append(' ');
      }
      sb.append(valueString(a, methods));
    }
    return sb.toString();
  }

  /** {@code fmt.Sprintln}: operands separated by spaces, then a newline. */
  public static String sprintln(List<Object> args) {
    return sprintln(args, null);
  }

  /** {@code fmt.Sprintln}, calling the program's Error and String methods through {@code methods}. */
  public static String sprintln(List<Object> args, Methods methods) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(valueString(args.get(i), methods));
    }
    return sb.append('\n').toString();
  }

  /** One directive's flags, width and precision ({@code -1} when absent). */
  private static final class Spec {
    boolean minus;
    boolean plus;
    boolean sharp;
    /** {@code %+v}: field names in structs; the plus flag itself is then cleared (fmt's plusV). */
    boolean plusV;
    boolean space;
    boolean zero;
    int width = -1;
    int prec = -1;
    /**
     * Calls the program's Error and String methods; null where fmt cannot (reflect's CanInterface
     * is false below an unexported field) or for display.
     */
    Methods methods;
    /** Below an unexported field: no method is called, not even a library type's (a Duration prints as its int64). */
    boolean hidden;

    /** This spec for an unexported field's value: fmt does not call its methods. */
    Spec unexported() {
      if (hidden) {
        return this;
      }
      Spec s = copy();
      s.methods = null;
      s.hidden = true;
      return s;
    }

    Spec copy() {
      Spec s = new Spec();
      s.minus = minus;
      s.plus = plus;
      s.sharp = sharp;
      s.plusV = plusV;
      s.space = space;
      s.zero = zero;
      s.width = width;
      s.prec = prec;
      s.methods = methods;
      s.hidden = hidden;
      return s;
    }
  }

  /** {@code fmt.Sprintf(format, args...)}. */
  public static String sprintf(String format, List<Object> args) {
    return sprintf(format, args, null);
  }

  /** {@code fmt.Sprintf}, calling the program's Error and String methods through {@code methods}. */
  public static String sprintf(String format, List<Object> args, Methods methods) {
    StringBuilder out = new StringBuilder();
    int argi = 0;
    int n = format.length();
    int i = 0;
    while (i < n) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      i++;
      Spec sp = new Spec();
      sp.methods = methods;
      while (i < n) {
        char f = format.charAt(i);
        if (f == '-') {
          sp.minus = true;
          sp.zero = false;
        } else if (f == '+') {
          sp.plus = true;
        } else if (f == '#') {
          sp.sharp = true;
        } else if (f == ' ') {
          sp.space = true;
        } else if (f == '0') {
          sp.zero = !sp.minus;
        } else {
          break;
        }
        i++;
      }
      if (i < n && format.charAt(i) == '*') {
        i++;
        if (argi < args.size() && args.get(argi) instanceof Long w) {
          sp.width = (int) (long) w;
          if (sp.width < 0) {
            sp.minus = true;
            sp.zero = false;
            sp.width = -sp.width;
          }
        } else {
          out.append("%!(BADWIDTH)");
        }
        argi++;
      } else {
        int start = i;
        while (i < n && Character.isDigit(format.charAt(i))) {
          i++;
        }
        if (i > start) {
          sp.width = Integer.parseInt(format.substring(start, i));
        }
      }
      if (i < n && format.charAt(i) == '.') {
        i++;
        if (i < n && format.charAt(i) == '*') {
          i++;
          if (argi < args.size() && args.get(argi) instanceof Long pr && pr >= 0) {
            sp.prec = (int) (long) pr;
          } else {
            out.append("%!(BADPREC)");
          }
          argi++;
        } else {
          int start = i;
          while (i < n && Character.isDigit(format.charAt(i))) {
            i++;
          }
          sp.prec = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
        }
      }
      if (i >= n) {
        out.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (argi >= args.size()) {
        out.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      Object arg = args.get(argi++);
      out.append(formatOne(arg, verb, sp));
    }
    if (argi < args.size()) {
      out.append("%!(EXTRA ");
      for (int k = argi; k < args.size(); k++) {
        if (k > argi) {
          out.append(", ");
        }
        Object a = args.get(k);
        out.append(a == null ? "<nil>" : typeName(a) + "=" + valueString(a, methods));
      }
      out.append(')');
    }
    return out.toString();
  }

  /**
   * fmt's catchPanic: a nil pointer receiver prints {@code <nil>}; another panic in the method
   * prints {@code %!v(PANIC=String method: boom)}.
   */
  private static String catchPanic(MethodResult r, int verb, Spec sp) {
    if (r.nilReceiver()) {
      return pad("<nil>", sp);
    }
    Spec plain = new Spec();
    Methods inner = sp.methods;
    // a panicking method of the panic value itself would recurse: fmt panics then (p.panicking)
    plain.methods = v -> v == r.panicValue() ? null : inner.call(v);
    StringBuilder sb = new StringBuilder("%!").appendCodePoint(verb).append("(PANIC=").append(r.method()).append(" method: ");
    return sb.append(formatOne(r.panicValue(), 'v', plain)).append(')').toString();
  }

  private static String badVerb(Object arg, int verb) {
    StringBuilder sb = new StringBuilder("%!").appendCodePoint(verb).append('(');
    if (arg == null) {
      sb.append("<nil>");
    } else {
      sb.append(typeName(arg)).append('=').append(valueString(arg));
    }
    return sb.append(')').toString();
  }

  private static String formatOne(Object arg, int verb, Spec sp) {
    return formatOne(arg, verb, sp, 0);
  }

  /**
   * {@code depth} as fmt's printValue has it: a pointer to a struct, array, slice or map prints
   * as {@code &{...}} at depth 0 only, deeper as its address.
   */
  private static String formatOne(Object arg, int verb, Spec sp, int depth) {
    if (verb == 'v' && sp.sharp && depth == 0) {
      return GoSyntax.of(arg); // %#v: Go syntax (fmt's sharpV); Error and String are not called
    }
    if (sp.methods != null && arg != null && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q')) {
      // handleMethods: an error prints as its Error(), a Stringer as its String()
      MethodResult r = sp.methods.call(arg);
      if (r != null) {
        return r.text() != null ? formatString(r.text(), verb, sp, arg) : catchPanic(r, verb, sp);
      }
    }
    if (arg instanceof GoPointer p && verb != 'T') {
      Object target = p.load();
      if (depth == 0 && verb != 'p' && (target instanceof GoStruct || target instanceof GoArray || target instanceof GoSlice
          || target instanceof GoMap)) {
        return "&" + formatOne(target, verb, sp, depth + 1);
      }
      if (verb == 'v' || verb == 'p') {
        return pad(p.toString(), sp);
      }
      if (verb == 'T') {
        return pad(typeName(arg), sp);
      }
      return badVerb(arg, verb);
    }
    if (verb == 'v' && sp.plus) {
      Spec v = new Spec();
      v.minus = sp.minus;
      v.sharp = sp.sharp;
      v.space = sp.space;
      v.zero = sp.zero;
      v.width = sp.width;
      v.prec = sp.prec;
      v.plusV = true;
      v.methods = sp.methods;
      v.hidden = sp.hidden;
      sp = v;
    }
    if (arg instanceof GoStruct st && verb != 'T') {
      StringBuilder sb = new StringBuilder("{");
      GoType.Struct type = st.structType();
      for (int k = 0; k < st.size(); k++) {
        if (k > 0) {
          sb.append(' ');
        }
        GoType.Field field = type.fields().get(k);
        if (sp.plusV) {
          sb.append(field.name()).append(':');
        }
        sb.append(formatField(st.get(k), field.type(), verb, exported(field.name()) ? sp : sp.unexported(), depth + 1));
      }
      return sb.append('}').toString();
    }
    if (arg instanceof GoArray a && verb != 'T') {
      StringBuilder sb = new StringBuilder("[");
      for (int k = 0; k < a.len(); k++) {
        if (k > 0) {
          sb.append(' ');
        }
        sb.append(formatField(a.get(k), a.type().elem(), verb, sp, depth + 1));
      }
      return sb.append(']').toString();
    }
    if (verb == 'T') {
      return pad(typeName(arg), sp);
    }
    if (arg instanceof Typed t && t.value() == null) {
      GoType u = GoType.under(t.type());
      if (u instanceof GoType.Slice || u instanceof GoType.Map) {
        return formatField(null, t.type(), verb, sp, depth); // a nil slice [] or map map[]
      }
      // a nil pointer in an interface (fmtPointer): <nil> for %v, 0x0 for %p
      return verb == 'v' ? pad("<nil>", sp) : verb == 'p' ? pad("0x0", sp) : badVerb(arg, verb);
    }
    if (arg instanceof Typed t) {
      GoType u = GoType.under(t.type());
      if (u instanceof GoType.Basic b && b.isInteger() && t.value() instanceof Long l) {
        String s = b.isUnsigned() && l < 0 ? formatUnsigned(l, verb, sp) : formatInt(l, verb, sp);
        return s == null ? badVerb(arg, verb) : s;
      }
      if (u == GoType.Basic.FLOAT32 && t.value() instanceof Double d) {
        if (verb == 'v' || ((verb == 'g' || verb == 'G') && sp.prec < 0)) {
          return formatFloat32(d, verb, sp);
        }
        String s = formatFloat(d, verb, sp);
        return s == null ? badVerb(arg, verb) : s;
      }
      String s = formatOne(t.value(), verb, sp);
      return s.startsWith("%!") ? badVerb(arg, verb) : s;
    }
    if (arg == null) {
      return verb == 'v' ? pad("<nil>", sp) : badVerb(null, verb);
    }
    if (arg instanceof GoError e) {
      // fmt's handleMethods: for %v %s %q %x %X an error is formatted as the string Error() returns
      return switch (verb) {
        case 'v', 's', 'q', 'x', 'X' -> formatString(e.error(), verb, sp, arg);
        default -> badVerb(arg, verb);
      };
    }
    if (arg instanceof Boolean b) {
      return verb == 'v' || verb == 't' ? pad(b.toString(), sp) : badVerb(arg, verb);
    }
    if (arg instanceof GoDuration d) {
      if (sp.hidden) {
        // reflect cannot call String below an unexported field: the int64 is printed
        String s = formatInt(d.nanos(), verb, sp);
        return s == null ? badVerb(arg, verb) : s;
      }
      if (verb == 'v' || verb == 's') {
        return pad(d.toString(), sp);
      }
      if (verb == 'q') {
        return pad(GoStrings.quote(d.toString()), sp);
      }
      String s = formatInt(d.nanos(), verb, sp);
      return s == null ? badVerb(arg, verb) : s;
    }
    if (arg instanceof Long l) {
      String s = formatInt(l, verb, sp);
      return s == null ? badVerb(arg, verb) : s;
    }
    if (arg instanceof Double d) {
      String s = formatFloat(d, verb, sp);
      return s == null ? badVerb(arg, verb) : s;
    }
    if (arg instanceof String s) {
      return formatString(s, verb, sp, arg);
    }
    if (arg instanceof GoSlice s) {
      if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X' || verb == 'v' || verb == 'd'
          || verb == 'f' || verb == 'g' || verb == 'e' || verb == 't' || verb == 'c') {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < s.len(); k++) {
          if (k > 0) {
            sb.append(' ');
          }
          sb.append(formatField(s.get(k), s.type().elem(), verb, sp, depth + 1));
        }
        return sb.append(']').toString();
      }
      return badVerb(arg, verb);
    }
    if (arg instanceof GoMap m) {
      StringBuilder sb = new StringBuilder("map[");
      boolean first = true;
      for (java.util.Map.Entry<Object, Object> e : m.sorted()) {
        sb.append(first ? "" : " ").append(formatField(e.getKey(), m.type().key(), verb, sp, depth + 1)).append(':')
            .append(formatField(e.getValue(), m.type().elem(), verb, sp, depth + 1));
        first = false;
      }
      return sb.append(']').toString();
    }
    if (arg instanceof ChanValue || arg instanceof FuncValue) {
      return verb == 'v' || verb == 'p' ? pad(arg.toString(), sp) : badVerb(arg, verb);
    }
    return verb == 'v' || verb == 's' ? pad(valueString(arg), sp) : badVerb(arg, verb);
  }

  /** Whether a field of this name is exported (reflect's CanInterface holds below it). */
  private static boolean exported(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
  }

  /** A field or element of static type {@code t}: a nil slice prints as [], a nil map as map[]. */
  private static String formatField(Object v, GoType t, int verb, Spec sp, int depth) {
    if (v == null) {
      GoType u = GoType.under(t);
      if (u instanceof GoType.Slice) {
        return "[]";
      }
      if (u instanceof GoType.Map) {
        return "map[]";
      }
      return "<nil>";
    }
    if (v instanceof dev.gorolab.model.Mutex) {
      return sp.plusV ? "{state:0 sema:0}" : "{0 0}";
    }
    if (v instanceof dev.gorolab.model.WaitGroup) {
      return sp.plusV ? "{noCopy:{} state1:0 state2:0}" : "{{} 0 0}";
    }
    if (Typed.needed(t) && !(v instanceof Typed)) {
      v = new Typed(t, v);
    }
    return formatOne(v, verb, sp, depth);
  }

  private static String formatString(String s, int verb, Spec sp, Object arg) {
    switch (verb) {
      case 'v', 's' -> {
        String t = s;
        if (sp.prec >= 0 && t.codePointCount(0, t.length()) > sp.prec) {
          t = t.substring(0, t.offsetByCodePoints(0, sp.prec));
        }
        return pad(t, sp);
      }
      case 'q' -> {
        return pad(GoStrings.quote(s), sp);
      }
      case 'x', 'X' -> {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < bytes.length; k++) {
          if (sp.space && k > 0) {
            sb.append(' ');
          }
          sb.append(String.format(verb == 'x' ? "%02x" : "%02X", bytes[k] & 0xff));
        }
        return pad(sb.toString(), sp);
      }
      default -> {
        return badVerb(arg, verb);
      }
    }
  }

  private static String formatInt(long v, int verb, Spec sp) {
    String digits;
    boolean neg = v < 0;
    long mag = Math.abs(v);
    String prefix = "";
    switch (verb) {
      case 'v', 'd' -> digits = v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(mag);
      case 'b' -> digits = Long.toBinaryString(mag);
      case 'o', 'O' -> {
        digits = Long.toOctalString(mag);
        prefix = verb == 'O' ? "0o" : sp.sharp ? "0" : "";
      }
      case 'x' -> {
        digits = Long.toHexString(mag);
        prefix = sp.sharp ? "0x" : "";
      }
      case 'X' -> {
        digits = Long.toHexString(mag).toUpperCase();
        prefix = sp.sharp ? "0X" : "";
      }
      case 'c' -> {
        return pad(new String(Character.toChars((int) v)), sp);
      }
      case 'q' -> {
        return pad(GoStrings.quoteRune((int) v), sp);
      }
      case 'U' -> {
        return pad(String.format("U+%04X", v), sp);
      }
      default -> {
        return null;
      }
    }
    if (sp.prec >= 0) {
      if (sp.prec == 0 && v == 0) {
        digits = "";
      }
      while (digits.length() < sp.prec) {
        digits = "0" + digits;
      }
    }
    String sign = neg ? "-" : sp.plus ? "+" : sp.space ? " " : "";
    return padNumber(sign, prefix + digits, sp, sp.prec < 0);
  }

  /** An unsigned 64-bit value at or above 2^63, held in a negative long. */
  private static String formatUnsigned(long v, int verb, Spec sp) {
    String digits = switch (verb) {
      case 'v', 'd' -> Long.toUnsignedString(v);
      case 'x' -> (sp.sharp ? "0x" : "") + Long.toHexString(v);
      case 'X' -> (sp.sharp ? "0X" : "") + Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
      case 'b' -> Long.toBinaryString(v);
      case 'o' -> (sp.sharp ? "0" : "") + Long.toOctalString(v);
      default -> null;
    };
    return digits == null ? null : padNumber(sp.plus ? "+" : "", digits, sp, true);
  }

  private static String formatFloat32(double d, int verb, Spec sp) {
    String s = GoFloats.formatG(d, -1, 32);
    if (verb == 'G') {
      s = s.toUpperCase(java.util.Locale.ROOT);
    }
    String sign = "";
    if (s.startsWith("-")) {
      sign = "-";
      s = s.substring(1);
    } else if (sp.plus) {
      sign = "+";
    } else if (sp.space) {
      sign = " ";
    }
    return padNumber(sign, s, sp, !Double.isInfinite(d) && !Double.isNaN(d));
  }

  private static String formatFloat(double d, int verb, Spec sp) {
    String s;
    switch (verb) {
      case 'v' -> s = GoFloats.formatG(d, sp.prec);
      case 'g', 'G' -> s = GoFloats.formatG(d, sp.prec);
      case 'e', 'E' -> s = GoFloats.formatE(d, sp.prec < 0 ? 6 : sp.prec);
      case 'f', 'F' -> s = GoFloats.formatF(d, sp.prec < 0 ? 6 : sp.prec);
      default -> {
        return null;
      }
    }
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      // fmt's fmtFloat: +Inf keeps its sign (a space for the space flag), NaN gets one only when asked
      String sign = d < 0 ? "-" : sp.plus ? "+" : sp.space ? " " : Double.isNaN(d) ? "" : "+";
      s = sign + (Double.isNaN(d) ? "NaN" : "Inf");
      Spec noZero = new Spec();
      noZero.width = sp.width;
      noZero.minus = sp.minus;
      return pad(s, noZero);
    }
    if (verb == 'E' || verb == 'G') {
      s = s.toUpperCase();
    }
    String sign = "";
    if (s.startsWith("-")) {
      sign = "-";
      s = s.substring(1);
    } else if (sp.plus) {
      sign = "+";
    } else if (sp.space) {
      sign = " ";
    }
    return padNumber(sign, s, sp, true);
  }

  private static String padNumber(String sign, String body, Spec sp, boolean zeroAllowed) {
    int len = sign.length() + body.length();
    if (sp.width > len && sp.zero && zeroAllowed && !sp.minus) {
      return sign + "0".repeat(sp.width - len) + body;
    }
    return pad(sign + body, sp);
  }

  private static String pad(String s, Spec sp) {
    int len = s.codePointCount(0, s.length());
    if (sp.width <= len) {
      return s;
    }
    String fill = " ".repeat(sp.width - len);
    return sp.minus ? s + fill : fill + s;
  }
}
