package dev.ownership.checker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlock;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.BinaryOperationNode;
import org.checkerframework.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;

/**
 * Which local variables are live after each node: read on some path from there before being
 * assigned again. This is what makes loans non-lexical (SPEC §2): a loan is live exactly as long
 * as a local that holds it is live — so a modification followed by {@code break} ends a
 * for-each loop's loan, and a borrowing local's loan ends at its last use, whatever the blocks.
 *
 * <p>A standard backward analysis over the same CFG as the move analysis; locals that a lambda
 * or anonymous class captures count as read where it is created.
 */
final class Liveness {

  private final Map<Block, Set<Element>> liveOut = new HashMap<>();
  private final Set<Node> targets;
  private final MovePlan plan;

  private Liveness(Set<Node> targets, MovePlan plan) {
    this.targets = targets;
    this.plan = plan;
  }

  /**
   * True if {@code local} may be read after {@code node} before it is assigned again. Only the
   * live-out set of each block is kept; the rest of the block is walked back on demand, so a
   * long method costs memory in proportion to its blocks, not to its nodes times its locals.
   */
  boolean isLiveAfter(Node node, Element local) {
    return isLiveFrom(node.getBlock(), node, local);
  }

  /**
   * True if {@code local} may be read after {@code stop} in {@code block}, or from the start of
   * the block when {@code stop} is {@code null}: its live-out set walked back to there.
   */
  private boolean isLiveFrom(Block block, Node stop, Element local) {
    Set<Element> out = liveOut.get(block);
    boolean live = out != null && out.contains(local);
    List<Node> nodes = block.getNodes();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      Node n = nodes.get(i);
      if (n == stop) {
        return live;
      }
      if (defines(n, local)) {
        live = false;
      }
      if (uses(n, local)) {
        live = true;
      }
    }
    return live;
  }

  /**
   * For a node whose boolean value alone decides a branch ({@code if (list.remove(x))}, also
   * negated, or as an operand of {@code &&} or {@code ||}), whether {@code local} may be read after it
   * on the branch taken when the value is {@code when}; {@code null} for any other node.
   */
  Boolean isLiveOnBranch(Node node, boolean when, Element local) {
    Block b = node.getBlock();
    List<Node> nodes = b.getNodes();
    int i = nodes.indexOf(node);
    Node value = node;
    for (int hops = 0; hops < 4; hops++) {
      // Only negations of the value may come between it and the branch, or an && or || of
      // which it is the right operand: where that is evaluated, the result is the operand's.
      for (int k = i + 1; k < nodes.size(); k++) {
        Node n = nodes.get(k);
        if (n instanceof ConditionalNotNode && ((ConditionalNotNode) n).getOperand() == value) {
          when = !when;
        } else if (!((n instanceof ConditionalAndNode || n instanceof ConditionalOrNode)
            && ((BinaryOperationNode) n).getRightOperand() == value)) {
          return null;
        }
        value = n;
      }
      Block next = b instanceof SingleSuccessorBlock ? ((SingleSuccessorBlock) b).getSuccessor() : null;
      if (next instanceof ConditionalBlock) {
        ConditionalBlock c = (ConditionalBlock) next;
        return isLiveIn(when ? c.getThenSuccessor() : c.getElseSuccessor(), local);
      }
      if (next == null || next.getNodes().isEmpty()) {
        return null;
      }
      b = next;
      nodes = b.getNodes();
      i = -1;
    }
    return null;
  }

  /** True if {@code local} may be read from the start of {@code block} on. */
  private boolean isLiveIn(Block block, Element local) {
    return isLiveFrom(block, null, local);
  }

  /** True if {@code local} may be read after the block ends. */
  boolean isLiveOut(Block block, Element local) {
    Set<Element> out = liveOut.get(block);
    return out != null && out.contains(local);
  }

  static Liveness of(ControlFlowGraph cfg, MovePlan plan) {
    Set<Node> targets = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n : cfg.getAllNodes(b -> true)) {
      if (n instanceof AssignmentNode) {
        targets.add(((AssignmentNode) n).getTarget());
      }
    }
    Liveness result = new Liveness(targets, plan);
    List<Block> blocks = new ArrayList<>(cfg.getDepthFirstOrderedBlocks());
    Collections.reverse(blocks);
    Map<Block, Set<Element>> liveIn = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : blocks) {
        Set<Element> live = new HashSet<>();
        for (Block s : successors(b)) {
          Set<Element> in = liveIn.get(s);
          if (in != null) {
            live.addAll(in);
          }
        }
        result.liveOut.put(b, new HashSet<>(live));
        List<Node> nodes = b.getNodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
          result.step(nodes.get(i), live);
        }
        if (!live.equals(liveIn.get(b))) {
          liveIn.put(b, live);
          changed = true;
        }
      }
    }
    return result;
  }

  /** Moves a live set from after a node to before it. */
  private void step(Node n, Set<Element> live) {
    if (n instanceof AssignmentNode
        && ((AssignmentNode) n).getTarget() instanceof LocalVariableNode) {
      live.remove(((LocalVariableNode) ((AssignmentNode) n).getTarget()).getElement());
    }
    if (n instanceof LocalVariableNode && !targets.contains(n)) {
      live.add(((LocalVariableNode) n).getElement());
    }
    live.addAll(readsAt(n));
    if (n.getTree() != null) {
      for (MovePlan.Capture c : plan.capturesOf(n.getTree())) {
        if (c.path().root() != null) {
          live.add(c.path().root());
        }
      }
    }
  }

  /**
   * The locals a node reads without a node of their own right before it: the rules check a
   * call's receiver and arguments where the call is made (SPEC §4, Order), a field write, a
   * returned path and a try-with-resources' implicit {@code close()} where they happen. Each is a
   * use here, through fields (`x.f.g()` reads `x`).
   */
  private static List<Element> readsAt(Node n) {
    List<Node> operands = new ArrayList<>();
    if (n instanceof MethodInvocationNode) {
      operands.add(((MethodInvocationNode) n).getTarget().getReceiver());
      operands.addAll(((MethodInvocationNode) n).getArguments());
    } else if (n instanceof FieldAccessNode) {
      operands.add(((FieldAccessNode) n).getReceiver());
    } else if (n instanceof AssignmentNode
        && ((AssignmentNode) n).getTarget() instanceof FieldAccessNode) {
      operands.add(((FieldAccessNode) ((AssignmentNode) n).getTarget()).getReceiver());
      operands.add(((AssignmentNode) n).getExpression());
    } else if (n instanceof ReturnNode && ((ReturnNode) n).getResult() != null) {
      operands.add(((ReturnNode) n).getResult());
    }
    List<Element> result = new ArrayList<>();
    for (Node o : operands) {
      while (o instanceof FieldAccessNode || o instanceof TypeCastNode) {
        o = o instanceof TypeCastNode ? ((TypeCastNode) o).getOperand()
            : ((FieldAccessNode) o).getReceiver();
      }
      if (o instanceof LocalVariableNode) {
        result.add(((LocalVariableNode) o).getElement());
      }
    }
    return result;
  }

  private static boolean defines(Node n, Element local) {
    return n instanceof AssignmentNode
        && ((AssignmentNode) n).getTarget() instanceof LocalVariableNode
        && ((LocalVariableNode) ((AssignmentNode) n).getTarget()).getElement().equals(local);
  }

  private boolean uses(Node n, Element local) {
    if (n instanceof LocalVariableNode && !targets.contains(n)
        && ((LocalVariableNode) n).getElement().equals(local)) {
      return true;
    }
    if (readsAt(n).contains(local)) {
      return true;
    }
    if (n.getTree() != null) {
      for (MovePlan.Capture c : plan.capturesOf(n.getTree())) {
        if (local.equals(c.path().root())) {
          return true;
        }
      }
    }
    return false;
  }

  static List<Block> successors(Block block) {
    List<Block> result = new ArrayList<>();
    if (block instanceof ConditionalBlock) {
      result.add(((ConditionalBlock) block).getThenSuccessor());
      if (!ImplicitClose.isNullGuard((ConditionalBlock) block)) {
        result.add(((ConditionalBlock) block).getElseSuccessor());
      }
      return result;
    }
    if (block instanceof SingleSuccessorBlock) {
      Block s = ((SingleSuccessorBlock) block).getSuccessor();
      if (s != null) {
        result.add(s);
      }
    }
    if (block instanceof ExceptionBlock) {
      for (Set<Block> targets : ((ExceptionBlock) block).getExceptionalSuccessors().values()) {
        result.addAll(targets);
      }
    }
    return result;
  }
}
