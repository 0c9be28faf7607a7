package dev.gorolab.model;

/** Outcome of an operation that may park the calling goroutine. */
public enum OpResult {
  /** Completed without blocking; the goroutine keeps running. */
  DONE,
  /** The goroutine parked (or yielded); the body must return from {@code step} now. */
  PARKED;

  public boolean parked() {
    return this == PARKED;
  }
}
