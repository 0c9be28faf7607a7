package dev.gorolab.model;

/** A machine, an OS thread (Go's {@code m}, R1.4). */
final class M {
  final int id;
  RuntimeSnapshot.MStatus status = RuntimeSnapshot.MStatus.IDLE;
  P p;
  /** The G it runs, or holds while in a syscall. */
  G g;
  /** The P it dropped when entering a syscall (R10.1). */
  P oldp;
  boolean spinning;
  /** R3.5: already backed off once for a running victim's runnext in this search. */
  boolean backedOff;
  long syscallEnd;
  /** NETPOLL only: the timer it waits for, and when it wakes (R3.6 step 4). */
  long pollUntil;
  long pollWakeAt;
  boolean dirty;
  /** The state the last delta carried, so an unchanged entity is left out of the next one. */
  RuntimeSnapshot.MachineState shown;

  M(int id) {
    this.id = id;
  }
}
