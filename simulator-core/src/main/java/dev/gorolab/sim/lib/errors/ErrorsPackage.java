package dev.gorolab.sim.lib.errors;

import dev.gorolab.sim.lib.Caller;
import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoPointer;
import dev.gorolab.sim.program.Lookup;
import dev.gorolab.sim.program.GoError;
import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Package {@code errors} (go1.19 errors/errors.go, errors/wrap.go) and {@code fmt.Errorf}
 * (fmt/errors.go): New, Is, As and Unwrap over the library's errors and the program's error
 * types (their {@code Unwrap}, {@code Is} and {@code As} methods called as Go's wrap.go does), and
 * Errorf's {@code %w}.
 */
public final class ErrorsPackage {
  private ErrorsPackage() {}

  private static GoType.Func fn(List<GoType> params, List<GoType> results) {
    return new GoType.Func(params, results);
  }

  public static void register(Packages.Registry r) {
    r.member("New", fn(List.of(Basic.STRING), List.of(GoType.ERROR)), (c, a) -> ErrorValue.of((String) a[0]));
    r.member("Unwrap", fn(List.of(GoType.ERROR), List.of(GoType.ERROR)), (c, a) -> unwrap(c, a[0]));
    r.member("Is", fn(List.of(GoType.ERROR, GoType.ERROR), List.of(Basic.BOOL)), (c, a) -> is(c, a[0], a[1]));
    r.member("As", fn(List.of(GoType.ERROR, GoType.EMPTY_INTERFACE), List.of(Basic.BOOL)), (c, a) -> as(c, a[0], a[1]));
  }

  /** {@code fmt.Errorf}: the message as Sprintf makes it; with one {@code %w} verb, a wrapping error. */
  public static void registerFmt(Packages.Registry r) {
    r.member("Errorf", fn(List.of(Basic.STRING), List.of(GoType.ERROR)), (c, a) -> {
      String format = (String) a[0];
      List<Object> args = new ArrayList<>(Arrays.asList(a).subList(1, a.length));
      // fmt/errors.go: %w is formatted as %v; the operand of the one %w (an error) is wrapped
      int wrapArg = wrapOperand(format);
      String message = GoFormat.sprintf(format.replace("%w", "%v"), args, c.fmtMethods());
      if (wrapArg >= 0 && wrapArg < args.size() && isError(c, args.get(wrapArg))) {
        return new ErrorValue(message, "*fmt.wrapError", args.get(wrapArg));
      }
      if (wrapArg >= 0) {
        // %w with a non-error operand: Sprintf's bad-verb text for %w (fmt's handleMethods)
        message = GoFormat.sprintf(format, args, c.fmtMethods());
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

  /** Whether {@code v} is a non-nil error: a library error or a value whose method set has Error. */
  private static boolean isError(Caller c, Object v) {
    return v instanceof GoError || (v != null && c.holds(v, GoType.ERROR));
  }

  /** Calls {@code err}'s method {@code name} with {@code args} when its method set has it; else null. */
  private static Object[] callMethod(Caller c, Object err, String name, Object... args) {
    Object m = err instanceof GoError ? null : c.method(err, name);
    return m == null ? null : c.call(m, args);
  }

  /**
   * {@code errors.Unwrap}: the error the argument wraps, or nil (wrap.go: the argument's
   * {@code Unwrap() error} method).
   */
  static Object unwrap(Caller c, Object err) {
    if (err instanceof GoError e) {
      return e.unwrap();
    }
    Object[] r = callMethod(c, err, "Unwrap");
    return r == null ? null : r[0];
  }

  /**
   * {@code errors.Is} (wrap.go): whether {@code err} or an error in its chain equals {@code target}
   * ({@code ==} on interfaces: library errors are pointers, equal only to themselves) or says so
   * with an {@code Is(error) bool} method.
   */
  static boolean is(Caller c, Object err, Object target) {
    if (err == null || target == null) {
      return err == target;
    }
    for (Object e = err; e != null; e = unwrap(c, e)) {
      if (e == target || (!(e instanceof GoError) && e.equals(target))) {
        return true;
      }
      Object[] r = callMethod(c, e, "Is", target);
      if (r != null && Boolean.TRUE.equals(r[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code errors.As} (wrap.go): the first error in {@code err}'s chain assignable to the type
   * {@code target} points to is stored there; an error's {@code As(any) bool} method is asked too.
   * Go's panics for a bad target.
   */
  static boolean as(Caller c, Object err, Object target) {
    if (target == null) {
      throw new LibPanic("errors: target cannot be nil");
    }
    if (!(target instanceof GoPointer p)) {
      throw new LibPanic("errors: target must be a non-nil pointer");
    }
    GoType elem = p.type().elem();
    if (!(GoType.under(elem) instanceof GoType.Interface) && !Lookup.implementsInterface(elem, GoType.ERROR)) {
      throw new LibPanic("errors: *target must be interface or implement error");
    }
    for (Object e = err; e != null; e = unwrap(c, e)) {
      if (c.holds(e, elem)) {
        p.store(c.asType(e, elem));
        return true;
      }
      Object[] r = callMethod(c, e, "As", target);
      if (r != null && Boolean.TRUE.equals(r[0])) {
        return true;
      }
    }
    return false;
  }
}
