package dev.gorolab.model;

/**
 * A {@code time} package timer made through {@link GoOps#startTimer}: what {@code *time.Timer},
 * {@code *time.Ticker} and {@code time.AfterFunc} hold (Go's {@code runtimeTimer}). Its state lives
 * inside the runtime that made it; {@code toString} is its display name.
 */
public final class RuntimeTimer {
  final int id;
  final String name;

  RuntimeTimer(int id, String name) {
    this.id = id;
    this.name = name;
  }

  public int id() {
    return id;
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
