package dev.gorolab.sim.trace;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import sun.misc.Unsafe;

/**
 * Deep copies of a running model (runtime, interpreter, goroutine stacks, Go values): the
 * snapshots a trace re-executes from. The model has dozens of classes that other work keeps
 * changing, so the copy is generic: it walks the object graph field by field, keeping identity
 * and cycles (one copy per object), and shares what never changes while a program runs (strings,
 * boxed numbers, enums, the compiled code, types, events, and objects that classes keep in static
 * fields, which the model compares by identity). Hash-based collections are rebuilt through
 * their API, since a copied key may hash elsewhere.
 *
 * <p>A copy is refused ({@link NotCopyable}) when it meets what it cannot copy faithfully: a
 * lambda that captured state. The trace then re-executes from the start instead.
 */
final class ModelCopier {
  /** Thrown when the graph holds an object that cannot be copied. */
  static final class NotCopyable extends RuntimeException {
    NotCopyable(String message) {
      super(message, null, false, false);
    }
  }

  private static final Unsafe UNSAFE = unsafe();

  private static Unsafe unsafe() {
    try {
      Field f = Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return (Unsafe) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** How the instances of one class are copied. */
  private static final class Plan {
    static final int SHARE = 0;
    static final int FIELDS = 1;
    static final int RECORD = 2;
    static final int OBJECT_ARRAY = 3;
    static final int PRIMITIVE_ARRAY = 4;
    static final int HASHED = 5;
    static final int REFUSE = 6;

    final int kind;
    /** FIELDS: offsets of reference fields, and of primitive fields by width. */
    long[] refs = new long[0];
    long[] longs = new long[0];
    long[] ints = new long[0];
    long[] shorts = new long[0];
    long[] bytes = new long[0];
    /** RECORD: component accessors and the canonical constructor. */
    MethodHandle[] accessors;
    MethodHandle constructor;
    String why;

    Plan(int kind) {
      this.kind = kind;
    }
  }

  private static final Map<Class<?>, Plan> PLANS = new IdentityHashMap<>();
  /** Objects held in static fields of classes met so far: shared, compared by identity. */
  private static final Set<Object> STATICS = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private static final Set<Class<?>> SCANNED = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private final Predicate<Object> shared;
  private final IdentityHashMap<Object, Object> copies = new IdentityHashMap<>();
  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  private final ArrayList<Object> hashed = new ArrayList<>();

  private ModelCopier(Predicate<Object> shared) {
    this.shared = shared;
  }

  /**
   * A deep copy of {@code root}; objects for which {@code shared} is true are not copied (nor
   * what they reach).
   */
  @SuppressWarnings("unchecked")
  static synchronized <T> T copy(T root, Predicate<Object> shared, int[] objects) {
    ModelCopier c = new ModelCopier(shared);
    Object copy = c.copyOf(root);
    while (!c.pending.isEmpty()) {
      Object original = c.pending.poll();
      c.fill(original, c.copies.get(original));
    }
    // Keys' fields are all in place now: rebuild hash-based collections.
    for (int i = 0; i < c.hashed.size(); i += 2) {
      c.rehash(c.hashed.get(i), c.hashed.get(i + 1));
    }
    objects[0] = c.copies.size();
    return (T) copy;
  }

  private Object copyOf(Object o) {
    if (o == null) {
      return null;
    }
    Object done = copies.get(o);
    if (done != null) {
      return done;
    }
    Class<?> c = o.getClass();
    Plan plan = plan(c);
    if (plan.kind == Plan.SHARE || STATICS.contains(o) || shared.test(o)) {
      return o;
    }
    Object copy;
    switch (plan.kind) {
      case Plan.PRIMITIVE_ARRAY -> {
        copy = primitiveClone(o);
        copies.put(o, copy);
        return copy;
      }
      case Plan.OBJECT_ARRAY -> copy = Array.newInstance(c.getComponentType(), Array.getLength(o));
      case Plan.RECORD -> {
        copy = copyRecord(o, plan);
        copies.put(o, copy);
        return copy;
      }
      case Plan.HASHED -> {
        copy = emptyLike(o);
        copies.put(o, copy);
        hashed.add(o);
        hashed.add(copy);
        return copy;
      }
      case Plan.REFUSE -> throw new NotCopyable(plan.why);
      default -> {
        try {
          copy = UNSAFE.allocateInstance(c);
        } catch (InstantiationException e) {
          throw new NotCopyable("cannot allocate " + c.getName());
        }
      }
    }
    copies.put(o, copy);
    pending.add(o);
    return copy;
  }

  private void fill(Object o, Object copy) {
    Class<?> c = o.getClass();
    if (c.isArray()) {
      Object[] from = (Object[]) o;
      Object[] to = (Object[]) copy;
      for (int i = 0; i < from.length; i++) {
        to[i] = copyOf(from[i]);
      }
      return;
    }
    Plan p = PLANS.get(c);
    for (long off : p.longs) {
      UNSAFE.putLong(copy, off, UNSAFE.getLong(o, off));
    }
    for (long off : p.ints) {
      UNSAFE.putInt(copy, off, UNSAFE.getInt(o, off));
    }
    for (long off : p.shorts) {
      UNSAFE.putShort(copy, off, UNSAFE.getShort(o, off));
    }
    for (long off : p.bytes) {
      UNSAFE.putByte(copy, off, UNSAFE.getByte(o, off));
    }
    for (long off : p.refs) {
      UNSAFE.putObject(copy, off, copyOf(UNSAFE.getObject(o, off)));
    }
  }

  private Object copyRecord(Object o, Plan p) {
    try {
      Object[] args = new Object[p.accessors.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = copyOf(p.accessors[i].invoke(o));
      }
      return p.constructor.invokeWithArguments(args);
    } catch (NotCopyable e) {
      throw e;
    } catch (Throwable e) {
      throw new NotCopyable("cannot copy record " + o.getClass().getName() + ": " + e);
    }
  }

  private static Object primitiveClone(Object o) {
    if (o instanceof int[] a) {
      return a.clone();
    } else if (o instanceof long[] a) {
      return a.clone();
    } else if (o instanceof byte[] a) {
      return a.clone();
    } else if (o instanceof boolean[] a) {
      return a.clone();
    } else if (o instanceof double[] a) {
      return a.clone();
    } else if (o instanceof char[] a) {
      return a.clone();
    } else if (o instanceof short[] a) {
      return a.clone();
    } else {
      return ((float[]) o).clone();
    }
  }

  private static Object emptyLike(Object o) {
    if (o instanceof LinkedHashMap<?, ?>) {
      return new LinkedHashMap<>();
    } else if (o instanceof IdentityHashMap<?, ?>) {
      return new IdentityHashMap<>();
    } else if (o instanceof java.util.LinkedHashSet<?>) {
      return new java.util.LinkedHashSet<>();
    } else if (o instanceof TreeMap<?, ?> t) {
      return new TreeMap<>(t.comparator());
    } else if (o instanceof java.util.TreeSet<?> t) {
      return new java.util.TreeSet<>(t.comparator());
    }
    throw new NotCopyable("cannot copy " + o.getClass().getName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void rehash(Object o, Object copy) {
    if (o instanceof Map<?, ?> m) {
      Map target = (Map) copy;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        target.put(copyOf(e.getKey()), copyOf(e.getValue()));
      }
    } else {
      Collection target = (Collection) copy;
      for (Object e : (Collection<?>) o) {
        target.add(copyOf(e));
      }
    }
    // Values reached only through the collection are filled now too.
    while (!pending.isEmpty()) {
      Object original = pending.poll();
      fill(original, copies.get(original));
    }
  }

  private static Plan plan(Class<?> c) {
    Plan p = PLANS.get(c);
    if (p == null) {
      p = makePlan(c);
      PLANS.put(c, p);
    }
    return p;
  }

  private static Plan makePlan(Class<?> c) {
    scanStatics(c);
    if (c.isArray()) {
      return new Plan(c.getComponentType().isPrimitive() ? Plan.PRIMITIVE_ARRAY : Plan.OBJECT_ARRAY);
    }
    if (immutable(c)) {
      return new Plan(Plan.SHARE);
    }
    if (c.isHidden()) {
      // A lambda: code, unless it captured something.
      for (Class<?> k = c; k != null; k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())) {
            Plan refuse = new Plan(Plan.REFUSE);
            refuse.why = "a lambda that captured state: " + c.getName();
            return refuse;
          }
        }
      }
      return new Plan(Plan.SHARE);
    }
    if (c == java.util.HashMap.class || c == java.util.HashSet.class || c == LinkedHashMap.class
        || c == java.util.LinkedHashSet.class || c == IdentityHashMap.class || c == TreeMap.class
        || c == java.util.TreeSet.class) {
      if (c == java.util.HashMap.class || c == java.util.HashSet.class) {
        // The model never builds these (their order would leak into a trace); refuse rather than guess.
        Plan refuse = new Plan(Plan.REFUSE);
        refuse.why = "a hash-ordered collection: " + c.getName();
        return refuse;
      }
      return new Plan(Plan.HASHED);
    }
    if (c.getName().startsWith("java.util.ImmutableCollections$Set")
        || c.getName().startsWith("java.util.ImmutableCollections$Map")
        || c.getName().startsWith("java.util.WeakHashMap")) {
      Plan refuse = new Plan(Plan.REFUSE);
      refuse.why = "a hash-based collection: " + c.getName();
      return refuse;
    }
    if (c.isRecord()) {
      return recordPlan(c);
    }
    Plan p = new Plan(Plan.FIELDS);
    List<Long> refs = new ArrayList<>();
    List<Long> longs = new ArrayList<>();
    List<Long> ints = new ArrayList<>();
    List<Long> shorts = new ArrayList<>();
    List<Long> bytes = new ArrayList<>();
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        long off = UNSAFE.objectFieldOffset(f);
        Class<?> t = f.getType();
        if (!t.isPrimitive()) {
          refs.add(off);
        } else if (t == long.class || t == double.class) {
          longs.add(off);
        } else if (t == int.class || t == float.class) {
          ints.add(off);
        } else if (t == short.class || t == char.class) {
          shorts.add(off);
        } else {
          bytes.add(off);
        }
      }
    }
    p.refs = unbox(refs);
    p.longs = unbox(longs);
    p.ints = unbox(ints);
    p.shorts = unbox(shorts);
    p.bytes = unbox(bytes);
    return p;
  }

  private static Plan recordPlan(Class<?> c) {
    Plan p = new Plan(Plan.RECORD);
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
      RecordComponent[] components = c.getRecordComponents();
      p.accessors = new MethodHandle[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        p.accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
        types[i] = components[i].getType();
      }
      p.constructor = lookup.findConstructor(c, MethodType.methodType(void.class, types));
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      Plan refuse = new Plan(Plan.REFUSE);
      refuse.why = "cannot copy record " + c.getName() + ": " + e;
      return refuse;
    }
    return p;
  }

  private static long[] unbox(List<Long> xs) {
    long[] a = new long[xs.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = xs.get(i);
    }
    return a;
  }

  /** Never changes once made: shared between a snapshot and its copies. */
  private static boolean immutable(Class<?> c) {
    return c == String.class || c == Long.class || c == Integer.class || c == Boolean.class
        || c == Double.class || c == Float.class || c == Short.class || c == Byte.class
        || c == Character.class || c == java.math.BigInteger.class || c == java.math.BigDecimal.class
        || c == Class.class || c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum())
        || dev.gorolab.model.Event.class.isAssignableFrom(c)
        || c.getName().startsWith("dev.gorolab.model.RuntimeSnapshot")
        || c == dev.gorolab.model.Variable.class
        || c == dev.gorolab.model.RuntimeConfig.class
        || c.getName().startsWith("java.lang.invoke.")
        || c.getName().startsWith("java.util.regex.")
        || c == java.util.Locale.class
        || sharedCode(c);
  }

  /** The compiled program and its types: read, never written, while it runs. */
  private static boolean sharedCode(Class<?> c) {
    String n = c.getName();
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      String kn = k.getName();
      if (kn.equals("dev.gorolab.sim.interp.Instr") || kn.equals("dev.gorolab.sim.interp.Ev")) {
        return true;
      }
    }
    if (n.equals("dev.gorolab.sim.interp.FnCode") || n.equals("dev.gorolab.sim.interp.VarInfo")
        || n.equals("dev.gorolab.sim.interp.UpvalRef") || n.equals("dev.gorolab.sim.program.Program")
        || n.equals("dev.gorolab.sim.program.Pos") || n.equals("dev.gorolab.sim.program.Origin")
        || n.startsWith("dev.gorolab.sim.program.TypeInfo")
        || n.startsWith("dev.gorolab.sim.interp.LocalsList")) {
      return true;
    }
    for (Class<?> i : allInterfaces(c)) {
      String in = i.getName();
      if (in.equals("dev.gorolab.sim.program.GoType") || in.equals("dev.gorolab.sim.program.Stmt")
          || in.equals("dev.gorolab.sim.program.Expr")) {
        return true;
      }
    }
    return false;
  }

  private static List<Class<?>> allInterfaces(Class<?> c) {
    List<Class<?>> out = new ArrayList<>();
    ArrayDeque<Class<?>> todo = new ArrayDeque<>();
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      todo.addAll(List.of(k.getInterfaces()));
    }
    while (!todo.isEmpty()) {
      Class<?> i = todo.poll();
      out.add(i);
      todo.addAll(List.of(i.getInterfaces()));
    }
    return out;
  }

  /**
   * Registers what {@code c} and its nest keep in static fields (G.FOREVER, a shared empty
   * array): the model compares them by identity, so a copy must point at the same objects.
   */
  private static void scanStatics(Class<?> c) {
    if (c.isArray() || c.isHidden() || !c.getName().startsWith("dev.gorolab.")) {
      return;
    }
    Class<?> host = c.getNestHost();
    List<Class<?>> nest = new ArrayList<>(List.of(host.getNestMembers()));
    nest.add(c);
    for (Class<?> k : nest) {
      if (!SCANNED.add(k)) {
        continue;
      }
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
          try {
            Object v = UNSAFE.getObject(UNSAFE.staticFieldBase(f), UNSAFE.staticFieldOffset(f));
            if (v != null) {
              STATICS.add(v);
            }
          } catch (RuntimeException e) {
            // a field Unsafe cannot read (none in the model): nothing to share
          }
        }
      }
    }
  }
}
