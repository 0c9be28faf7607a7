package dev.gorolab.ui.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/** Starts JavaFX without a display (Monocle, software rendering) and runs work on its thread. */
public final class Fx {
  private static boolean started;

  private Fx() {}

  /**
   * Starts the toolkit headless unless it runs already. Properties the user set on the command
   * line win; without a display, Monocle's headless screen and the software renderer are the only
   * choice, and they render text the same on every machine with the same fonts.
   */
  public static synchronized void startHeadless() {
    if (started) {
      return;
    }
    setIfAbsent("glass.platform", "Monocle");
    setIfAbsent("monocle.platform", "Headless");
    setIfAbsent("prism.order", "sw");
    setIfAbsent("java.awt.headless", "true");
    CountDownLatch ready = new CountDownLatch(1);
    try {
      Platform.startup(ready::countDown);
    } catch (IllegalStateException alreadyRunning) {
      ready.countDown();
    }
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while JavaFX started", e);
    }
    Platform.setImplicitExit(false);
    started = true;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** Runs {@code work} on the FX thread and waits for its result; rethrows what it threw. */
  public static <T> T call(Callable<T> work) throws Exception {
    if (Platform.isFxApplicationThread()) {
      return work.call();
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(work.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    try {
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
