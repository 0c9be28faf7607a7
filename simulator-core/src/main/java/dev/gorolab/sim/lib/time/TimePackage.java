package dev.gorolab.sim.lib.time;

import dev.gorolab.model.Channel;
import dev.gorolab.model.GoOps;
import dev.gorolab.sim.lib.Caller;
import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoTime;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.List;

/**
 * Package {@code time} (go1.19 time/sleep.go, time/tick.go): timers and tickers are runtime
 * timers on the calling P's heap (runtime/time.go addtimer), with no helper goroutine. A timer's
 * channel has a buffer of one and {@code sendTime} never blocks, so a tick nobody receives is
 * dropped; {@code AfterFunc} starts its function in a new goroutine when the timer fires.
 * ({@code Sleep}, {@code Now}, {@code Since} and {@code Duration}'s methods are older and live in
 * the interpreter.)
 */
public final class TimePackage {
  private TimePackage() {}

  /** {@code <-chan time.Time}, the type of {@code Timer.C} and of {@code time.After}'s result. */
  public static final GoType.Chan TIME_CHAN = new GoType.Chan(Basic.TIME, GoType.ChanDir.RECV_ONLY);
  static final GoType.Pointer TIMER = new GoType.Pointer(Basic.TIMER);
  static final GoType.Pointer TICKER = new GoType.Pointer(Basic.TICKER);
  private static final GoType.Func FUNC = new GoType.Func(List.of(), List.of());

  private static GoType.Func fn(List<GoType> params, List<GoType> results) {
    return new GoType.Func(params, results);
  }

  /** Registers the package's members, methods and fields. */
  public static void register(Packages.Registry r) {
    List<GoType> duration = List.of(Basic.DURATION);
    r.member("After", fn(duration, List.of(TIME_CHAN)), (c, a) -> newTimer(c, nanos(a[0]), 0, "time.After").c());
    r.member("Tick", fn(duration, List.of(TIME_CHAN)), (c, a) -> {
      long d = nanos(a[0]);
      return d <= 0 ? null : newTimer(c, d, d, "time.Tick").c(); // Tick returns nil for d <= 0
    });
    r.member("NewTimer", fn(duration, List.of(TIMER)), (c, a) -> newTimer(c, nanos(a[0]), 0, name(c, "timer")));
    r.member("NewTicker", fn(duration, List.of(TICKER)), (c, a) -> {
      long d = nanos(a[0]);
      if (d <= 0) {
        throw new LibPanic("non-positive interval for NewTicker");
      }
      return newTimer(c, d, d, name(c, "ticker"));
    });
    r.member("AfterFunc", fn(List.of(Basic.DURATION, FUNC), List.of(TIMER)), (c, a) -> {
      Object f = a[1];
      // goFunc: each firing runs `go f()` from the timer.
      return new TimerValue(c.ops().afterFunc(name(c, "AfterFunc"), nanos(a[0]), () -> c.goroutine(f)), null);
    });
    r.method(Basic.TIMER, "Stop", fn(List.of(), List.of(Basic.BOOL)), (c, a) -> c.ops().stopTimer(timer(a[0]).timer()));
    r.method(Basic.TIMER, "Reset", fn(duration, List.of(Basic.BOOL)),
        (c, a) -> c.ops().resetTimer(timer(a[0]).timer(), nanos(a[1]), 0));
    r.method(Basic.TICKER, "Stop", fn(List.of(), List.of()), (c, a) -> {
      c.ops().stopTimer(timer(a[0]).timer());
      return null;
    });
    r.method(Basic.TICKER, "Reset", fn(duration, List.of()), (c, a) -> {
      long d = nanos(a[1]);
      if (d <= 0) {
        throw new LibPanic("non-positive interval for Ticker.Reset");
      }
      c.ops().resetTimer(timer(a[0]).timer(), d, d);
      return null;
    });
    r.method(Basic.TIME, "Add", fn(duration, List.of(Basic.TIME)),
        (c, a) -> new GoTime(((GoTime) a[0]).nanos() + nanos(a[1])));
    r.method(Basic.TIME, "Before", fn(List.of(Basic.TIME), List.of(Basic.BOOL)),
        (c, a) -> ((GoTime) a[0]).nanos() < ((GoTime) a[1]).nanos());
    r.method(Basic.TIME, "After", fn(List.of(Basic.TIME), List.of(Basic.BOOL)),
        (c, a) -> ((GoTime) a[0]).nanos() > ((GoTime) a[1]).nanos());
    r.method(Basic.TIME, "Equal", fn(List.of(Basic.TIME), List.of(Basic.BOOL)),
        (c, a) -> ((GoTime) a[0]).nanos() == ((GoTime) a[1]).nanos());
    r.field(Basic.TIMER, "C", TIME_CHAN, (c, a) -> timer(a[0]).c());
    r.field(Basic.TICKER, "C", TIME_CHAN, (c, a) -> timer(a[0]).c());
  }

  /** NewTimer/NewTicker: {@code make(chan Time, 1)} and a runtime timer sending the time on it. */
  private static TimerValue newTimer(Caller c, long nanos, long period, String name) {
    GoOps ops = c.ops();
    String chanName = name.startsWith("time.") ? name : name + ".C";
    Channel ch = ops.makeChannel(chanName, "time.Time", 1, new GoTime(0));
    return new TimerValue(ops.startTimer(name, nanos, period, ch, GoTime::new), new ChanValue(ch, TIME_CHAN));
  }

  private static String name(Caller c, String otherwise) {
    return c.label() != null ? c.label() : otherwise;
  }

  private static TimerValue timer(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return (TimerValue) v;
  }

  private static long nanos(Object v) {
    return v instanceof GoDuration d ? d.nanos() : ((Number) v).longValue();
  }
}
