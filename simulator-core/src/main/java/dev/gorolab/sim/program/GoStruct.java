package dev.gorolab.sim.program;

import java.util.Arrays;

/**
 * A struct value. An object of this class is the storage of one struct-typed location (a
 * variable, a field, a slice element, a heap allocation): fields are written in place, an
 * assignment to the location copies into it ({@link #assignFrom}), and a value leaving a location
 * is copied ({@code Structs.copy} in the interpreter). So a pointer to a struct is simply a
 * reference to its storage object, and Go's value semantics hold.
 *
 * <p>Equality is Go's {@code ==} on structs: field by field. Engine thread only.
 */
public final class GoStruct {
  private final GoType type;
  final Object[] fields;

  /**
   * @param type the struct's type: a defined type ({@code main.Point}) or a struct literal type
   * @param fields the field values in declaration order (taken, not copied)
   */
  public GoStruct(GoType type, Object[] fields) {
    this.type = type;
    this.fields = fields;
  }

  public GoType type() {
    return type;
  }

  /** The struct type underlying {@link #type()}. */
  public GoType.Struct structType() {
    return (GoType.Struct) GoType.under(type);
  }

  public int size() {
    return fields.length;
  }

  public Object get(int i) {
    return fields[i];
  }

  public void set(int i, Object v) {
    fields[i] = v;
  }

  /**
   * {@code *this = other}: copies other's fields into this storage; nested structs are copied
   * into in place (pointers to them stay valid), runtime objects (a Mutex field) keep their own.
   */
  public void assignFrom(GoStruct other) {
    if (other == this) {
      return;
    }
    for (int i = 0; i < fields.length; i++) {
      Object mine = fields[i];
      Object theirs = other.fields[i];
      if (mine instanceof GoStruct a && theirs instanceof GoStruct b) {
        a.assignFrom(b);
      } else if (mine instanceof GoArray a && theirs instanceof GoArray b) {
        a.assignFrom(b);
      } else if (!(mine != null && isRuntimeObject(mine))) {
        fields[i] = theirs;
      }
    }
  }

  static boolean isRuntimeObject(Object v) {
    return v instanceof dev.gorolab.model.Mutex || v instanceof dev.gorolab.model.WaitGroup
        || v instanceof dev.gorolab.model.RWMutex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoStruct s && s.type == type && Arrays.equals(fields, s.fields);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fields);
  }

  /** fmt's {@code %v}: {@code {1 2}}. */
  @Override
  public String toString() {
    return GoFormat.valueString(this);
  }
}
