package dev.gorolab.sim.lib.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code sync.Map}: its entries in the order they were first stored. Go keeps them in a read
 * map and a dirty map (sync/map.go); what a program can see is only the set of entries and, in
 * Range, Go's map iteration order, which starts at a random entry (drawn by the chooser here).
 * Each method is one indivisible step, as the model runs library calls. Engine thread only.
 */
final class SyncMapValue {
  final Map<Object, Object> entries = new LinkedHashMap<>();

  /** A stable text for the runtime view. */
  @Override
  public String toString() {
    return "sync.Map{" + entries.size() + " entries}";
  }
}
