package dev.ownership.checker;

import java.util.List;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlock;
import org.checkerframework.dataflow.cfg.node.MethodAccessNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;

/**
 * The nodes the Checker Framework's CFG (4.x) puts before the implicit {@code close()} of a
 * try-with-resources: a fresh read of the resource and, unless the resource is a {@code new}
 * expression, the test {@code resource != null} that guards the call (JLS 14.20.3.1). The rules
 * treat that {@code close()} as one unconditional read and release of the resource, checked and
 * shown at the resource's declaration: the fresh read (whose tree has no position of its own, or
 * is the resource expression again) is not a read of its own, and the branch where the resource
 * is null is not taken.
 */
final class ImplicitClose {

  private ImplicitClose() {}

  /** True if {@code n} is part of the read or the null test before an implicit close(). */
  static boolean isHidden(Node n) {
    Block b = n.getBlock();
    if (b == null) {
      return false;
    }
    List<Node> nodes = b.getNodes();
    int i = indexOf(nodes, n);
    if (i < 0) {
      return false;
    }
    if (!n.getInSource() && (n instanceof NullLiteralNode || n instanceof NotEqualNode)) {
      int r = n instanceof NullLiteralNode ? i - 1 : i - 2;
      return r >= 0 && guardedReceiverAt(b, nodes, r);
    }
    // The receiver of the close(), or a part of it (`this` in `this.in`): its parts come
    // right before it.
    for (int k = i; k < nodes.size() && k <= i + 4; k++) {
      Node r = nodes.get(k);
      if ((r == n || containsIdentical(r.getTransitiveOperands(), n))
          && (isImplicitCloseOn(k + 1 < nodes.size() ? nodes.get(k + 1) : null, r)
              || guardedReceiverAt(b, nodes, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for the branch on {@code resource != null} that guards an implicit close(): only its
   * then-successor, the call, is a way the code goes.
   */
  static boolean isNullGuard(ConditionalBlock cb) {
    if (cb.getPredecessors().size() != 1) {
      return false;
    }
    Block pred = cb.getPredecessors().iterator().next();
    List<Node> nodes = pred.getNodes();
    return nodes.size() >= 3 && guardedReceiverAt(pred, nodes, nodes.size() - 3);
  }

  /**
   * True if {@code nodes[r]} is a resource that the block then tests against null, as the last
   * thing it does, to branch to its implicit close().
   */
  private static boolean guardedReceiverAt(Block b, List<Node> nodes, int r) {
    if (r + 3 != nodes.size()) {
      return false;
    }
    Node receiver = nodes.get(r);
    Node literal = nodes.get(r + 1);
    Node test = nodes.get(r + 2);
    if (!(literal instanceof NullLiteralNode) || literal.getInSource()
        || !(test instanceof NotEqualNode) || test.getInSource()) {
      return false;
    }
    NotEqualNode ne = (NotEqualNode) test;
    boolean operands =
        (ne.getLeftOperand() == receiver && ne.getRightOperand() == literal)
            || (ne.getLeftOperand() == literal && ne.getRightOperand() == receiver);
    if (!operands || !(b instanceof SingleSuccessorBlock)) {
      return false;
    }
    Block next = ((SingleSuccessorBlock) b).getSuccessor();
    if (!(next instanceof ConditionalBlock)) {
      return false;
    }
    List<Node> then = ((ConditionalBlock) next).getThenSuccessor().getNodes();
    return !then.isEmpty() && isImplicitCloseOn(then.get(0), receiver);
  }

  /** True if {@code n} is the method access of an implicit close() of {@code receiver}. */
  private static boolean isImplicitCloseOn(Node n, Node receiver) {
    if (!(n instanceof MethodAccessNode) || n.getInSource()) {
      return false;
    }
    MethodAccessNode access = (MethodAccessNode) n;
    return access.getReceiver() == receiver
        && access.getMethod().getSimpleName().contentEquals("close")
        && access.getMethod().getParameters().isEmpty();
  }

  private static int indexOf(List<Node> nodes, Node n) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == n) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsIdentical(Iterable<Node> nodes, Node n) {
    for (Node o : nodes) {
      if (o == n) {
        return true;
      }
    }
    return false;
  }
}
