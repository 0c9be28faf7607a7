package dev.gorolab.model;

import dev.gorolab.model.Event.Place;
import dev.gorolab.model.Event.RecvMode;
import dev.gorolab.model.Event.SendMode;
import dev.gorolab.model.Event.Source;
import java.util.function.Consumer;

/**
 * Where the runtime sends its events. The five kinds every channel operation emits, most of a
 * run's events, each have a method taking the record's components: a recording packs them into
 * its log as they come, with no record made for the collector to clear away ten million times.
 * Each of those methods does by default what {@link #accept} does with the record, so a sink
 * that wants records only implements {@code accept}.
 */
public interface EventSink extends Consumer<Event> {

  /** As {@link Event.GoroutineStarted}. */
  default void goroutineStarted(long time, int g, int p, int m, Source source, boolean newSlice, int schedtick) {
    accept(new Event.GoroutineStarted(time, g, p, m, source, newSlice, schedtick));
  }

  /** As {@link Event.GoroutineReadied}. */
  default void goroutineReadied(long time, int g, int waker, int p, Place place, int displaced, String because) {
    accept(new Event.GoroutineReadied(time, g, waker, p, place, displaced, because));
  }

  /** As {@link Event.GoroutineBlocked}. */
  default void goroutineBlocked(long time, int g, int p, String waitReason, int ch, String object) {
    accept(new Event.GoroutineBlocked(time, g, p, waitReason, ch, object));
  }

  /** As {@link Event.ValueSent}. */
  default void valueSent(long time, int g, int ch, Object value, SendMode mode, int receiver, int slot) {
    accept(new Event.ValueSent(time, g, ch, value, mode, receiver, slot));
  }

  /** As {@link Event.ValueReceived}. */
  default void valueReceived(
      long time, int g, int ch, Object value, boolean ok, RecvMode mode, int sender, int slot) {
    accept(new Event.ValueReceived(time, g, ch, value, ok, mode, sender, slot));
  }

  /** {@code events} as a sink: itself when it is one, else one that makes every record for it. */
  static EventSink of(Consumer<Event> events) {
    return events instanceof EventSink sink ? sink : new Records(events);
  }

  /** Hands every event, as a record, to a consumer of records. */
  final class Records implements EventSink {
    private final Consumer<Event> to;

    Records(Consumer<Event> to) {
      this.to = to;
    }

    @Override
    public void accept(Event e) {
      to.accept(e);
    }
  }
}
