package dev.gorolab.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * runtime/select.go (R8): selectgo's poll order, pass 1, default, pass 2 and park. Engine thread only.
 */
abstract sealed class Select extends Chan permits SyncPackage {

  // ---- select (R8) ----------------------------------------------------------------------------

  SelectResult selectgo(List<SelectCase> cases, boolean hasDefault) {
    G g = cur;
    int n = cases.size();
    // R8.1 compiler lowering.
    if (n == 0) {
      if (hasDefault) {
        return SelectResult.chose(SelectResult.DEFAULT_CASE, null, false);
      }
      parkForever(g, WAIT_SELECT_NO_CASES);
      return SelectResult.PARKED;
    }
    if (n == 1) {
      SelectCase sc = cases.get(0);
      Hchan c = hchan(sc.channel());
      // R8.1: one case and a default is a non-blocking send or receive (selectnbsend/selectnbrecv).
      // Which way it went is still the select's choice, told like the others (R8.3, R8.4).
      boolean ready = c != null && (sc.isSend() ? c.closed || !c.recvq.isEmpty() || c.qcount < c.cap
          : !c.sendq.isEmpty() || c.qcount > 0 || c.closed);
      if (hasDefault && ready) {
        emit(new Event.SelectPolled(now, g.id, List.of(0), 0, true));
      }
      int r = sc.isSend() ? chansend(c, sc.value(), !hasDefault, 0) : chanrecv(c, !hasDefault, 0);
      if (r == OP_WOULD_BLOCK) {
        emit(new Event.SelectPolled(now, g.id, List.of(0), SelectResult.DEFAULT_CASE, true));
      }
      return switch (r) {
        case OP_DONE -> sc.isSend() ? SelectResult.chose(0, null, false) : SelectResult.chose(0, recvValue, recvOk);
        case OP_WOULD_BLOCK -> SelectResult.chose(SelectResult.DEFAULT_CASE, null, false);
        default -> SelectResult.PARKED;
      };
    }
    // R8.2 poll order: nil cases dropped, the rest an insertion shuffle drawn from the Chooser.
    int[] order = new int[n];
    int norder = 0;
    for (int i = 0; i < n; i++) {
      if (cases.get(i).channel() == null) {
        continue;
      }
      int j = choose(Chooser.ChoicePoint.SELECT_POLL_ORDER, norder + 1);
      order[norder] = order[j];
      order[j] = i;
      norder++;
    }
    List<Integer> pollOrder = new IntList(order, norder);
    // R8.3 pass 1: the first case in poll order that can proceed.
    for (int k = 0; k < norder; k++) {
      int i = order[k];
      SelectCase sc = cases.get(i);
      Hchan c = hchan(sc.channel());
      if (sc.isSend()) {
        if (c.closed || !c.recvq.isEmpty() || c.qcount < c.cap) {
          emit(new Event.SelectPolled(now, g.id, pollOrder, i, hasDefault));
          int r = chansend(c, sc.value(), false, i);
          return r == OP_DONE ? SelectResult.chose(i, null, false) : SelectResult.PARKED;
        }
      } else if (!c.sendq.isEmpty() || c.qcount > 0 || c.closed) {
        emit(new Event.SelectPolled(now, g.id, pollOrder, i, hasDefault));
        chanrecv(c, false, i);
        return SelectResult.chose(i, recvValue, recvOk);
      }
    }
    // R8.4 default.
    if (hasDefault) {
      emit(new Event.SelectPolled(now, g.id, pollOrder, SelectResult.DEFAULT_CASE, hasDefault));
      return SelectResult.chose(SelectResult.DEFAULT_CASE, null, false);
    }
    // R8.5 pass 2: a sudog on every non-nil case's queue (source order), then park as "select".
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Channel ch = cases.get(i).channel();
      if (ch != null && names.indexOf(ch.name + ",") < 0 && !names.toString().endsWith(ch.name)) {
        names.append(names.length() == 0 ? "" : ", ").append(ch.name);
      }
    }
    SelectWait sw = new SelectWait(names.toString());
    for (int i = 0; i < n; i++) {
      SelectCase sc = cases.get(i);
      Hchan c = hchan(sc.channel());
      if (c == null) {
        continue;
      }
      Sudog s = new Sudog(g, c, sc.isSend(), sc.value(), i, sw);
      sw.sudogs.add(s);
      (sc.isSend() ? c.sendq : c.recvq).addLast(s);
      touch(c);
    }
    emit(new Event.SelectPolled(now, g.id, pollOrder, -2, hasDefault));
    if (norder == 0) {
      parkForever(g, WAIT_SELECT);
    } else {
      park(g, WAIT_SELECT, sw, -1, sw.names);
    }
    return SelectResult.PARKED;
  }

  Select(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    super(config, chooser, events);
  }
}
