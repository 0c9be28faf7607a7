package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import java.util.ArrayList;
import java.util.List;

/** Which goroutines an event concerns, for a goroutine's history in the inspector. */
public final class EventFacts {
  private EventFacts() {}

  /** The goroutine ids {@code e} names (the actor first), possibly empty. */
  public static List<Integer> goroutines(Event e) {
    List<Integer> gs = new ArrayList<>();
    if (e instanceof Event.GoroutineCreated x) {
      add(gs, x.g(), x.parent(), x.displaced());
    } else if (e instanceof Event.LocalQueueOverflow x) {
      gs.addAll(x.moved());
    } else if (e instanceof Event.GoroutineStarted x) {
      add(gs, x.g());
    } else if (e instanceof Event.GlobalQueueBatch x) {
      gs.addAll(x.toLocal());
    } else if (e instanceof Event.Stolen x) {
      gs.addAll(x.stolen());
    } else if (e instanceof Event.GoroutineReadied x) {
      add(gs, x.g(), x.waker(), x.displaced());
    } else if (e instanceof Event.GoroutineBlocked x) {
      add(gs, x.g());
    } else if (e instanceof Event.GoroutineYielded x) {
      add(gs, x.g());
    } else if (e instanceof Event.GoroutinePreempted x) {
      add(gs, x.g());
    } else if (e instanceof Event.GoroutineExited x) {
      add(gs, x.g());
    } else if (e instanceof Event.SleepStarted x) {
      add(gs, x.g());
    } else if (e instanceof Event.TimerFired x) {
      add(gs, x.g());
    } else if (e instanceof Event.SyscallEntered x) {
      add(gs, x.g());
    } else if (e instanceof Event.SyscallExited x) {
      add(gs, x.g());
    } else if (e instanceof Event.ChannelMade x) {
      add(gs, x.g());
    } else if (e instanceof Event.ValueSent x) {
      add(gs, x.g(), x.receiver());
    } else if (e instanceof Event.ValueReceived x) {
      add(gs, x.g(), x.sender());
    } else if (e instanceof Event.ChannelClosed x) {
      add(gs, x.g());
      gs.addAll(x.wokenReceivers());
      gs.addAll(x.wokenSenders());
    } else if (e instanceof Event.SelectPolled x) {
      add(gs, x.g());
    } else if (e instanceof Event.WaitGroupAdded x) {
      add(gs, x.g());
      gs.addAll(x.released());
    } else if (e instanceof Event.MutexLocked x) {
      add(gs, x.g());
    } else if (e instanceof Event.MutexUnlocked x) {
      add(gs, x.g(), x.woken());
    } else if (e instanceof Event.MutexStarving x) {
      add(gs, x.g());
    } else if (e instanceof Event.MutexSpinning x) {
      add(gs, x.g());
    } else if (e instanceof Event.Output x) {
      add(gs, x.g());
    } else if (e instanceof Event.Panicked x) {
      add(gs, x.g());
    } else if (e instanceof Event.Deadlocked x) {
      gs.addAll(x.waiting());
    }
    return gs;
  }

  private static void add(List<Integer> gs, int... ids) {
    for (int id : ids) {
      if (id >= 0) {
        gs.add(id);
      }
    }
  }
}
