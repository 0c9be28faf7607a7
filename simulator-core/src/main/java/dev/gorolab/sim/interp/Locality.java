package dev.gorolab.sim.interp;

/**
 * Which instructions touch only their goroutine's own variables, for the explorer's reduction
 * ({@link dev.gorolab.model.GoroutineBody#lastStepLocal()}).
 *
 * <p>An allow list, so that it stays sound as the language grows: an instruction is local only if
 * its kind is listed here and every expression and target in it is; anything else (a package
 * variable, a captured variable, a slice element, a library or runtime call, a kind this class
 * has not heard of) makes it shared.
 */
final class Locality {
  private Locality() {}

  static boolean of(Instr in) {
    if (in instanceof Instr.Jump) {
      return true;
    }
    if (in instanceof Instr.Branch b) {
      return local(b.cond);
    }
    if (in instanceof Instr.Assign a) {
      for (Target t : a.targets) {
        if (!local(t)) {
          return false;
        }
      }
      for (Ev v : a.values) {
        if (!local(v)) {
          return false;
        }
      }
      return true;
    }
    if (in instanceof Instr.Eval e) {
      return local(e.expr);
    }
    if (in instanceof Instr.Call c) {
      // a new frame is the goroutine's own; where the results go is the return's business
      return local(c.fn) && allLocal(c.args);
    }
    return false;
  }

  /**
   * Whether executing the return {@code r} in {@code f} now is local: its values are, no deferred
   * call runs, and the results go to the caller's own variables (a goroutine's last return exits
   * it, which the runtime sees).
   */
  static boolean returnIsLocal(Instr.Return r, Frame f) {
    if (!allLocal(r.values) || f.caller == null || f.unwinding || (f.defers != null && !f.defers.isEmpty())) {
      return false;
    }
    if (f.resultTargets != null) {
      for (Target t : f.resultTargets) {
        if (!local(t)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allLocal(Ev[] evs) {
    for (Ev e : evs) {
      if (!local(e)) {
        return false;
      }
    }
    return true;
  }

  static boolean local(Target t) {
    if (t instanceof Target.Declare d) {
      return !d.v.captured;
    }
    if (t instanceof Target.Local l) {
      return !l.v.captured;
    }
    return t instanceof Target.Blank;
  }

  static boolean local(Ev e) {
    if (e instanceof Ev.Const) {
      return true;
    }
    if (e instanceof Ev.Local l) {
      return !l.v.captured;
    }
    if (e instanceof Ev.Unary u) {
      return local(u.x);
    }
    if (e instanceof Ev.Binary b) {
      return local(b.l) && local(b.r);
    }
    if (e instanceof Ev.AndAnd a) {
      return local(a.l) && local(a.r);
    }
    return false;
  }
}
