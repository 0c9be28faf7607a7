package dev.gorolab.sim.program;

import java.util.Arrays;

/**
 * An array value {@code [N]T}: like {@link GoStruct}, an object is the storage of one array-typed
 * location; assignment copies into it and a value leaving a location is copied. Equality is Go's
 * {@code ==} on arrays, element by element. Engine thread only.
 */
public final class GoArray {
  private final GoType.Array type;
  final Object[] elems;

  public GoArray(GoType.Array type, Object[] elems) {
    this.type = type;
    this.elems = elems;
  }

  public GoType.Array type() {
    return type;
  }

  public int len() {
    return elems.length;
  }

  public Object get(int i) {
    return elems[i];
  }

  public void set(int i, Object v) {
    elems[i] = v;
  }

  /** {@code *this = other}, copying nested aggregates in place. */
  public void assignFrom(GoArray other) {
    if (other == this) {
      return;
    }
    for (int i = 0; i < elems.length; i++) {
      Object mine = elems[i];
      Object theirs = other.elems[i];
      if (mine instanceof GoStruct a && theirs instanceof GoStruct b) {
        a.assignFrom(b);
      } else if (mine instanceof GoArray a && theirs instanceof GoArray b) {
        a.assignFrom(b);
      } else if (!(mine != null && GoStruct.isRuntimeObject(mine))) {
        elems[i] = theirs;
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoArray a && a.type.equals(type) && Arrays.equals(elems, a.elems);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(elems);
  }

  @Override
  public String toString() {
    return GoFormat.valueString(this);
  }
}
