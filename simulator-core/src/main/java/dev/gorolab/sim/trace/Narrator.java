package dev.gorolab.sim.trace;

import dev.gorolab.model.Event;
import dev.gorolab.sim.program.GoDuration;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns each event into one sentence for the audience, in English or Simplified Chinese, naming
 * the rule that made it so. Sentences live in {@code narration*.properties}; this class only
 * picks the key and the arguments. Goroutines are named as the UI names them: {@code G6 makeCake}.
 */
public final class Narrator {
  private static final String BUNDLE = "dev.gorolab.sim.trace.narration";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ArrayList<String> goroutineNames = new ArrayList<>();
  private final ArrayList<String> channelNames = new ArrayList<>();

  /** Remembers the names events introduce (goroutine functions, channel names). Recording thread only. */
  void learn(Event event) {
    if (event instanceof Event.GoroutineCreated c) {
      setAt(goroutineNames, c.g(), label(c.g(), c.function()));
    } else if (event instanceof Event.ChannelMade m) {
      setAt(channelNames, m.ch(), m.name());
    }
  }

  /** The goroutine's display name, e.g. {@code G6 makeCakeAndSend}; {@code function} is Go's qualified name. */
  public static String label(int g, String function) {
    String shortName = function.startsWith("main.") ? function.substring(5) : function;
    return "G" + g + " " + shortName;
  }

  private static void setAt(ArrayList<String> names, int id, String name) {
    if (id < 0) {
      return;
    }
    while (names.size() <= id) {
      names.add(null);
    }
    names.set(id, name);
  }

  private String g(int id) {
    if (id >= 0 && id < goroutineNames.size() && goroutineNames.get(id) != null) {
      return goroutineNames.get(id);
    }
    return id == 1 ? "G1 main" : "G" + id;
  }

  private String ch(int id) {
    if (id >= 0 && id < channelNames.size() && channelNames.get(id) != null) {
      return channelNames.get(id);
    }
    return "channel #" + id;
  }

  private String gs(List<Integer> ids) {
    StringBuilder out = new StringBuilder();
    for (int id : ids) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(g(id));
    }
    return out.toString();
  }

  /** The sentence for {@code event} in {@code locale} (Chinese for any {@code zh} locale, else English). */
  public String explain(Event event, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE_FALLBACK);
    Sentence s = sentence(event);
    return new MessageFormat(bundle.getString(s.key), locale).format(s.args);
  }

  private record Sentence(String key, Object[] args) {}

  private static Sentence of(String key, Object... args) {
    // Numbers are pre-rendered so MessageFormat does not group digits (G1,234).
    Object[] rendered = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      rendered[i] = String.valueOf(args[i]);
    }
    return new Sentence(key, rendered);
  }

  private Sentence sentence(Event event) {
    if (event instanceof Event.GoroutineCreated e) {
      if (e.system()) {
        return of("created.system", g(e.parent()), g(e.g()));
      }
      if (e.parent() < 0) {
        // main (always goroutine 1) is created by the runtime; any other by an AfterFunc timer
        return of(e.g() == 1 ? "created.main" : "created.timer", g(e.parent()), g(e.g()), e.p());
      }
      return e.displaced() >= 0
          ? of("created.displaced", g(e.parent()), g(e.g()), e.p(), g(e.displaced()))
          : of("created", g(e.parent()), g(e.g()), e.p());
    }
    if (event instanceof Event.LocalQueueOverflow e) {
      return of("overflow", e.p(), e.moved().size());
    }
    if (event instanceof Event.GoroutineStarted e) {
      return of("started." + e.source().name(), g(e.g()), e.p(), e.m());
    }
    if (event instanceof Event.GlobalQueueBatch e) {
      // A batch of one leaves nothing to append: say so instead of appending "-".
      return e.toLocal().isEmpty() ? of("batch.one", e.p()) : of("batch", e.p(), e.taken(), gs(e.toLocal()));
    }
    if (event instanceof Event.Stolen e) {
      return of(e.fromRunnext() ? "stolen.runnext" : "stolen", e.thief(), e.victim(), gs(e.stolen()), e.round());
    }
    if (event instanceof Event.GoroutineReadied e) {
      if (e.place() == Event.Place.RUNNEXT) {
        String key = e.waker() >= 0 ? "readied.runnext" : "readied.timer";
        if (e.displaced() >= 0) {
          key += ".displaced";
        }
        return of(key, g(e.g()), g(e.waker()), e.p(), g(e.displaced()));
      }
      return of("readied." + e.place().name(), g(e.g()), g(e.waker()), e.p());
    }
    if (event instanceof Event.GoroutineBlocked e) {
      String what = e.object().isEmpty() ? "" : e.object();
      return what.isEmpty()
          ? of("blocked.plain", g(e.g()), e.waitReason())
          : of("blocked", g(e.g()), e.waitReason(), what);
    }
    if (event instanceof Event.GoroutineYielded e) {
      return of("yielded", g(e.g()), e.p());
    }
    if (event instanceof Event.GoroutineYieldedToLocalQueue e) {
      return of("yielded.local", g(e.g()), e.p());
    }
    if (event instanceof Event.GoroutinePreempted e) {
      return of("preempted", g(e.g()), GoDuration.format(e.ranNanos()));
    }
    if (event instanceof Event.GoroutineExited e) {
      return of("exited", g(e.g()));
    }
    if (event instanceof Event.MachineStarted e) {
      String key = (e.created() ? "machine.created" : "machine.woken") + (e.spinning() ? ".spinning" : "");
      return of(key, e.m(), e.p());
    }
    if (event instanceof Event.MachineParked e) {
      return of("machine.parked", e.m());
    }
    if (event instanceof Event.MachineNetpollBlocked e) {
      return of("machine.netpoll", e.m(), GoDuration.format(e.wakeAt()));
    }
    if (event instanceof Event.ProcessorIdle e) {
      return of("processor.idle", e.p());
    }
    if (event instanceof Event.ProcessorsResized e) {
      return of("resized", e.from(), e.to());
    }
    if (event instanceof Event.SleepStarted e) {
      return of("sleep", g(e.g()), GoDuration.format(e.wakeAt()), e.p());
    }
    if (event instanceof Event.TimerFired e) {
      return of("timer.fired", g(e.g()), e.p());
    }
    if (event instanceof Event.TimerStarted e) {
      return of(e.kind() == Event.TimerKind.TICKER ? "timer.started.ticker" : "timer.started", g(e.g()), e.name(),
          e.p(), GoDuration.format(e.when()), GoDuration.format(e.period()));
    }
    if (event instanceof Event.TimerStopped e) {
      return of(e.wasActive() ? "timer.stopped" : "timer.stopped.inactive", g(e.g()), e.name());
    }
    if (event instanceof Event.TimerReset e) {
      return of("timer.reset", g(e.g()), e.name(), GoDuration.format(e.when()), e.wasActive(), e.p());
    }
    if (event instanceof Event.TimerExpired e) {
      return of("timer.expired." + e.delivery().name(), e.p(), e.name(), g(e.g()), ch(e.ch()));
    }
    if (event instanceof Event.SyscallEntered e) {
      return of("syscall.entered", g(e.g()), GoDuration.format(e.nanos()), e.m(), e.p());
    }
    if (event instanceof Event.SyscallHandoff e) {
      return of(e.toM() >= 0 ? "syscall.handoff" : "syscall.handoff.idle", e.p(), e.fromM(), e.toM());
    }
    if (event instanceof Event.SyscallExited e) {
      return of("syscall.exit." + e.how().name(), g(e.g()), e.p(), e.m());
    }
    if (event instanceof Event.ChannelMade e) {
      return of("channel.made", g(e.g()), e.name(), e.elemType(), e.capacity());
    }
    if (event instanceof Event.ValueSent e) {
      return of("sent." + e.mode().name(), g(e.g()), Values.quote(e.value()), g(e.receiver()), ch(e.ch()), e.slot());
    }
    if (event instanceof Event.ValueReceived e) {
      return of("received." + e.mode().name(), g(e.g()), Values.quote(e.value()), g(e.sender()), ch(e.ch()), e.slot());
    }
    if (event instanceof Event.ChannelClosed e) {
      return of("closed", g(e.g()), ch(e.ch()), e.wokenReceivers().size(), e.wokenSenders().size());
    }
    if (event instanceof Event.SelectPolled e) {
      if (e.chosen() == -2) {
        return of("select.parked", g(e.g()));
      }
      // One case and a default: compiled as a non-blocking channel operation, no poll order (R8.1).
      boolean single = e.hasDefault() && e.pollOrder().size() == 1;
      if (e.chosen() < 0) {
        return of(single ? "select.single.default" : "select.default", g(e.g()));
      }
      return single ? of("select.single.chose", g(e.g())) : of("select.chose", g(e.g()), e.pollOrder(), e.chosen());
    }
    if (event instanceof Event.WaitGroupAdded e) {
      return e.released().isEmpty()
          ? of("waitgroup.added", g(e.g()), e.name(), e.delta(), e.counter())
          : of("waitgroup.released", g(e.g()), e.name(), e.delta(), e.released().size());
    }
    if (event instanceof Event.MutexLocked e) {
      return of(e.handoff() ? "mutex.locked.handoff" : "mutex.locked", g(e.g()), e.name());
    }
    if (event instanceof Event.MutexUnlocked e) {
      String key = e.woken() < 0 ? "mutex.unlocked" : e.starving() ? "mutex.unlocked.starving" : "mutex.unlocked.woken";
      return of(key, g(e.g()), e.name(), g(e.woken()));
    }
    if (event instanceof Event.MutexStarving e) {
      return of("mutex.starving", g(e.g()), e.name());
    }
    if (event instanceof Event.MutexSpinning e) {
      return of("mutex.spinning", g(e.g()), e.name(), e.iteration());
    }
    if (event instanceof Event.RWMutexChanged e) {
      String key = "rwmutex." + e.op().name();
      if (e.op() == Event.RWMutexOp.RLOCK && e.writer()) {
        key += ".blocked";
      } else if (e.op() == Event.RWMutexOp.RUNLOCK && !e.woken().isEmpty()) {
        key += ".woken";
      }
      return of(key, g(e.g()), e.name(), e.readers(), gs(e.woken()), e.woken().size());
    }
    if (event instanceof Event.CondNotified e) {
      String key = e.broadcast() ? "cond.broadcast" : e.woken().isEmpty() ? "cond.signal.none" : "cond.signal";
      return of(key, g(e.g()), e.name(), gs(e.woken()), e.woken().size());
    }
    if (event instanceof Event.Output e) {
      return of("output", g(e.g()), Values.quote(e.text().endsWith("\n") ? e.text().substring(0, e.text().length() - 1) : e.text()));
    }
    if (event instanceof Event.Panicked e) {
      return of("panicked", g(e.g()), e.message());
    }
    if (event instanceof Event.Deadlocked) {
      return of("deadlocked");
    }
    if (event instanceof Event.ProgramEnded e) {
      return of("ended." + e.reason().name(), e.exitCode());
    }
    // Every event kind has its sentence above; NarratorTest fails for a new kind without one.
    throw new IllegalArgumentException("no sentence for " + event.getClass().getSimpleName());
  }
}
