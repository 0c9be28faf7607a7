package dev.gorolab.model;

import dev.gorolab.model.Event.RecvMode;
import dev.gorolab.model.Event.SendMode;
import java.util.List;
import java.util.function.Consumer;

/**
 * runtime/chan.go (R7): chansend, chanrecv, closechan; and a select's sudogs leaving their other
 * queues once one is dequeued (R8.6/R8.7). Engine thread only.
 */
abstract sealed class Chan extends Syscall permits Select {

  // ---- channels (R7) --------------------------------------------------------------------------

  static final int OP_DONE = 0;
  static final int OP_PARKED = 1;
  static final int OP_WOULD_BLOCK = 2;

  Hchan hchan(Channel ch) {
    return ch == null ? null : chans.get(ch.id);
  }


  /** R7.2 chansend. */
  int chansend(Hchan c, Object v, boolean block, int caseIndex) {
    G g = cur;
    if (c == null) { // R7.2 step 1: a nil channel blocks forever
      if (!block) {
        return OP_WOULD_BLOCK;
      }
      parkForever(g, WAIT_CHAN_SEND_NIL);
      return OP_PARKED;
    }
    if (c.closed) { // R7.2 step 2: an ordinary panic; the sender's deferred calls run
      throw new GoRuntimePanic(SEND_ON_CLOSED);
    }
    Sudog r = c.recvq.pollFirst();
    if (r != null) { // R7.2 step 3: direct hand-off to the first waiting receiver
      touch(c);
      wonBy(r);
      G rg = r.g;
      rg.resValue = v;
      rg.resOk = true;
      rg.resCase = r.caseIndex;
      events.valueSent(now, g.id, c.id, v, SendMode.TO_WAITING_RECEIVER, rg.id, -1);
      events.valueReceived(now, rg.id, c.id, v, true, RecvMode.HANDED_BY_SENDER, g.id, -1);
      ready(rg, curP, g.id, c.sendWake);
      return OP_DONE;
    }
    if (c.qcount < c.cap) { // R7.2 step 4: into the buffer at sendx
      int slot = c.sendx;
      c.buf[slot] = v;
      c.contents.addLast(BufferedValues.kept(v));
      c.sendx = (c.sendx + 1) % c.cap;
      c.qcount++;
      touch(c);
      events.valueSent(now, g.id, c.id, v, SendMode.INTO_BUFFER, -1, slot);
      return OP_DONE;
    }
    if (!block) {
      return OP_WOULD_BLOCK;
    }
    // R7.2 step 5: wait on the sendq tail.
    c.sendq.addLast(new Sudog(g, c, true, v, caseIndex, null));
    touch(c);
    park(g, WAIT_CHAN_SEND, c, c.id, c.name);
    return OP_PARKED;
  }

  /** R7.3 chanrecv; the value and ok are left in recvValue/recvOk. */
  int chanrecv(Hchan c, boolean block, int caseIndex) {
    G g = cur;
    if (c == null) { // R7.3 step 1
      if (!block) {
        return OP_WOULD_BLOCK;
      }
      parkForever(g, WAIT_CHAN_RECEIVE_NIL);
      return OP_PARKED;
    }
    if (c.closed && c.qcount == 0) { // R7.3 step 2
      recvValue = c.zero;
      recvOk = false;
      events.valueReceived(now, g.id, c.id, c.zero, false, RecvMode.CLOSED, -1, -1);
      return OP_DONE;
    }
    Sudog s = c.sendq.pollFirst();
    if (s != null) { // R7.3 step 3: a waiting sender
      touch(c);
      wonBy(s);
      G sg = s.g;
      if (c.cap == 0) {
        recvValue = s.value;
        events.valueSent(now, sg.id, c.id, s.value, SendMode.TAKEN_FROM_PARKED_SENDER, g.id, -1);
        events.valueReceived(now, g.id, c.id, s.value, true, RecvMode.FROM_WAITING_SENDER, sg.id, -1);
      } else {
        // Full buffer: take the head slot, the sender's value goes into it as the new tail.
        int slot = c.recvx;
        recvValue = c.buf[slot];
        c.buf[slot] = s.value;
        c.contents.pollFirst();
        c.contents.addLast(BufferedValues.kept(s.value));
        c.recvx = (c.recvx + 1) % c.cap;
        c.sendx = c.recvx;
        events.valueReceived(now, g.id, c.id, recvValue, true, RecvMode.FROM_BUFFER_ROTATING_SENDER,
            sg.id, slot);
        events.valueSent(now, sg.id, c.id, s.value, SendMode.TAKEN_FROM_PARKED_SENDER, -1, slot);
      }
      recvOk = true;
      sg.resOk = true;
      sg.resCase = s.caseIndex;
      ready(sg, curP, g.id, c.receiveWake);
      return OP_DONE;
    }
    if (c.qcount > 0) { // R7.3 step 4: the buffer head
      int slot = c.recvx;
      recvValue = c.buf[slot];
      recvOk = true;
      c.buf[slot] = null;
      c.contents.pollFirst();
      c.recvx = (c.recvx + 1) % c.cap;
      c.qcount--;
      touch(c);
      events.valueReceived(now, g.id, c.id, recvValue, true, RecvMode.FROM_BUFFER, -1, slot);
      return OP_DONE;
    }
    if (!block) {
      return OP_WOULD_BLOCK;
    }
    // R7.3 step 5: wait on the recvq tail.
    c.recvq.addLast(new Sudog(g, c, false, null, caseIndex, null));
    touch(c);
    park(g, WAIT_CHAN_RECEIVE, c, c.id, c.name);
    return OP_PARKED;
  }

  /** R7.5 closechan: wake receivers (zero, !ok) then senders (they panic), readied LIFO. */
  void closechan(Hchan c) {
    G g = cur;
    if (c == null) { // R7.5: ordinary panics; the closer's deferred calls run
      throw new GoRuntimePanic("close of nil channel");
    }
    if (c.closed) {
      throw new GoRuntimePanic("close of closed channel");
    }
    c.closed = true;
    touch(c);
    // Pushed in dequeue order, readied from the top. A select's other sudog on this channel
    // leaves its queue when the first is dequeued (wonBy), so the queues' sizes are upper bounds.
    G[] glist = new G[c.recvq.size() + c.sendq.size()];
    int n = 0;
    Sudog s;
    while ((s = c.recvq.pollFirst()) != null) {
      wonBy(s);
      s.g.resValue = c.zero;
      s.g.resOk = false;
      s.g.resCase = s.caseIndex;
      glist[n++] = s.g;
    }
    int nrecv = n;
    while ((s = c.sendq.pollFirst()) != null) {
      wonBy(s);
      s.g.resPanic = true;
      s.g.resCase = s.caseIndex;
      glist[n++] = s.g;
    }
    emit(new Event.ChannelClosed(now, g.id, c.id, lastFirst(glist, 0, nrecv), lastFirst(glist, nrecv, n)));
    String because = c.closeWake;
    for (int i = n - 1; i >= 0; i--) {
      G w = glist[i];
      if (!w.resPanic) {
        events.valueReceived(now, w.id, c.id, c.zero, false, RecvMode.WOKEN_BY_CLOSE, -1, -1);
      }
      ready(w, curP, g.id, because);
    }
  }

  /** The ids of {@code gs[from..to)}, last first: the order close readies them in. */
  static List<Integer> lastFirst(G[] gs, int from, int to) {
    int[] ids = new int[to - from];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = gs[to - 1 - i].id;
    }
    return new IntList(ids, ids.length);
  }

  /** R8.6/R8.7: a select's sudog was dequeued; its other sudogs leave their queues now. */
  void wonBy(Sudog s) {
    if (s.sel == null) {
      return;
    }
    for (Sudog o : s.sel.sudogs) {
      if (o != s) {
        (o.isSend ? o.c.sendq : o.c.recvq).remove(o);
        touch(o.c);
      }
    }
  }

  Chan(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    super(config, chooser, events);
  }
}
