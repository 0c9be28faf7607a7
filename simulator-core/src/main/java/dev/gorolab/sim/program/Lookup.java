package dev.gorolab.sim.program;

import java.util.ArrayList;
import java.util.List;

/**
 * Field and method lookup with promotion through embedded fields, as go/types lookup.go: the
 * shallowest depth wins; two at the same depth are ambiguous.
 */
public final class Lookup {
  private Lookup() {}

  /** What a selector {@code x.name} denotes. */
  public enum Kind { FIELD, METHOD }

  /**
   * The result of a lookup.
   *
   * @param path field indices from the operand to the field (or to the embedded value holding the
   *     method's receiver); each step through a pointer dereferences it
   * @param indirect whether a pointer is dereferenced on the way (the operand itself or an
   *     embedded pointer)
   * @param type the field's type, or the method's signature
   * @param recv for a method, the defined type declaring it
   * @param method for a method, the method
   */
  public record Selection(Kind kind, int[] path, boolean indirect, GoType type, GoType.Named recv, GoType.Method method) {}

  private record Entry(GoType type, int[] path, boolean indirect) {}

  /** Whether values of type {@code t} implement interface type {@code iface} (spec: Interface types). */
  public static boolean implementsInterface(GoType t, GoType iface) {
    return GoType.under(iface) instanceof GoType.Interface i && Predicates.missingMethod(t, i) == null;
  }

  /** Looks {@code name} up in {@code t} (a pointer to a defined type included); null if absent or ambiguous. */
  public static Selection lookup(GoType t, String name) {
    boolean indirect = false;
    if (t instanceof GoType.Pointer p) {
      t = p.elem();
      indirect = true;
    }
    List<Entry> current = new ArrayList<>();
    current.add(new Entry(t, new int[0], indirect));
    List<GoType> seen = new ArrayList<>();
    for (int depth = 0; depth < 16 && !current.isEmpty(); depth++) {
      Selection found = null;
      int count = 0;
      List<Entry> next = new ArrayList<>();
      for (Entry e : current) {
        GoType type = e.type();
        if (type instanceof GoType.Named n) {
          if (seen.contains(n)) {
            continue;
          }
          seen.add(n);
          GoType.Method m = n.method(name);
          if (m != null) {
            found = new Selection(Kind.METHOD, e.path(), e.indirect(), m.type(), n, m);
            count++;
            continue;
          }
        }
        if (type instanceof GoType.Basic b && Library.methodType(b, name) instanceof GoType.Func lf) {
          // a library type's method (an embedded sync.Mutex's Lock); its methods take a pointer
          found = new Selection(Kind.METHOD, e.path(), e.indirect(), lf, null, new GoType.Method(name, lf, true));
          count++;
          continue;
        }
        GoType u = GoType.under(type);
        if (u instanceof GoType.Struct s) {
          for (int i = 0; i < s.fields().size(); i++) {
            GoType.Field f = s.fields().get(i);
            int[] path = java.util.Arrays.copyOf(e.path(), e.path().length + 1);
            path[path.length - 1] = i;
            if (f.name().equals(name)) {
              found = new Selection(Kind.FIELD, path, e.indirect(), f.type(), null, null);
              count++;
            } else if (f.embedded()) {
              GoType ft = f.type();
              boolean ind = e.indirect();
              if (ft instanceof GoType.Pointer p) {
                ft = p.elem();
                ind = true;
              }
              next.add(new Entry(ft, path, ind));
            }
          }
        } else if (u instanceof GoType.Interface i && depth == 0) {
          GoType.Method m = i.method(name);
          if (m != null) {
            found = new Selection(Kind.METHOD, e.path(), e.indirect(), m.type(), null, m);
            count++;
          }
        }
      }
      if (count == 1) {
        return found;
      }
      if (count > 1) {
        return null;
      }
      current = next;
    }
    return null;
  }
}
