package dev.gorolab.model;

import java.util.ArrayDeque;

/** A WaitGroup's state (R14.2): the counter and the semaphore's FIFO of waiters. */
final class SyncWaitGroup {
  final int id;
  final String name;
  int counter;
  final ArrayDeque<G> waiters = new ArrayDeque<>();
  boolean dirty;

  SyncWaitGroup(int id, String name) {
    this.id = id;
    this.name = name;
  }
}
