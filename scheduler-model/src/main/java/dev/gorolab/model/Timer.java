package dev.gorolab.model;

import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A runtime timer (runtime/time.go's {@code timer}): in one P's heap while it waits, ordered by
 * {@code when}, then by insertion. A sleeping goroutine's timer readies it (R9.1, R9.3); the
 * {@code time} package's timers send the time on a channel or start a goroutine when they fire.
 *
 * <p>Go's transient statuses (running, removing, moving, modifying) exist only while the timers
 * lock is held, and so are not modelled. A modified timer is moved to its new place at once where
 * Go marks it modified-earlier/later and moves it when it reaches the heap's top or in
 * adjusttimers: both fire it at the same virtual time.
 */
final class Timer implements Comparable<Timer> {
  // What t.f is.
  /** time.Sleep: goroutineReady readies the sleeper (R9.3). */
  static final byte GOROUTINE_READY = 0;
  /** NewTimer, After, NewTicker, Tick: sendTime, a non-blocking send of the time. */
  static final byte SEND_TIME = 1;
  /** AfterFunc: goFunc, {@code go f()}. */
  static final byte GO_FUNC = 2;

  // t.status.
  /** timerNoStatus: never started, or fired and not periodic. */
  static final byte NO_STATUS = 0;
  /** timerWaiting: in a P's heap, due to fire. */
  static final byte WAITING = 1;
  /** timerDeleted: stopped, still in the heap until a scheduler pass removes it. */
  static final byte DELETED = 2;
  /** timerRemoved: stopped and taken out of the heap. */
  static final byte REMOVED = 3;

  final int id;
  final String name;
  final byte f;
  final Event.TimerKind kind;
  long when;
  long period;
  long seq;
  byte status = NO_STATUS;
  /** The P whose heap holds it (t.pp). */
  P pp;

  /** GOROUTINE_READY: the sleeper. */
  final G g;
  /** SEND_TIME: the channel and the value sent (the time at firing). */
  final Hchan c;
  final LongFunction<Object> timeValue;
  /** GO_FUNC: a fresh body of the goroutine to start, each time the timer fires. */
  final Supplier<GoroutineBody> goFunc;
  /** Why a goroutine this timer wakes woke, spelled once per timer. */
  final String fireWake;

  private Timer(int id, String name, byte f, Event.TimerKind kind, G g, Hchan c, LongFunction<Object> timeValue,
      Supplier<GoroutineBody> goFunc) {
    this.id = id;
    this.name = name;
    this.f = f;
    this.kind = kind;
    this.g = g;
    this.c = c;
    this.timeValue = timeValue;
    this.goFunc = goFunc;
    this.fireWake = "timer " + name;
  }

  /** A goroutine's sleep timer (R9.1). */
  static Timer sleep(G g, long when) {
    Timer t = new Timer(-1, "sleep", GOROUTINE_READY, null, g, null, null, null);
    t.when = when;
    return t;
  }

  /** A {@code time} package timer that sends the time on {@code c}. */
  static Timer sendTime(int id, String name, Event.TimerKind kind, Hchan c, LongFunction<Object> timeValue) {
    return new Timer(id, name, SEND_TIME, kind, null, c, timeValue, null);
  }

  /** A {@code time.AfterFunc} timer. */
  static Timer goFunc(int id, String name, Supplier<GoroutineBody> body) {
    return new Timer(id, name, GO_FUNC, Event.TimerKind.AFTER_FUNC, null, null, null, body);
  }

  boolean isSleep() {
    return f == GOROUTINE_READY;
  }

  @Override
  public int compareTo(Timer o) {
    int c = Long.compare(when, o.when);
    return c != 0 ? c : Long.compare(seq, o.seq);
  }
}
