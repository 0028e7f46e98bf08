package dev.ownership.checker;

import com.sun.source.tree.Tree;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;
import javax.lang.model.element.VariableElement;

/**
 * How one CFG node changes what is moved: a planned move marks its path moved (unless the move
 * is rejected, SPEC §4: a rejected move does not mark the path moved), and an assignment gives
 * its target, and every path below it, a new value.
 */
final class OwnershipTransfer {
  private final BodyContext context;

  OwnershipTransfer(BodyContext context) {
    this.context = context;
  }

  /** Applies {@code node} to {@code store}, in place. */
  void apply(Node node, OwnershipStore store) {
    Tree tree = node.getTree();
    MovePlan.Move move = tree == null ? null : context.plan().moveAt(tree);
    if (move != null && appliesTo(node, move) && takesEffect(move, store)) {
      store.move(move.path(), move);
    }
    if (node instanceof AssignmentNode) {
      assign((AssignmentNode) node, store);
    }
  }

  /**
   * The move planned for a call's tree is the receiver's, made by the invocation node; the one
   * planned for a path expression is made where the expression is evaluated.
   */
  private static boolean appliesTo(Node node, MovePlan.Move move) {
    return node instanceof MethodInvocationNode || Paths.of(node) != null;
  }

  /** True if the planned move happens: the path may be moved, and holds an owned value. */
  boolean takesEffect(MovePlan.Move move, OwnershipStore store) {
    if (move.path() == null || context.whyNotMovable(move.path()) != null) {
      return false;
    }
    return !move.onlyIfOwned() || context.isOwner(move.path(), store);
  }

  private void assign(AssignmentNode node, OwnershipStore store) {
    Path target = Paths.of(node.getTarget());
    if (target == null) {
      return;
    }
    store.reinitialize(target);
    if (node.getTarget() instanceof LocalVariableNode && target.isRoot()) {
      VariableElement local = target.root();
      if (context.annotations().local(local) == Mode.NONE) {
        store.setOwner(local, isOwnedValue(node.getExpression(), store));
      }
    }
  }

  /** True if a value is owned: a fresh owned result, or read from a path that holds an owner. */
  private boolean isOwnedValue(Node value, OwnershipStore store) {
    if (value instanceof TypeCastNode) {
      return isOwnedValue(((TypeCastNode) value).getOperand(), store);
    }
    if (value instanceof MethodInvocationNode) {
      return context
              .annotations()
              .signature(((MethodInvocationNode) value).getTarget().getMethod())
              .returns()
          == Mode.OWNED;
    }
    if (value instanceof ObjectCreationNode) {
      return false;
    }
    if (value instanceof TernaryExpressionNode) {
      TernaryExpressionNode t = (TernaryExpressionNode) value;
      return isOwnedValue(t.getThenOperand(), store) || isOwnedValue(t.getElseOperand(), store);
    }
    if (value instanceof SwitchExpressionNode) {
      return false;
    }
    Path p = Paths.of(value);
    return p != null && context.isOwner(p, store);
  }
}
