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
    /** RECORD: the constructor taking its arguments as one {@code Object[]}. */
    MethodHandle spread;
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
  private final IdentityHashMap<Object, Object> copies;
  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  private final ArrayList<Object> hashed = new ArrayList<>();

  private ModelCopier(Predicate<Object> shared, int expectedObjects) {
    this.shared = shared;
    // Sized for the copy before it (a model grows slowly): growing a map of 100,000s of entries
    // step by step rehashes it many times.
    this.copies = new IdentityHashMap<>(Math.max(32, expectedObjects + expectedObjects / 4));
  }

  /**
   * A deep copy of {@code root}; objects for which {@code shared} is true are not copied (nor
   * what they reach). {@code objects[0]} comes in as the number of objects expected (0: unknown)
   * and goes out as the number copied.
   */
  @SuppressWarnings("unchecked")
  static synchronized <T> T copy(T root, Predicate<Object> shared, int[] objects) {
    ModelCopier c = new ModelCopier(shared, objects[0]);
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

  /**
   * A snapshot flattened for copying it again and again: every object it owns numbered, and each
   * reference slot written as the number of its target (or as a value shared with the copy). A
   * copy then allocates by number and fills slots from an array, with no identity lookups: the
   * graph walk and its identity map are paid once per snapshot instead of once per seek. The
   * snapshot must not change after the image is made (snapshots are never run, only copied).
   */
  static final class Image {
    private static final int VERBATIM = -1;
    private final Object[] objs;
    private final Plan[] plans;
    /** Per object, where its slots start in {@code slots}. */
    private final int[] slotStart;
    /** Per reference slot: an object's number, {@link #VERBATIM} (read the snapshot's value), or -2-k: {@code constants[k]}. */
    private final int[] slots;
    private final Object[] constants;
    /** Records in an order where a record's record components come before it. */
    private final int[] recordOrder;

    private Image(Object[] objs, Plan[] plans, int[] slotStart, int[] slots, Object[] constants, int[] recordOrder) {
      this.objs = objs;
      this.plans = plans;
      this.slotStart = slotStart;
      this.slots = slots;
      this.constants = constants;
      this.recordOrder = recordOrder;
    }

    /** Objects a copy allocates. */
    int objects() {
      return objs.length;
    }

    /** A deep copy of the snapshot, equal to {@link ModelCopier#copy} of it. */
    Object copy() {
      int n = objs.length;
      Object[] out = new Object[n];
      for (int i = 0; i < n; i++) {
        Object o = objs[i];
        switch (plans[i].kind) {
          case Plan.FIELDS -> {
            try {
              out[i] = UNSAFE.allocateInstance(o.getClass());
            } catch (InstantiationException e) {
              throw new NotCopyable("cannot allocate " + o.getClass().getName());
            }
          }
          case Plan.OBJECT_ARRAY -> out[i] = Array.newInstance(o.getClass().getComponentType(), ((Object[]) o).length);
          case Plan.PRIMITIVE_ARRAY -> out[i] = primitiveClone(o);
          case Plan.HASHED -> out[i] = emptyLike(o);
          default -> { } // records: below, once their components exist
        }
      }
      for (int i : recordOrder) {
        Plan p = plans[i];
        Object[] args = new Object[p.accessors.length];
        int s = slotStart[i];
        for (int j = 0; j < args.length; j++) {
          args[j] = resolve(out, slots[s + j], null);
        }
        try {
          out[i] = (Object) p.spread.invokeExact(args);
        } catch (Throwable e) {
          throw new NotCopyable("cannot copy record " + objs[i].getClass().getName() + ": " + e);
        }
      }
      for (int i = 0; i < n; i++) {
        Plan p = plans[i];
        int s = slotStart[i];
        if (p.kind == Plan.FIELDS) {
          Object o = objs[i];
          Object c = out[i];
          for (long off : p.longs) {
            UNSAFE.putLong(c, off, UNSAFE.getLong(o, off));
          }
          for (long off : p.ints) {
            UNSAFE.putInt(c, off, UNSAFE.getInt(o, off));
          }
          for (long off : p.shorts) {
            UNSAFE.putShort(c, off, UNSAFE.getShort(o, off));
          }
          for (long off : p.bytes) {
            UNSAFE.putByte(c, off, UNSAFE.getByte(o, off));
          }
          long[] refs = p.refs;
          for (int j = 0; j < refs.length; j++) {
            int t = slots[s + j];
            UNSAFE.putObject(c, refs[j], t == VERBATIM ? UNSAFE.getObject(o, refs[j]) : resolve(out, t, null));
          }
        } else if (p.kind == Plan.OBJECT_ARRAY) {
          Object[] from = (Object[]) objs[i];
          Object[] to = (Object[]) out[i];
          for (int j = 0; j < from.length; j++) {
            to[j] = resolve(out, slots[s + j], from[j]);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (plans[i].kind == Plan.HASHED) {
          rebuild(objs[i], out[i], out, slotStart[i]);
        }
      }
      return out[0];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void rebuild(Object o, Object copy, Object[] out, int s) {
      if (o instanceof Map<?, ?> m) {
        Map target = (Map) copy;
        for (int k = 0, size = m.size(); k < size; k++) {
          target.put(resolve(out, slots[s + 2 * k], null), resolve(out, slots[s + 2 * k + 1], null));
        }
      } else {
        Collection target = (Collection) copy;
        for (int k = 0, size = ((Collection<?>) o).size(); k < size; k++) {
          target.add(resolve(out, slots[s + k], null));
        }
      }
    }

    private Object resolve(Object[] out, int t, Object verbatim) {
      if (t >= 0) {
        return out[t];
      }
      return t == VERBATIM ? verbatim : constants[-2 - t];
    }
  }

  /**
   * The {@link Image} of {@code root}, a snapshot made by {@link #copy}; {@code shared} as there.
   */
  static synchronized Image image(Object root, Predicate<Object> shared) {
    IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
    ArrayList<Object> objs = new ArrayList<>();
    ArrayList<Plan> plans = new ArrayList<>();
    IntBuffer slotStart = new IntBuffer();
    IntBuffer slots = new IntBuffer();
    ArrayList<Object> constants = new ArrayList<>();
    IntBuffer records = new IntBuffer();
    ModelCopier walker = new ModelCopier(shared, 0);
    java.util.function.ToIntFunction<Object> number = o -> {
      if (o == null || walker.verbatim(o)) {
        return Image.VERBATIM;
      }
      Integer id = ids.get(o);
      if (id == null) {
        id = objs.size();
        ids.put(o, id);
        objs.add(o);
        plans.add(plan(o.getClass()));
      }
      return id;
    };
    java.util.function.Function<Object, Integer> constant = v -> {
      int t = number.applyAsInt(v);
      if (t != Image.VERBATIM) {
        return t;
      }
      constants.add(v);
      return -2 - (constants.size() - 1);
    };
    if (number.applyAsInt(root) != 0) {
      throw new IllegalArgumentException("the root of an image must be copied, not shared");
    }
    for (int i = 0; i < objs.size(); i++) {
      Object o = objs.get(i);
      Plan p = plans.get(i);
      slotStart.add(slots.size);
      switch (p.kind) {
        case Plan.FIELDS -> {
          for (long off : p.refs) {
            slots.add(number.applyAsInt(UNSAFE.getObject(o, off)));
          }
        }
        case Plan.OBJECT_ARRAY -> {
          for (Object e : (Object[]) o) {
            slots.add(number.applyAsInt(e));
          }
        }
        case Plan.RECORD -> {
          records.add(i);
          for (MethodHandle accessor : p.accessors) {
            try {
              slots.add(constant.apply(accessor.invoke(o)));
            } catch (Throwable e) {
              throw new NotCopyable("cannot copy record " + o.getClass().getName() + ": " + e);
            }
          }
        }
        case Plan.HASHED -> {
          if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
              slots.add(constant.apply(e.getKey()));
              slots.add(constant.apply(e.getValue()));
            }
          } else {
            for (Object e : (Collection<?>) o) {
              slots.add(constant.apply(e));
            }
          }
        }
        case Plan.REFUSE -> throw new NotCopyable(p.why);
        default -> { } // primitive arrays: cloned whole
      }
    }
    int n = objs.size();
    int[] start = slotStart.toArray();
    int[] slotArray = slots.toArray();
    Plan[] planArray = plans.toArray(new Plan[0]);
    // Records are built from their components, so a record's record components go first (records
    // are immutable: they cannot form a cycle without a mutable object between them).
    IntBuffer order = new IntBuffer();
    boolean[] placed = new boolean[n];
    int[] recordIds = records.toArray();
    for (int r : recordIds) {
      placeRecord(r, planArray, start, slotArray, placed, order);
    }
    return new Image(objs.toArray(), planArray, start, slotArray, constants.toArray(), order.toArray());
  }

  private static void placeRecord(int r, Plan[] plans, int[] start, int[] slots, boolean[] placed, IntBuffer order) {
    if (placed[r]) {
      return;
    }
    placed[r] = true;
    for (int j = 0; j < plans[r].accessors.length; j++) {
      int t = slots[start[r] + j];
      if (t >= 0 && plans[t].kind == Plan.RECORD) {
        placeRecord(t, plans, start, slots, placed, order);
      }
    }
    order.add(r);
  }

  /** A growable int array. */
  private static final class IntBuffer {
    int[] a = new int[64];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }

  /** True when a copy keeps {@code o} itself (the sharing rule of {@link #copyOf}). */
  private boolean verbatim(Object o) {
    Plan plan = plan(o.getClass());
    return plan.kind == Plan.SHARE || STATICS.contains(o) || shared.test(o);
  }

  private Object copyOf(Object o) {
    if (o == null) {
      return null;
    }
    Class<?> c = o.getClass();
    Plan plan = plan(c);
    // Immutable values (strings, boxed numbers, code) fill most slots and are never copied:
    // answered by their class alone, before the identity map hashes them.
    if (plan.kind == Plan.SHARE) {
      return o;
    }
    Object done = copies.get(o);
    if (done != null) {
      return done;
    }
    if (STATICS.contains(o) || shared.test(o)) {
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
      return (Object) p.spread.invokeExact(args);
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
      p.spread = p.constructor.asSpreader(Object[].class, types.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
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
