package dev.gorolab.model;

import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import java.util.function.Consumer;

/**
 * System calls (R10): proc.go's entersyscall/exitsyscall and handoffp, with sysmon's retake.
 * Engine thread only.
 */
abstract sealed class Syscall extends Proc permits Chan {

  // ---- syscalls (R10) -------------------------------------------------------------------------

  /** R10.1 reentersyscall: the G keeps its M, the P goes _Psyscall and may be retaken. */
  void entersyscall(G g, P p, long nanos) {
    M m = p.m;
    casgstatus(g, G.RUNNING, G.SYSCALL);
    p.status = PStatus.SYSCALL;
    p.curg = null;
    p.syscallSince = now;
    // R10.2: sysmon retakes on its second pass that sees this syscall; with parallel Ps the passes
    // are drawn (sysmon's usleep(20) stretched by the kernel's timer slack, ParallelTiming.retake).
    p.retakeAt = later(now, timing.varies(config.gomaxprocs(), gomaxprocs) ? timing.retake() : config.syscallRetakeNanos());
    m.p = null;
    m.oldp = p;
    m.status = MStatus.SYSCALL;
    m.syscallEnd = later(now, Math.max(1, nanos));
    inSyscall.add(m);
    touch(p);
    touch(m);
    emit(new Event.SyscallEntered(now, g.id, m.id, p.id, nanos));
  }

  /** R10.2 retake: sysmon takes the P from a blocked syscall unless it has no work, there are spare Ps and it is young. */
  void retake(P p) {
    if (p.runqempty() && nmspinning + pidle.size() > 0 && now < p.syscallSince + SYSCALL_HOLD_MAX_NANOS) {
      p.retakeAt = p.syscallSince + SYSCALL_HOLD_MAX_NANOS;
      return;
    }
    M old = p.m;
    p.status = PStatus.IDLE;
    p.m = null;
    p.syscalltick++;
    touch(p);
    int to = handoffp(p);
    if (!ended) {
      emit(new Event.SyscallHandoff(now, p.id, old == null ? -1 : old.id, to));
    }
  }

  /** R10.2 handoffp: start an M for a P with work, or a spinning one if none spins, else the P idles. */
  int handoffp(P p) {
    if (!p.runqempty() || !grq.isEmpty()) {
      return startm(p, false);
    }
    if (nmspinning + pidle.size() == 0) {
      return startm(p, true);
    }
    if (pidle.size() == gomaxprocs - 1 && netpollM == null) {
      return startm(p, false); // the last running P with nobody polling: keep an M on it
    }
    pidleput(p);
    if (!p.timers.isEmpty()) {
      wakeNetPoller(p.timers.peek().when);
    }
    return -1;
  }

  /** R10.3 exitsyscall: old P if still _Psyscall, else an idle P, else the G goes to the GRQ and the M stops. */
  void exitsyscall(M m) {
    inSyscall.remove(m);
    G g = m.g;
    if (g.write != null) {
      stdout.written(g); // R16.1: the text appears when write returns, before the G has a P again
    }
    P old = m.oldp;
    m.oldp = null;
    if (old != null && old.status == PStatus.SYSCALL && old.id < gomaxprocs && allp[old.id] == old) {
      acquire(m, old);
      old.syscalltick++;
      resumeAfterSyscall(m, old, g, Event.SyscallExit.OLD_P);
      return;
    }
    P p = pidle.pollFirst();
    if (p != null) {
      acquire(m, p);
      p.sliceRan = 0;
      resumeAfterSyscall(m, p, g, Event.SyscallExit.IDLE_P);
      return;
    }
    casgstatus(g, G.SYSCALL, G.RUNNABLE);
    m.g = null;
    grq.addLast(g);
    grqDirty = true;
    touch(m);
    emit(new Event.SyscallExited(now, g.id, m.id, -1, Event.SyscallExit.GLOBAL_QUEUE));
    stopm(m);
  }

  void resumeAfterSyscall(M m, P p, G g, Event.SyscallExit how) {
    casgstatus(g, G.SYSCALL, G.RUNNING);
    p.curg = g;
    p.stepped = false;
    p.nextAt = now;
    m.status = MStatus.RUNNING;
    touch(p);
    touch(m);
    emit(new Event.SyscallExited(now, g.id, m.id, p.id, how));
  }

  Syscall(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    super(config, chooser, events);
  }
}
