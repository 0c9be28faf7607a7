package dev.gorolab.sim.lib.sync;

import dev.gorolab.model.Mutex;

/**
 * A {@code sync.Once} as go1.19's sync/once.go has it: a {@code done} flag and the Mutex {@code m}
 * that a first Do holds while f runs, so that other callers wait for it. Mutable: done changes.
 */
public final class OnceValue {
  private final Mutex m;
  private boolean done;

  public OnceValue(Mutex m) {
    this.m = m;
  }

  public Mutex m() {
    return m;
  }

  public boolean done() {
    return done;
  }

  /** {@code atomic.StoreUint32(&o.done, 1)}, deferred in doSlow: f has returned (or panicked). */
  public void markDone() {
    done = true;
  }

  /** Go's %v of the struct: {@code {done {state sema}}}, with the Mutex's words left at 0. */
  @Override
  public String toString() {
    return "{" + (done ? 1 : 0) + " {0 0}}";
  }
}
