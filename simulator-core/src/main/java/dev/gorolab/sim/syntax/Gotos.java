package dev.gorolab.sim.syntax;

import dev.gorolab.sim.syntax.Lowering.Problem;
import dev.gorolab.sim.syntax.Nodes.AssignStmt;
import dev.gorolab.sim.syntax.Nodes.BlockStmt;
import dev.gorolab.sim.syntax.Nodes.BranchStmt;
import dev.gorolab.sim.syntax.Nodes.CaseClause;
import dev.gorolab.sim.syntax.Nodes.CommClause;
import dev.gorolab.sim.syntax.Nodes.DeclStmt;
import dev.gorolab.sim.syntax.Nodes.ForStmt;
import dev.gorolab.sim.syntax.Nodes.IfStmt;
import dev.gorolab.sim.syntax.Nodes.LabeledStmt;
import dev.gorolab.sim.syntax.Nodes.Node;
import dev.gorolab.sim.syntax.Nodes.SelectStmt;
import dev.gorolab.sim.syntax.Nodes.SwitchStmt;
import dev.gorolab.sim.syntax.Nodes.VarDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goto rules of one function body, checked as go1.19's cmd/compile/internal/syntax/branches.go
 * ({@code checkBranches}, {@code blockBranches}) checks them, in its words: a goto must name a label
 * of the function ("label L not defined"), may not jump into a block ("goto L jumps into block
 * starting at FILE:LINE:COL") and may not jump forward over a variable declaration of the block of
 * its label ("goto L jumps over declaration of x at FILE:LINE:COL"). Spec: Goto statements.
 * Duplicate and unused labels are reported by {@link Lowering}.
 */
final class Gotos {

  /** A block of the body: where it starts, and its enclosing block. */
  private record Block(Block parent, int line, int col) {}

  /** A declared label and the block it is declared in. */
  private record Label(Block parent) {}

  private final String fileName;
  private final List<Problem> problems;
  private final Map<String, Label> labels = new LinkedHashMap<>();

  private Gotos(String fileName, List<Problem> problems) {
    this.fileName = fileName;
    this.problems = problems;
  }

  /** Checks the gotos of a function body; adds what is wrong to {@code problems}. */
  static void check(String fileName, BlockStmt body, List<Problem> problems) {
    Gotos g = new Gotos(fileName, problems);
    List<BranchStmt> fwd = g.block(null, body.line, body.col, body.list);
    // Forward gotos left: their label is undefined or inside a block they cannot enter.
    for (BranchStmt s : fwd) {
      String name = s.label.value;
      Label l = g.labels.get(name);
      if (l != null) {
        g.error(s, "goto " + name + " jumps into block starting at " + g.at(l.parent.line, l.parent.col));
      } else {
        g.error(s, "label " + name + " not defined");
      }
    }
  }

  private String at(int line, int col) {
    return fileName + ":" + line + ":" + col;
  }

  private void error(BranchStmt s, String message) {
    problems.add(new Problem(s.label.line, s.label.col, message, true));
  }

  /** branches.go blockBranches, for gotos: returns the forward gotos this block leaves unresolved. */
  private List<BranchStmt> block(Block parent, int line, int col, List<Nodes.Stmt> body) {
    Block b = new Block(parent, line, col);
    List<BranchStmt> fwdGotos = new ArrayList<>();
    List<BranchStmt> badGotos = new ArrayList<>();
    Node varPos = null;
    String varName = null;
    for (Nodes.Stmt stmt : body) {
      Nodes.Stmt s = stmt;
      if (s instanceof LabeledStmt ls) {
        String name = ls.label.value;
        if (!name.equals("_")) {
          labels.putIfAbsent(name, new Label(b));
          List<BranchStmt> keep = new ArrayList<>();
          for (BranchStmt f : fwdGotos) {
            if (!f.label.value.equals(name)) {
              keep.add(f);
            } else if (varPos != null && badGotos.contains(f)) {
              error(f, "goto " + name + " jumps over declaration of " + varName + " at " + at(varPos.line, varPos.col));
            }
          }
          fwdGotos = keep;
        }
        s = ls.stmt;
      }
      if (s instanceof DeclStmt d) {
        for (Nodes.Decl decl : d.decls) {
          if (decl instanceof VarDecl v) {
            varPos = v;
            varName = v.names.get(0).value;
            badGotos = new ArrayList<>(fwdGotos);
            break; // the first VarDecl will do
          }
        }
      } else if (s instanceof AssignStmt a && a.op == Operator.DEF) {
        varPos = a;
        varName = Printer.string(a.lhs);
        badGotos = new ArrayList<>(fwdGotos);
      } else if (s instanceof BranchStmt br && br.tok == Token.GOTO && br.label != null) {
        if (!declaredIn(b, br.label.value)) {
          fwdGotos.add(br); // the label may be declared later
        }
      } else if (s instanceof BlockStmt bs) {
        fwdGotos.addAll(block(b, bs.line, bs.col, bs.list));
      } else if (s instanceof IfStmt i) {
        fwdGotos.addAll(block(b, i.then.line, i.then.col, i.then.list));
        if (i.elseStmt != null) {
          fwdGotos.addAll(block(b, i.elseStmt.line, i.elseStmt.col, List.of(i.elseStmt)));
        }
      } else if (s instanceof ForStmt f) {
        fwdGotos.addAll(block(b, f.body.line, f.body.col, f.body.list));
      } else if (s instanceof SwitchStmt sw) {
        for (CaseClause cc : sw.body) {
          fwdGotos.addAll(block(b, cc.line, cc.col, cc.body));
        }
      } else if (s instanceof SelectStmt sel) {
        for (CommClause cc : sel.body) {
          fwdGotos.addAll(block(b, cc.line, cc.col, cc.body));
        }
      }
    }
    return fwdGotos;
  }

  /** branches.go gotoTarget: whether a backward goto finds its label in b or a block around it. */
  private boolean declaredIn(Block b, String name) {
    Label l = labels.get(name);
    for (Block blk = b; blk != null; blk = blk.parent) {
      if (l != null && l.parent == blk) {
        return true;
      }
    }
    return false;
  }
}
