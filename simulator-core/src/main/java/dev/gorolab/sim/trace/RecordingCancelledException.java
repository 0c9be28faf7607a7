package dev.gorolab.sim.trace;

/** Thrown by a recording whose {@link RecordingListener#cancelled()} became true. */
public final class RecordingCancelledException extends RuntimeException {
  public RecordingCancelledException(long events) {
    super("recording cancelled after " + events + " events");
  }
}
