package dev.gorolab.sim.trace;

import dev.gorolab.model.Event;

/** Follows a recording in progress; called on the recording thread, so keep it cheap. */
public interface RecordingListener {

  /** Reports progress every few thousand events. */
  void progress(long events, long virtualNanos);

  /** Polled while recording; returning true stops it with {@link RecordingCancelledException}. */
  boolean cancelled();

  /**
   * Each event as it is recorded, in step order, on the recording thread: for what is built
   * alongside the trace (the app's timeline), so a long run needs no second pass. Does nothing
   * unless overridden.
   */
  default void event(Event e) {}

  /** A listener that ignores progress and never cancels. */
  RecordingListener NONE =
      new RecordingListener() {
        @Override
        public void progress(long events, long virtualNanos) {}

        @Override
        public boolean cancelled() {
          return false;
        }
      };
}
