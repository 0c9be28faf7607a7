package dev.gorolab.sim.syntax;

import dev.gorolab.sim.syntax.Nodes.ArrayType;
import dev.gorolab.sim.syntax.Nodes.AssertExpr;
import dev.gorolab.sim.syntax.Nodes.AssignStmt;
import dev.gorolab.sim.syntax.Nodes.BasicLit;
import dev.gorolab.sim.syntax.Nodes.CallExpr;
import dev.gorolab.sim.syntax.Nodes.ChanDir;
import dev.gorolab.sim.syntax.Nodes.ChanType;
import dev.gorolab.sim.syntax.Nodes.CompositeLit;
import dev.gorolab.sim.syntax.Nodes.DotsType;
import dev.gorolab.sim.syntax.Nodes.ExprStmt;
import dev.gorolab.sim.syntax.Nodes.Field;
import dev.gorolab.sim.syntax.Nodes.FuncLit;
import dev.gorolab.sim.syntax.Nodes.FuncType;
import dev.gorolab.sim.syntax.Nodes.IndexExpr;
import dev.gorolab.sim.syntax.Nodes.InterfaceType;
import dev.gorolab.sim.syntax.Nodes.KeyValueExpr;
import dev.gorolab.sim.syntax.Nodes.ListExpr;
import dev.gorolab.sim.syntax.Nodes.MapType;
import dev.gorolab.sim.syntax.Nodes.Name;
import dev.gorolab.sim.syntax.Nodes.Node;
import dev.gorolab.sim.syntax.Nodes.Operation;
import dev.gorolab.sim.syntax.Nodes.ParenExpr;
import dev.gorolab.sim.syntax.Nodes.RangeClause;
import dev.gorolab.sim.syntax.Nodes.SelectorExpr;
import dev.gorolab.sim.syntax.Nodes.SendStmt;
import dev.gorolab.sim.syntax.Nodes.SliceExpr;
import dev.gorolab.sim.syntax.Nodes.SliceType;
import dev.gorolab.sim.syntax.Nodes.StructType;
import dev.gorolab.sim.syntax.Nodes.TypeSwitchGuard;
import java.util.List;

/**
 * Prints a syntax node on one line as gc's {@code syntax.String} does (its ShortForm: bodies of
 * function and composite literals shown as {@code …}), for messages that quote code.
 */
final class Printer {
  private final StringBuilder out = new StringBuilder();

  private Printer() {}

  static String string(Node n) {
    Printer p = new Printer();
    p.node(n);
    return p.out.toString();
  }

  private void node(Node n) {
    if (n == null) {
      return;
    }
    if (n instanceof Name x) {
      out.append(x.value);
    } else if (n instanceof BasicLit x) {
      out.append(x.value);
    } else if (n instanceof FuncLit x) {
      node(x.type);
      out.append(" {");
      if (x.body != null && !x.body.list.isEmpty()) {
        out.append('…');
      }
      out.append('}');
    } else if (n instanceof CompositeLit x) {
      node(x.type);
      out.append('{');
      if (!x.elems.isEmpty()) {
        out.append('…');
      }
      out.append('}');
    } else if (n instanceof ParenExpr x) {
      out.append('(');
      node(x.x);
      out.append(')');
    } else if (n instanceof SelectorExpr x) {
      node(x.x);
      out.append('.');
      node(x.sel);
    } else if (n instanceof IndexExpr x) {
      node(x.x);
      out.append('[');
      node(x.index);
      out.append(']');
    } else if (n instanceof SliceExpr x) {
      node(x.x);
      out.append('[');
      node(x.index[0]);
      out.append(':');
      node(x.index[1]);
      if (x.index[2] != null) {
        out.append(':');
        node(x.index[2]);
      }
      out.append(']');
    } else if (n instanceof AssertExpr x) {
      node(x.x);
      out.append(".(");
      node(x.type);
      out.append(')');
    } else if (n instanceof TypeSwitchGuard x) {
      if (x.lhs != null) {
        node(x.lhs);
        out.append(" := ");
      }
      node(x.x);
      out.append(".(type)");
    } else if (n instanceof CallExpr x) {
      node(x.fun);
      out.append('(');
      list(x.args);
      if (x.hasDots) {
        out.append("...");
      }
      out.append(')');
    } else if (n instanceof Operation x) {
      if (x.y == null) {
        out.append(x.op);
        node(x.x);
      } else {
        node(x.x);
        out.append(' ').append(x.op).append(' ');
        node(x.y);
      }
    } else if (n instanceof KeyValueExpr x) {
      node(x.key);
      out.append(": ");
      node(x.value);
    } else if (n instanceof ListExpr x) {
      list(x.elems);
    } else if (n instanceof ArrayType x) {
      out.append('[');
      if (x.len == null) {
        out.append("...");
      } else {
        node(x.len);
      }
      out.append(']');
      node(x.elem);
    } else if (n instanceof SliceType x) {
      out.append("[]");
      node(x.elem);
    } else if (n instanceof DotsType x) {
      out.append("...");
      node(x.elem);
    } else if (n instanceof StructType x) {
      out.append("struct{");
      for (int i = 0; i < x.fields.size(); i++) {
        if (i > 0) {
          out.append("; ");
        }
        Field f = x.fields.get(i);
        if (f.name != null) {
          node(f.name);
          out.append(' ');
        }
        node(f.type);
      }
      out.append('}');
    } else if (n instanceof InterfaceType x) {
      out.append("interface{");
      for (int i = 0; i < x.methods.size(); i++) {
        if (i > 0) {
          out.append("; ");
        }
        Field f = x.methods.get(i);
        if (f.name != null) {
          node(f.name);
          if (f.type instanceof FuncType ft) {
            signature(ft);
            continue;
          }
        }
        node(f.type);
      }
      out.append('}');
    } else if (n instanceof FuncType x) {
      out.append("func");
      signature(x);
    } else if (n instanceof MapType x) {
      out.append("map[");
      node(x.key);
      out.append(']');
      node(x.value);
    } else if (n instanceof ChanType x) {
      if (x.dir == ChanDir.RECV_ONLY) {
        out.append("<-");
      }
      out.append("chan");
      if (x.dir == ChanDir.SEND_ONLY) {
        out.append("<-");
      }
      out.append(' ');
      if (x.dir == ChanDir.BOTH && x.elem instanceof ChanType e && e.dir == ChanDir.RECV_ONLY) {
        out.append('(');
        node(x.elem);
        out.append(')');
      } else {
        node(x.elem);
      }
    } else if (n instanceof ExprStmt x) {
      node(x.x);
    } else if (n instanceof SendStmt x) {
      node(x.chan);
      out.append(" <- ");
      node(x.value);
    } else if (n instanceof AssignStmt x) {
      node(x.lhs);
      if (x.rhs == null) {
        out.append(x.op).append(x.op);
      } else {
        out.append(' ');
        if (x.op != null) {
          out.append(x.op);
        }
        out.append("= ");
        node(x.rhs);
      }
    } else if (n instanceof RangeClause x) {
      if (x.lhs != null) {
        node(x.lhs);
        out.append(x.def ? " := " : " = ");
      }
      out.append("range ");
      node(x.x);
    }
  }

  private void list(List<? extends Node> xs) {
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      node(xs.get(i));
    }
  }

  private void signature(FuncType sig) {
    params(sig.params);
    List<Field> results = sig.results;
    if (!results.isEmpty()) {
      out.append(' ');
      if (results.size() == 1 && results.get(0).name == null) {
        node(results.get(0).type);
      } else {
        params(results);
      }
    }
  }

  private void params(List<Field> list) {
    out.append('(');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      Field f = list.get(i);
      if (f.name != null) {
        node(f.name);
        if (i + 1 < list.size() && list.get(i + 1).name != null && list.get(i + 1).type == f.type) {
          continue;
        }
        out.append(' ');
      }
      node(Nodes.unparen(f.type));
    }
    out.append(')');
  }
}
