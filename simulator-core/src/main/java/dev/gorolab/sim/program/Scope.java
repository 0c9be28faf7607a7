package dev.gorolab.sim.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.List;

/** The kind of object a name denotes. */
enum SymKind { VAR, FUNC, TYPE, PACKAGE, BUILTIN, CONST }

/** A declared name: variable, function, type, package, builtin or constant. */
final class Sym {
  final String name;
  final SymKind kind;
  final GoType type;
  final Object value;
  final Origin origin;
  final boolean local;
  boolean used;

  Sym(String name, SymKind kind, GoType type, Object value, Origin origin, boolean local) {
    this.name = name;
    this.kind = kind;
    this.type = type;
    this.value = value;
    this.origin = origin;
    this.local = local;
  }
}

/** A declared name: variable, function, type, package, builtin or constant. */
/** A lexical block's names, innermost first when looked up. */
final class Scope {
  final Scope parent;
  /** In declaration order; add and remove through {@link #add} and {@link #removeIf}. */
  final List<Sym> syms = new ArrayList<>();
  // Lookups only, never iterated (syms keeps the order): a block of thousands of names is
  // checked in linear time.
  private final Map<String, Sym> byName = new LinkedHashMap<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  void add(Sym s) {
    syms.add(s);
    byName.putIfAbsent(s.name, s);
  }

  void removeIf(Predicate<Sym> which) {
    syms.removeIf(which);
    byName.clear();
    for (Sym s : syms) {
      byName.putIfAbsent(s.name, s);
    }
  }

  Sym lookupHere(String name) {
    return byName.get(name);
  }

  Sym lookup(String name) {
    for (Scope sc = this; sc != null; sc = sc.parent) {
      Sym s = sc.lookupHere(name);
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
