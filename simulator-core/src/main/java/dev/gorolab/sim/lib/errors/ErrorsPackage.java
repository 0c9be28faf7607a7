package dev.gorolab.sim.lib.errors;

import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoError;
import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Package {@code errors} (go1.19 errors/errors.go, errors/wrap.go) and {@code fmt.Errorf}
 * (fmt/errors.go): New, Is and Unwrap over the library's errors, and Errorf's {@code %w}.
 * ({@code errors.As} needs a pointer to a variable of an error type, which arrives with pointers.)
 */
public final class ErrorsPackage {
  private ErrorsPackage() {}

  private static GoType.Func fn(List<GoType> params, List<GoType> results) {
    return new GoType.Func(params, results);
  }

  public static void register(Packages.Registry r) {
    r.member("New", fn(List.of(Basic.STRING), List.of(GoType.ERROR)), (c, a) -> ErrorValue.of((String) a[0]));
    r.member("Unwrap", fn(List.of(GoType.ERROR), List.of(GoType.ERROR)), (c, a) -> unwrap(a[0]));
    r.member("Is", fn(List.of(GoType.ERROR, GoType.ERROR), List.of(Basic.BOOL)), (c, a) -> is(a[0], a[1]));
  }

  /** {@code fmt.Errorf}: the message as Sprintf makes it; with one {@code %w} verb, a wrapping error. */
  public static void registerFmt(Packages.Registry r) {
    r.member("Errorf", fn(List.of(Basic.STRING), List.of(GoType.ERROR)), (c, a) -> {
      String format = (String) a[0];
      List<Object> args = new ArrayList<>(Arrays.asList(a).subList(1, a.length));
      // fmt/errors.go: %w is formatted as %v; the operand of the one %w (an error) is wrapped
      int wrapArg = wrapOperand(format);
      String message = GoFormat.sprintf(format.replace("%w", "%v"), args);
      if (wrapArg >= 0 && wrapArg < args.size() && args.get(wrapArg) instanceof GoError wrapped) {
        return new ErrorValue(message, "*fmt.wrapError", wrapped);
      }
      if (wrapArg >= 0) {
        // %w with a non-error operand: Sprintf's bad-verb text for %w (fmt's handleMethods)
        message = GoFormat.sprintf(format, args);
      }
      return new ErrorValue(message, "*errors.errorString", null);
    });
  }

  /**
   * The index of the operand of the only {@code %w} verb of {@code format}, or -1 when there is
   * none or more than one (go1.19 wraps only with exactly one). Verbs with {@code *} widths take
   * operands too, as fmt counts them.
   */
  static int wrapOperand(String format) {
    int arg = 0;
    int found = -1;
    int count = 0;
    for (int i = 0; i < format.length(); i++) {
      if (format.charAt(i) != '%') {
        continue;
      }
      i++;
      while (i < format.length() && "+-# 0123456789.*".indexOf(format.charAt(i)) >= 0) {
        if (format.charAt(i) == '*') {
          arg++;
        }
        i++;
      }
      if (i >= format.length()) {
        break;
      }
      char verb = format.charAt(i);
      if (verb == '%') {
        continue;
      }
      if (verb == 'w') {
        found = arg;
        count++;
      }
      arg++;
    }
    return count == 1 ? found : -1;
  }

  /** {@code errors.Unwrap}: the error the argument wraps, or nil. */
  static Object unwrap(Object err) {
    return err instanceof GoError e ? e.unwrap() : null;
  }

  /** {@code errors.Is}: whether {@code err} or an error it wraps is {@code target} (errors are pointers: identity). */
  static boolean is(Object err, Object target) {
    if (err == null || target == null) {
      return err == target;
    }
    for (Object e = err; e != null; e = unwrap(e)) {
      if (e == target) {
        return true;
      }
    }
    return false;
  }
}
