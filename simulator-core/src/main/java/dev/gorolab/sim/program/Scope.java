package dev.gorolab.sim.program;

import java.util.ArrayList;
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
  final List<Sym> syms = new ArrayList<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  Sym lookupHere(String name) {
    for (Sym s : syms) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    return null;
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
