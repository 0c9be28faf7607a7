package dev.gorolab.model;

/** A channel's state (Go's {@code hchan}, R7.1): ring buffer, closed flag, FIFO wait queues. */
final class Hchan {
  final int id;
  final String name;
  final String elemType;
  final int cap;
  final Object zero;
  final Object[] buf;
  int qcount;
  int recvx;
  int sendx;
  boolean closed;
  final SharedQueue<Sudog> recvq = new SharedQueue<>();
  final SharedQueue<Sudog> sendq = new SharedQueue<>();
  /**
   * The buffered values in queue order, head first, mirroring {@code buf[recvx..]}: a shared log
   * so that a delta's view of a full buffer costs O(1) and no strings (values are rendered when
   * a view is read; see {@link BufferedValues}).
   */
  final SharedQueue<Object> contents = new SharedQueue<>();
  boolean dirty;
  /** The state the last delta carried (an unchanged entity is left out of the next delta). */
  RuntimeSnapshot.ChannelState shown;

  // Why a goroutine woke, spelled once per channel rather than once per wake-up.
  final String sendWake;
  final String receiveWake;
  final String closeWake;

  Hchan(int id, String name, String elemType, int cap, Object zero) {
    this.id = id;
    this.name = name;
    this.sendWake = "send on " + name;
    this.receiveWake = "receive on " + name;
    this.closeWake = "close of " + name;
    this.elemType = elemType;
    this.cap = cap;
    this.zero = zero;
    this.buf = new Object[cap];
  }
}
