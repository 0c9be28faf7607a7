package dev.gorolab.sim.lib.context;

import dev.gorolab.model.Channel;
import dev.gorolab.sim.lib.Caller;
import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.NativeFunc;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.lib.errors.ErrorValue;
import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoError;
import dev.gorolab.sim.program.GoTime;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.List;

/**
 * Package {@code context} as go1.19 src/context/context.go runs it, with its runtime effects:
 * <ul>
 *   <li>Done is a channel made lazily by the first Done call ({@code make(chan struct{})}); cancel
 *       closes it, waking every goroutine blocked on it; cancelled before any Done call, the
 *       context hands out the package's closed channel {@code closedchan}.</li>
 *   <li>propagateCancel: a child of a context of this package is put into its parent's children
 *       and cancelled by the parent's cancel, with no goroutine (Go starts one only for a parent
 *       of a type of its own, which programs cannot define here yet). The children are cancelled
 *       in Go's map order (a random start, through the chooser).</li>
 *   <li>WithDeadline/WithTimeout arm {@code time.AfterFunc}: a runtime timer on the P's heap; when
 *       it fires, a new goroutine ({@code context.WithDeadline.func2}) cancels the context with
 *       DeadlineExceeded. cancel stops the timer.</li>
 * </ul>
 * The cancelCtx mutex is not modelled as a runtime mutex: Go holds it only around these steps.
 */
public final class ContextPackage {
  private ContextPackage() {}

  static final GoType CTX = Basic.CONTEXT;
  /** {@code struct{}}, the element type of Done's channel. */
  static final GoType EMPTY_STRUCT = new GoType.Struct(List.of());
  static final GoType.Chan DONE = new GoType.Chan(EMPTY_STRUCT, GoType.ChanDir.RECV_ONLY);
  static final GoType.Func CANCEL_FUNC = new GoType.Func(List.of(), List.of());

  /** {@code context.Canceled}. */
  static final ErrorValue CANCELED = ErrorValue.of("context canceled");
  /** {@code context.DeadlineExceeded}, a deadlineExceededError. */
  static final GoError DEADLINE_EXCEEDED = new GoError() {
    @Override
    public String error() {
      return "context deadline exceeded";
    }

    @Override
    public String goType() {
      return "context.deadlineExceededError";
    }

    @Override
    public String toString() {
      return error();
    }
  };

  /** The value a receive from a closed Done channel gives: {@code struct{}{}}. */
  static final Object EMPTY = new Object() {
    @Override
    public String toString() {
      return "{}";
    }
  };

  private static final Ctx BACKGROUND = new Ctx(Ctx.Kind.BACKGROUND, null, "context.Background");
  private static final Ctx TODO = new Ctx(Ctx.Kind.TODO, null, "context.TODO");

  private static GoType.Func fn(List<GoType> params, GoType... results) {
    return new GoType.Func(params, List.of(results));
  }

  public static void register(Packages.Registry r) {
    r.variable("Canceled", GoType.ERROR, CANCELED);
    r.variable("DeadlineExceeded", GoType.ERROR, DEADLINE_EXCEEDED);
    r.member("Background", fn(List.of(), CTX), (c, a) -> BACKGROUND);
    r.member("TODO", fn(List.of(), CTX), (c, a) -> TODO);
    r.member("WithCancel", fn(List.of(CTX), CTX, CANCEL_FUNC), (c, a) -> {
      Ctx ctx = withCancel(c, parent(a[0]));
      return new Object[] {ctx, cancelFunc(ctx, true, "context.WithCancel.func1")};
    });
    r.member("WithDeadline", fn(List.of(CTX, Basic.TIME), CTX, CANCEL_FUNC),
        (c, a) -> withDeadline(c, parent(a[0]), ((GoTime) a[1]).nanos()));
    r.member("WithTimeout", fn(List.of(CTX, Basic.DURATION), CTX, CANCEL_FUNC),
        (c, a) -> withDeadline(c, parent(a[0]), c.ops().now() + ((GoDuration) a[1]).nanos()));
    r.member("WithValue", fn(List.of(CTX, GoType.EMPTY_INTERFACE, GoType.EMPTY_INTERFACE), CTX), (c, a) -> {
      if (a[1] == null) {
        throw new LibPanic("nil key");
      }
      Ctx v = new Ctx(Ctx.Kind.VALUE, parent(a[0]), parent(a[0]).name);
      v.key = a[1];
      v.val = a[2];
      return v;
    });
    r.method(CTX, "Done", fn(List.of(), DONE), (c, a) -> done(c, ctx(a[0])));
    r.method(CTX, "Err", fn(List.of(), GoType.ERROR), (c, a) -> {
      Ctx cc = ctx(a[0]).cancelCtx();
      return cc == null ? null : cc.err;
    });
    r.method(CTX, "Value", fn(List.of(GoType.EMPTY_INTERFACE), GoType.EMPTY_INTERFACE), (c, a) -> {
      for (Ctx x = ctx(a[0]); x != null; x = x.parent) {
        if (x.kind == Ctx.Kind.VALUE && java.util.Objects.equals(x.key, a[1])) {
          return x.val;
        }
      }
      return null;
    });
    r.method(CTX, "Deadline", fn(List.of(), Basic.TIME, Basic.BOOL), (c, a) -> {
      for (Ctx x = ctx(a[0]); x != null; x = x.parent) {
        if (x.kind == Ctx.Kind.TIMER) {
          return new Object[] {new GoTime(x.deadlineNanos), true};
        }
      }
      return new Object[] {new GoTime(0), false};
    });
  }

  private static Ctx parent(Object v) {
    if (v == null) {
      throw new LibPanic("cannot create context from nil parent");
    }
    return (Ctx) v;
  }

  private static Ctx ctx(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return (Ctx) v;
  }

  private static String label(Caller c) {
    return c.label() != null ? c.label() : "ctx";
  }

  /** newCancelCtx + propagateCancel. */
  private static Ctx withCancel(Caller c, Ctx parent) {
    Ctx ctx = new Ctx(Ctx.Kind.CANCEL, parent, label(c));
    propagateCancel(c, parent, ctx);
    return ctx;
  }

  /**
   * propagateCancel: a parent that is never cancelled (Background) needs nothing; a cancelled one
   * cancels the child now; else the child joins the parent's children.
   */
  private static void propagateCancel(Caller c, Ctx parent, Ctx child) {
    Ctx p = parent.cancelCtx();
    if (p == null) {
      return; // parent.Done() == nil
    }
    done(c, parent); // propagateCancel calls parent.Done(), which makes the parent's channel
    if (p.err != null) {
      cancel(c, child, false, p.err);
    } else {
      p.children.add(child);
    }
  }

  /** WithDeadline: an earlier parent deadline makes it WithCancel; a past one cancels at once. */
  private static Object[] withDeadline(Caller c, Ctx parent, long deadlineNanos) {
    for (Ctx x = parent; x != null; x = x.parent) {
      if (x.kind == Ctx.Kind.TIMER && x.deadlineNanos < deadlineNanos) {
        Ctx ctx = withCancel(c, parent);
        return new Object[] {ctx, cancelFunc(ctx, true, "context.WithCancel.func1")};
      }
    }
    Ctx ctx = new Ctx(Ctx.Kind.TIMER, parent, label(c));
    ctx.deadlineNanos = deadlineNanos;
    propagateCancel(c, parent, ctx);
    long dur = deadlineNanos - c.ops().now();
    if (dur <= 0) {
      cancel(c, ctx, true, DEADLINE_EXCEEDED);
      return new Object[] {ctx, cancelFunc(ctx, false, "context.WithDeadline.func1")};
    }
    if (ctx.err == null) {
      NativeFunc fire = new NativeFunc() {
        @Override
        public Object[] call(Caller caller, Object[] args) {
          cancel(caller, ctx, true, DEADLINE_EXCEEDED);
          return new Object[0];
        }

        @Override
        public GoType.Func type() {
          return CANCEL_FUNC;
        }

        @Override
        public String goName() {
          return "context.WithDeadline.func2";
        }
      };
      ctx.timer = c.ops().afterFunc(ctx.name + " deadline", dur, () -> c.goroutine(fire));
    }
    return new Object[] {ctx, cancelFunc(ctx, true, "context.WithDeadline.func3")};
  }

  /** The CancelFunc: {@code func() { c.cancel(removeFromParent, Canceled) }}. */
  private static NativeFunc cancelFunc(Ctx ctx, boolean removeFromParent, String goName) {
    return new NativeFunc() {
      @Override
      public Object[] call(Caller caller, Object[] args) {
        cancel(caller, ctx, removeFromParent, CANCELED);
        return new Object[0];
      }

      @Override
      public GoType.Func type() {
        return CANCEL_FUNC;
      }

      @Override
      public String goName() {
        return goName;
      }

      @Override
      public String toString() {
        return "0x" + Integer.toHexString(0x4b0000 + (goName.hashCode() & 0xfff) * 0x20);
      }
    };
  }

  /** Done: the channel, made on first use; closedchan when cancelled before; nil for Background. */
  static ChanValue done(Caller c, Ctx ctx) {
    Ctx cc = ctx.cancelCtx();
    if (cc == null) {
      return null;
    }
    if (cc.done == null) {
      if (cc.err != null) {
        cc.done = closedChan(c);
      } else {
        Channel ch = c.ops().makeChannel(cc.name + ".Done()", "struct {}", 0, EMPTY);
        cc.done = new ChanValue(ch, DONE);
      }
    }
    return cc.done;
  }

  /** context.go's closedchan: a channel closed at init, shared by contexts cancelled before Done. */
  private static ChanValue closedChan(Caller c) {
    Channel ch = c.ops().makeChannel("context.closedchan", "struct {}", 0, EMPTY);
    c.ops().close(ch);
    return new ChanValue(ch, DONE);
  }

  /**
   * cancelCtx.cancel, or timerCtx.cancel: the cancelCtx part (removeFromParent false), then leaving
   * the parent's children, then stopping the timer, even when the context was cancelled before.
   */
  static void cancel(Caller c, Ctx ctx, boolean removeFromParent, GoError err) {
    if (ctx.kind != Ctx.Kind.TIMER) {
      cancelCtx(c, ctx, removeFromParent, err);
      return;
    }
    cancelCtx(c, ctx, false, err);
    if (removeFromParent) {
      removeChild(c, ctx);
    }
    if (ctx.timer != null) {
      c.ops().stopTimer(ctx.timer);
      ctx.timer = null;
    }
  }

  /**
   * cancelCtx.cancel: the first cancel sets err, closes Done (or stores closedchan), cancels the
   * children in map order, and leaves the parent's children.
   */
  private static void cancelCtx(Caller c, Ctx ctx, boolean removeFromParent, GoError err) {
    if (ctx.err != null) {
      return; // already canceled
    }
    ctx.err = err;
    if (ctx.done == null) {
      ctx.done = closedChan(c);
    } else {
      c.ops().close(ctx.done.channel());
    }
    List<Ctx> kids = ctx.children;
    ctx.children = new java.util.ArrayList<>();
    int n = kids.size();
    // for child := range c.children: a map, so Go starts at a random entry (mapiterinit)
    int start = n > 1 ? c.ops().mapIterationStart(n) : 0;
    for (int i = 0; i < n; i++) {
      cancel(c, kids.get((start + i) % n), false, err);
    }
    if (removeFromParent) {
      removeChild(c, ctx);
    }
  }

  /** removeChild: parentCancelCtx (which calls the parent's Done) and out of its children. */
  private static void removeChild(Caller c, Ctx child) {
    Ctx p = child.parent.cancelCtx();
    if (p == null) {
      return;
    }
    done(c, child.parent);
    p.children.remove(child);
  }
}
