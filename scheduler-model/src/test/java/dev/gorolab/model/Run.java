package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Runs a program to its end, checking every invariant after every action. */
final class Run {
  final GoRuntime rt;
  final List<Event> events = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();

  private Run(RuntimeConfig config, Script main, long maxActions) {
    this(config, fixedTiming(config.seed()), main, maxActions);
  }

  private Run(RuntimeConfig config, Chooser chooser, Script main, long maxActions) {
    rt = new GoRuntime(config, chooser, e -> {
      events.add(e);
      if (e instanceof Event.Output o) {
        out.append(o.text());
      }
    });
    rt.start(main);
    rt.checkInvariants();
    long n = 0;
    while (rt.advance()) {
      rt.checkInvariants();
      if (++n > maxActions) {
        fail("no end after " + maxActions + " actions at t=" + rt.now());
      }
    }
  }

  static Run of(RuntimeConfig config, Script main) {
    return new Run(config, main, 2_000_000);
  }

  /** With the durations of parallel runs drawn from {@code seed} (ParallelTiming), as an ordinary run does. */
  static Run timed(RuntimeConfig config, long seed, Script main) {
    return new Run(config, new SeededChooser(seed), main, 2_000_000);
  }

  /** GOMAXPROCS=1, go1.19's initial tick 4, without the finalizer goroutine (no fmt/os import). */
  /**
   * The seeded chooser without drawn durations (ChoicePoint.TIMING): the rule tests of stealing
   * and waking check mechanisms at the typical timing; ParallelTimingTest checks the drawn ones.
   */
  static Chooser fixedTiming(long seed) {
    SeededChooser seeded = new SeededChooser(seed);
    return new Chooser() {
      @Override
      public int choose(ChoicePoint kind, int bound) {
        return seeded.choose(kind, bound);
      }

      @Override
      public boolean offers(ChoicePoint kind) {
        return kind != ChoicePoint.TIMING && kind.random;
      }
    };
  }

  static RuntimeConfig plain(int procs) {
    return RuntimeConfig.defaults(procs, 1).withFinalizerGoroutine(false);
  }

  static RuntimeConfig withFmt(int procs) {
    return RuntimeConfig.defaults(procs, 1);
  }

  String stdout() {
    return out.toString();
  }

  <T extends Event> List<T> all(Class<T> type) {
    List<T> r = new ArrayList<>();
    for (Event e : events) {
      if (type.isInstance(e)) {
        r.add(type.cast(e));
      }
    }
    return r;
  }

  /** Virtual time of the first output equal to {@code text}. */
  long timeOf(String text) {
    for (Event e : events) {
      if (e instanceof Event.Output o && o.text().equals(text)) {
        return o.time();
      }
    }
    fail("no output " + text);
    return -1;
  }
}
