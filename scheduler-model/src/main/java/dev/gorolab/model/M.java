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
  /** Started by startm and has not run a goroutine since: its thread may still share a core. */
  boolean justWoken;
  /**
   * The M that gcenable's wakep started during runtime.main and that has not been woken since
   * (R3.7): at main.main it may still be searching, so its first wake-up is drawn from its own table.
   */
  boolean startupSpare;
  /**
   * R3.5 runqgrab's usleep(3): while non-null, this M is backing off before taking {@code
   * backoffVictim}'s runnext, the goroutine seen there; its stealWork loop goes on from
   * {@code stealRound}, {@code stealPos}, {@code stealInc}, {@code stealK} afterwards.
   */
  G backoffRunnext;
  P backoffVictim;
  int stealRound;
  int stealPos;
  int stealInc;
  int stealK;
  boolean stealRanTimer;
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
