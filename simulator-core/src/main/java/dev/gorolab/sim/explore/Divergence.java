package dev.gorolab.sim.explore;

import dev.gorolab.model.Event;
import dev.gorolab.sim.trace.Trace;

/**
 * Where two runs of one program first differ in what their goroutines do.
 *
 * <p>Two runs are compared as the stories of their goroutines: which goroutine was created, ran,
 * blocked, was readied, sent or received which value on which channel, printed what, and how the
 * program ended. Which P or M did it, when in virtual time, and how the scheduler found the work
 * (queues, batches, steals, spinning Ms) are left out: with GOMAXPROCS=1 against 4 those differ
 * from the first step, while the question a lecturer asks is when the program's own behaviour
 * parts ways.
 *
 * @param stepA the step of run A where the stories part (its event differs from B's), or
 *     {@code A.size()} when A's story ended first
 * @param stepB the same for run B
 * @param storyIndex how many goroutine events both runs share before they part
 */
public record Divergence(int stepA, int stepB, int storyIndex) {

  /** The first divergence of {@code a} and {@code b}, or null when their stories are the same. */
  public static Divergence find(Trace a, Trace b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (true) {
      i = nextStoryStep(a, i);
      j = nextStoryStep(b, j);
      if (i == a.size() && j == b.size()) {
        return null;
      }
      if (i == a.size() || j == b.size() || !storyKey(a.event(i)).equals(storyKey(b.event(j)))) {
        return new Divergence(i, j, shared);
      }
      shared++;
      i++;
      j++;
    }
  }

  private static int nextStoryStep(Trace t, int from) {
    int i = from;
    while (i < t.size() && storyKey(t.event(i)) == null) {
      i++;
    }
    return i;
  }

  /**
   * What a goroutine-level event says, without times, Ps, Ms or queue places; null for events
   * about the scheduler's own work (Ms, Ps, queue moves, steals, timers' bookkeeping).
   */
  static String storyKey(Event e) {
    if (e instanceof Event.GoroutineCreated c) {
      return c.system() ? null : "go " + c.g() + " " + c.function() + " by " + c.parent();
    } else if (e instanceof Event.GoroutineStarted s) {
      return "run " + s.g();
    } else if (e instanceof Event.GoroutineBlocked b) {
      return "block " + b.g() + " " + b.waitReason() + " " + b.ch() + " " + b.object();
    } else if (e instanceof Event.GoroutineReadied r) {
      return "ready " + r.g() + " by " + r.waker();
    } else if (e instanceof Event.GoroutineYielded y) {
      return "yield " + y.g();
    } else if (e instanceof Event.GoroutineYieldedToLocalQueue y) {
      return "yield " + y.g();
    } else if (e instanceof Event.GoroutinePreempted p) {
      return "preempt " + p.g();
    } else if (e instanceof Event.GoroutineExited x) {
      return "exit " + x.g();
    } else if (e instanceof Event.SleepStarted s) {
      return "sleep " + s.g();
    } else if (e instanceof Event.ChannelMade m) {
      return "make " + m.ch();
    } else if (e instanceof Event.ValueSent s) {
      return "send " + s.g() + " " + s.ch() + " " + s.value() + " to " + s.receiver();
    } else if (e instanceof Event.ValueReceived r) {
      return "recv " + r.g() + " " + r.ch() + " " + r.value() + " " + r.ok() + " from " + r.sender();
    } else if (e instanceof Event.ChannelClosed c) {
      return "close " + c.g() + " " + c.ch();
    } else if (e instanceof Event.SelectPolled s) {
      return "select " + s.g() + " " + s.chosen();
    } else if (e instanceof Event.WaitGroupAdded w) {
      return "wg " + w.g() + " " + w.name() + " " + w.delta() + " " + w.counter();
    } else if (e instanceof Event.MutexLocked m) {
      return "lock " + m.g() + " " + m.name();
    } else if (e instanceof Event.MutexUnlocked m) {
      return "unlock " + m.g() + " " + m.name();
    } else if (e instanceof Event.Output o) {
      return "print " + o.g() + " " + o.text();
    } else if (e instanceof Event.Panicked p) {
      return "panic " + p.g() + " " + p.message();
    } else if (e instanceof Event.Deadlocked d) {
      return "deadlock";
    } else if (e instanceof Event.ProgramEnded x) {
      return "end " + x.exitCode() + " " + x.reason();
    }
    return null;
  }
}
