package dev.gorolab.model;

/**
 * A panic raised by the runtime inside a {@link GoOps} call, as Go's {@code chan.go} and
 * {@code sync} raise them: {@code send on closed channel}, {@code close of nil channel},
 * {@code close of closed channel}, {@code sync: negative WaitGroup counter}.
 *
 * <p>In Go these are ordinary panics: the goroutine's deferred calls run and {@code recover} can
 * stop them. So the runtime does not end the program here; it throws this out of the operation and
 * the body unwinds (calling {@link GoOps#panic} if nothing recovers). A body that lets it escape
 * from {@link GoroutineBody#step} gets the unrecovered outcome at once (R12.3).
 * {@link #getMessage()} is the panic value as Go prints it after {@code panic: }.
 */
public final class GoRuntimePanic extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GoRuntimePanic(String message) {
    super(message, null, false, false);
  }
}
