package dev.gorolab.sim.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Go map value ({@code make(map[K]V)} or a map literal); a nil map is Java {@code null}.
 *
 * <p>Keys are Go values of comparable types whose Java equality is Go's ({@code Long},
 * {@code String}, {@code Boolean}, {@code Double}). Entries keep insertion order; that order is
 * not Go's, and no program can see it: a range starts at a place drawn by the chooser (as Go's
 * mapiterinit draws it with fastrand) and fmt prints keys sorted. {@code toString()} is fmt's
 * {@code %v}: {@code map[a:1 b:2]}. Engine thread only.
 */
public final class GoMap {
  private final GoType.Map type;
  private final LinkedHashMap<Object, Object> entries = new LinkedHashMap<>();

  public GoMap(GoType.Map type) {
    this.type = type;
  }

  public GoType.Map type() {
    return type;
  }

  public int len() {
    return entries.size();
  }

  /** The value stored under {@code key}, or null if absent. */
  public Object get(Object key) {
    return entries.get(key);
  }

  public boolean has(Object key) {
    return entries.containsKey(key);
  }

  public void put(Object key, Object value) {
    entries.put(key, value);
  }

  public void delete(Object key) {
    entries.remove(key);
  }

  /** The keys now in the map, in insertion order. */
  public Object[] keys() {
    return entries.keySet().toArray();
  }

  /** The entries with keys in fmt's order (internal/fmtsort: numbers and strings ascending, false before true). */
  public List<Map.Entry<Object, Object>> sorted() {
    List<Map.Entry<Object, Object>> out = new ArrayList<>(entries.entrySet());
    out.sort(Comparator.comparing(Map.Entry::getKey, GoMap::compareKeys));
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Object a, Object b) {
    Object x = a instanceof Typed t ? t.value() : a;
    Object y = b instanceof Typed t ? t.value() : b;
    if (x instanceof Comparable cx && x.getClass() == y.getClass()) {
      return cx.compareTo(y);
    }
    return 0;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("map[");
    boolean first = true;
    for (Map.Entry<Object, Object> e : sorted()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      sb.append(GoFormat.valueString(e.getKey())).append(':').append(GoFormat.valueString(e.getValue()));
    }
    return sb.append(']').toString();
  }
}
