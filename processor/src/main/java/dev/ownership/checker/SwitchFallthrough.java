package dev.ownership.checker;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.BlockImpl;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlockImpl;
import org.checkerframework.dataflow.cfg.node.Node;

/**
 * Puts back an edge the Checker Framework's control-flow graph loses: a {@code default} that is
 * not the last label of a {@code switch} statement and falls through goes on into the next case,
 * but the framework's graph (3.54.1 and 4.4.0) sends it to the end of the switch. A use after
 * move reached only through that fallthrough would go unseen, and a value given a new value in
 * the next case would seem still moved after the switch.
 *
 * <p>Repaired when the default's body ends in an expression statement or a declaration (the
 * shapes whose last block is known) and the next body starts with a statement the graph has
 * nodes for; other shapes keep the framework's graph.
 */
final class SwitchFallthrough {
  private SwitchFallthrough() {}

  /** Redirects the fallthrough of each such {@code default} in {@code cfg}. */
  static void repair(ControlFlowGraph cfg, List<SwitchTree> switches) {
    for (SwitchTree s : switches) {
      List<? extends CaseTree> cases = s.getCases();
      for (int i = 0; i < cases.size() - 1; i++) {
        CaseTree c = cases.get(i);
        if (!isDefault(c) || c.getCaseKind() != CaseTree.CaseKind.STATEMENT) {
          continue;
        }
        List<? extends StatementTree> body = c.getStatements();
        StatementTree next = firstStatementAfter(cases, i);
        if (body == null || body.isEmpty() || next == null) {
          continue;
        }
        StatementTree last = body.get(body.size() - 1);
        if (!(last instanceof ExpressionStatementTree || last instanceof VariableTree)) {
          continue; // a jump ends it, or its last block is not known
        }
        SingleSuccessorBlockImpl from = lastBlock(cfg, last);
        BlockImpl to = firstBlock(cfg, next);
        if (from != null && to != null && from.getSuccessor() != to) {
          Block old = from.getSuccessor();
          if (old instanceof BlockImpl) {
            ((BlockImpl) old).removePredecessor(from);
          }
          from.setSuccessor(to);
          to.addPredecessor(from);
        }
      }
    }
  }

  /** True for a {@code default} label. */
  private static boolean isDefault(CaseTree c) {
    return c.getExpressions().isEmpty();
  }

  private static StatementTree firstStatementAfter(List<? extends CaseTree> cases, int i) {
    for (int j = i + 1; j < cases.size(); j++) {
      List<? extends StatementTree> b = cases.get(j).getStatements();
      if (b != null && !b.isEmpty()) {
        return b.get(0);
      }
    }
    return null;
  }

  /** The block that ends a statement: the one whose successor lies outside the statement. */
  private static SingleSuccessorBlockImpl lastBlock(ControlFlowGraph cfg, StatementTree last) {
    Set<Block> own = blocksOf(cfg, last);
    SingleSuccessorBlockImpl found = null;
    for (Block b : own) {
      if (b instanceof SingleSuccessorBlockImpl
          && !own.contains(((SingleSuccessorBlockImpl) b).getSuccessor())) {
        if (found != null) {
          return null; // more than one way out: leave the graph alone
        }
        found = (SingleSuccessorBlockImpl) b;
      }
    }
    return found;
  }

  /**
   * The block a statement starts in: the one entered from outside it (from a case's test, or an
   * implicit node, such as the class of a static call, that has no tree of the statement).
   */
  private static BlockImpl firstBlock(ControlFlowGraph cfg, StatementTree first) {
    Set<Block> own = blocksOf(cfg, first);
    BlockImpl found = null;
    for (Block b : own) {
      if (b instanceof BlockImpl && !own.containsAll(b.getPredecessors())) {
        if (found != null) {
          return null;
        }
        found = (BlockImpl) b;
      }
    }
    return found;
  }

  private static Set<Block> blocksOf(ControlFlowGraph cfg, Tree statement) {
    Set<Block> result = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree t, Void unused) {
        if (t != null) {
          Set<Node> nodes = cfg.getNodesCorrespondingToTree(t);
          if (nodes != null) {
            for (Node n : nodes) {
              if (n.getBlock() != null) {
                result.add(n.getBlock());
              }
            }
          }
        }
        return super.scan(t, unused);
      }
    }.scan(statement, null);
    return result;
  }
}
