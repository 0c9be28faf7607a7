package dev.gorolab.sim.interp;

import dev.gorolab.model.Variable;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A goroutine's visible variables at one moment, as {@link G#locals()} reports them: the
 * variables (shared with the previous list while the same ones are in scope) and their values,
 * with a {@link Variable} built only when one is read. A recording keeps a list per assignment,
 * so one object holding up to four values replaces a list, its array and a Variable per value.
 */
final class LocalsList extends AbstractList<Variable> implements RandomAccess {
  /** A value that may change in place (a slice), formatted when the list was made. */
  record Formatted(String type, String text) {}

  private final VarInfo[] vars;
  private final int size;
  private final Object v0;
  private final Object v1;
  private final Object v2;
  private final Object v3;
  /** Values from the fifth on, or null. */
  private final Object[] more;

  /**
   * The first {@code size} of {@code vars} holding the first {@code size} of {@code values};
   * {@code vars} must not change afterwards, and values that can change in place must be
   * {@link Formatted}.
   */
  LocalsList(VarInfo[] vars, Object[] values, int size) {
    this.vars = vars;
    this.size = size;
    v0 = size > 0 ? values[0] : null;
    v1 = size > 1 ? values[1] : null;
    v2 = size > 2 ? values[2] : null;
    v3 = size > 3 ? values[3] : null;
    more = size > 4 ? java.util.Arrays.copyOfRange(values, 4, size) : null;
  }

  @Override
  public Variable get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("variable " + index + " of " + size);
    }
    Object value = value(index);
    VarInfo v = vars[index];
    if (value instanceof Formatted f) {
      return new Variable(v.name, f.type(), f.text());
    }
    return G.variable(v.name, v.typeName(), value);
  }

  @Override
  public int size() {
    return size;
  }

  private Object value(int index) {
    return switch (index) {
      case 0 -> v0;
      case 1 -> v1;
      case 2 -> v2;
      case 3 -> v3;
      default -> more[index - 4];
    };
  }

  /**
   * List equality, comparing the same variable's values directly instead of formatting them: the
   * engine compares a goroutine's new list with its last one after every event it touches.
   */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof LocalsList l)) {
      return super.equals(o);
    }
    if (l.size != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      Object a = value(i);
      Object b = l.value(i);
      boolean same = vars[i] == l.vars[i] && (a == b || G.immutablyEqual(a, b));
      if (!same && !get(i).equals(l.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
