package dev.gorolab.sim.lib.context;

import dev.gorolab.model.Channel;
import dev.gorolab.model.RuntimeTimer;
import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoError;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code context.Context} value: go1.19's emptyCtx, cancelCtx, timerCtx or valueCtx (one class,
 * a kind each), as context.go keeps them. Engine thread only.
 */
final class Ctx {
  enum Kind { BACKGROUND, TODO, CANCEL, TIMER, VALUE }

  final Kind kind;
  final Ctx parent;
  /** The variable the context was assigned to, naming its Done channel in the runtime view. */
  final String name;
  // cancelCtx
  ChanValue done;
  GoError err;
  List<Ctx> children = new ArrayList<>();
  // timerCtx
  RuntimeTimer timer;
  long deadlineNanos;
  // valueCtx
  Object key;
  Object val;

  Ctx(Kind kind, Ctx parent, String name) {
    this.kind = kind;
    this.parent = parent;
    this.name = name;
  }

  boolean cancelable() {
    return kind == Kind.CANCEL || kind == Kind.TIMER;
  }

  /** parentCancelCtx: the nearest cancelCtx this context's Done is (a valueCtx passes its parent's). */
  Ctx cancelCtx() {
    for (Ctx c = this; c != null; c = c.parent) {
      if (c.cancelable()) {
        return c;
      }
      if (c.kind != Kind.VALUE) {
        return null;
      }
    }
    return null;
  }

  /** The channel behind Done, if made. */
  Channel doneChannel() {
    return done == null ? null : done.channel();
  }

  /** contextName: how %v prints a context. */
  @Override
  public String toString() {
    return switch (kind) {
      case BACKGROUND -> "context.Background";
      case TODO -> "context.TODO";
      case CANCEL -> parent + ".WithCancel";
      case TIMER -> parent + ".WithDeadline(" + deadlineNanos + "ns)";
      case VALUE -> parent + ".WithValue(type " + dev.gorolab.sim.program.GoFormat.typeName(key) + ", val "
          + (val instanceof String s ? s : "<not Stringer>") + ")";
    };
  }
}
