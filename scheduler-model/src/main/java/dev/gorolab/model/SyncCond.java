package dev.gorolab.model;

/**
 * A {@code sync.Cond}'s notify list (runtime/sema.go notifyList): tickets handed out by
 * notifyListAdd ({@code wait}), the next ticket to notify ({@code notify}), and the waiters in
 * ticket order.
 */
final class SyncCond {
  final int id;
  final String name;
  int wait;
  int notify;
  final SharedQueue<G> waiters = new SharedQueue<>();
  /** Why a waiter woke, spelled once per Cond. */
  final String signalWake;
  final String broadcastWake;

  SyncCond(int id, String name) {
    this.id = id;
    this.name = name;
    this.signalWake = name + ".Signal";
    this.broadcastWake = name + ".Broadcast";
  }
}
