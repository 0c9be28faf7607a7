package dev.gorolab.model;

/**
 * A {@code sync.RWMutex} made through {@link GoOps}. Its state lives inside the runtime that made it;
 * the handle is what goroutine bodies hold and pass around. {@code toString} is its display name.
 */
public final class RWMutex {
  final int id;
  final String name;

  RWMutex(int id, String name) {
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
