package dev.gorolab.sim.trace;

/** Follows a recording in progress; called on the recording thread, so keep it cheap. */
public interface RecordingListener {

  /** Reports progress every few thousand events. */
  void progress(long events, long virtualNanos);

  /** Polled while recording; returning true stops it with {@link RecordingCancelledException}. */
  boolean cancelled();

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
