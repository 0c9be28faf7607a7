package dev.gorolab.sim.program;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the checker learnt about a program, for the interpreter (go/types' {@code Info}): the type
 * of every expression, the exact value of every constant expression, the types of the variables
 * each statement declares, and what each selector selects. Keyed by node identity.
 */
public final class TypeInfo {
  private final Map<Expr, GoType> types = new IdentityHashMap<>();
  private final Map<Expr, Object> constants = new IdentityHashMap<>();
  private final Map<Object, List<GoType>> defs = new IdentityHashMap<>();
  private final Map<Expr, Lookup.Selection> selections = new IdentityHashMap<>();
  private final Map<Expr, GoType> literalTypes = new IdentityHashMap<>();

  private final java.util.Set<Expr> typeExprs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  void recordTypeExpr(Expr e) {
    typeExprs.add(e);
  }

  /** Whether {@code e} denotes a type (then a call of it is a conversion). */
  public boolean isType(Expr e) {
    return typeExprs.contains(e);
  }

  /** Whether integer constant {@code e} fits in an int64. */
  public boolean constantFitsInt64(Expr e) {
    Object v = constants.get(e);
    return !(v instanceof java.math.BigInteger b) || b.bitLength() < 64;
  }

  void recordType(Expr e, GoType t) {
    types.put(e, t);
  }

  void recordConstant(Expr e, Object v) {
    constants.put(e, v);
  }

  void recordDefs(Object declaringNode, List<GoType> types) {
    defs.put(declaringNode, types);
  }

  void recordSelection(Expr e, Lookup.Selection s) {
    selections.put(e, s);
  }

  void recordLiteralType(Expr e, GoType t) {
    literalTypes.put(e, t);
  }

  /** The type of {@code e} as checked (an untyped constant keeps its untyped type), or null. */
  public GoType type(Expr e) {
    return types.get(e);
  }

  /** Whether {@code e} is a constant expression. */
  public boolean isConstant(Expr e) {
    return constants.containsKey(e);
  }

  /**
   * The value of constant expression {@code e} as the interpreter holds values of {@code type}
   * ({@code Long} for integers, {@code Double} for floats, ...); {@code type} null uses the
   * expression's own type.
   */
  public Object constantValue(Expr e, GoType type) {
    return Constants.runtimeValue(constants.get(e), type != null ? type : types.get(e));
  }

  /** The types of the variables {@code node} declares (a {@code :=}, a range clause, a {@code var}), or null. */
  public List<GoType> defs(Object node) {
    return defs.get(node);
  }

  /** What selector {@code e} selects when it is a field or method, else null. */
  public Lookup.Selection selection(Expr e) {
    return selections.get(e);
  }

  /** The type of a composite literal, its element type filled in where the source elided it. */
  public GoType literalType(Expr e) {
    return literalTypes.get(e);
  }
}
