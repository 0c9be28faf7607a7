package dev.gorolab.model;

/** A runtime semaphore (runtime/sema.go): a count and the FIFO of goroutines waiting at its address. */
final class Semaphore {
  final String name;
  int count;
  final SharedQueue<G> waiters = new SharedQueue<>();
  /** Why a waiter woke, spelled once per semaphore. */
  final String wake;

  Semaphore(String name) {
    this.name = name;
    this.wake = "semrelease of " + name;
  }
}
