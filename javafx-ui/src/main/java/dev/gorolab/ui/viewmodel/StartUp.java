package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.model.Event.Source;
import dev.gorolab.sim.trace.Trace;
import java.util.HashSet;
import java.util.Set;

/**
 * The runtime's start-up at the head of a run (R1.7, go1.19 runtime/proc.go {@code rt0_go},
 * {@code runtime.main}): m0 takes P0, main is created into P0's runnext and starts, and as
 * {@code runtime.main} it starts the runtime's own goroutines (forcegchelper, bgsweep,
 * bgscavenge, which park at once, and runfinq), with parallel Ps a spare M parks. Nothing of the
 * program has run yet; a lecture starts after it.
 */
public final class StartUp {
  private StartUp() {}

  /**
   * The last step of the start-up, at which main is about to run its first statement; -1 when the
   * run does not begin with it (a hand-written trace).
   */
  public static int lastStep(Trace t) {
    Set<Integer> system = new HashSet<>();
    boolean mainStarted = false;
    int last = -1;
    for (int i = 0; i < t.size(); i++) {
      Event e = t.event(i);
      boolean part;
      if (e.time() != 0) {
        part = false;
      } else if (e instanceof Event.MachineStarted m) {
        part = i == 0 && m.created();
      } else if (e instanceof Event.GoroutineCreated c) {
        part = c.parent() == -1 || c.system();
        if (c.system()) {
          system.add(c.g());
        }
      } else if (e instanceof Event.GoroutineStarted s) {
        part = s.source() == Source.PROGRAM_START;
        mainStarted |= part;
      } else if (e instanceof Event.GoroutineBlocked b) {
        part = system.contains(b.g());
      } else if (e instanceof Event.MachineParked) {
        part = mainStarted;
      } else {
        part = false;
      }
      if (!part) {
        break;
      }
      last = i;
    }
    return mainStarted ? last : -1;
  }
}
