package dev.ownership.checker;

import com.sun.source.tree.Tree;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;

/**
 * {@code borrow.escapes} (SPEC §4; Rust's E0515, E0597, E0521, E0373): a borrow that would
 * outlive what it borrows. A {@code @Borrowed}/{@code @Mut} path (or a local reborrowing one)
 * returned from a method whose result is unannotated, stored in an unannotated field or an array
 * element, or captured by a lambda that is returned, stored in a field or given away; and a
 * borrowed result that is not derived from the receiver or a borrowed parameter. Storing into a
 * local is never an escape, and the JDK model's views never escape (SPEC §6).
 */
final class EscapeRules implements OwnershipAnalysis.NodeVisitor {
  private final BodyContext context;
  private final Reporter reporter;
  private final Set<Tree> reported = Collections.newSetFromMap(new IdentityHashMap<>());

  EscapeRules(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
  }

  @Override
  public void visit(Node node, OwnershipStore before) {
    if (node instanceof ReturnNode && ((ReturnNode) node).getResult() != null) {
      returned(((ReturnNode) node).getResult(), before);
    } else if (node instanceof AssignmentNode) {
      AssignmentNode a = (AssignmentNode) node;
      Node target = a.getTarget();
      Path value = Paths.of(strip(a.getExpression()));
      if (!isBorrowed(value, strip(a.getExpression()), before)) {
        return;
      }
      if (target instanceof FieldAccessNode
          && context.annotations().field(((FieldAccessNode) target).getElement()) == Mode.NONE) {
        report(a.getExpression().getTree(), Keys.ESCAPE_FIELD, value,
            ((FieldAccessNode) target).getElement().getSimpleName());
      } else if (target instanceof ArrayAccessNode) {
        report(a.getExpression().getTree(), Keys.ESCAPE_ARRAY, value);
      }
    } else if (node instanceof FunctionalInterfaceNode || node instanceof ObjectCreationNode) {
      MovePlan.Destination where = node.getTree() == null ? null
          : context.plan().escapeOf(node.getTree());
      if (where == null) {
        return;
      }
      for (MovePlan.Capture c : context.plan().capturesOf(node.getTree())) {
        if (context.borrowModeOf(c.path(), before) != Mode.NONE) { // a captured borrowed local
          report(c.at(), Keys.ESCAPE_LAMBDA, c.path(),
              reporter.text(where.key(), where.args()));
          return;
        }
      }
    }
  }

  private void returned(Node result, OwnershipStore before) {
    Mode returns = context.returns();
    Node value = strip(result);
    Path p = Paths.of(value);
    if (!OwnershipAnnotations.isTrackable(value.getType())) {
      return; // a primitive is copied
    }
    if (returns == Mode.NONE) {
      if (isBorrowed(p, value, before) && context.method() != null) {
        report(result.getTree(), Keys.ESCAPE_RETURN, p, Describe.method(context.method()));
      }
      return;
    }
    if (!returns.isBorrow() || value instanceof NullLiteralNode || isDerived(value, p, before)) {
      return;
    }
    report(result.getTree(), Keys.ESCAPE_NOT_DERIVED,
        p != null ? p : result.getTree(), Describe.method(context.method()));
  }

  /**
   * True if a borrowed result comes from what the method may lend: {@code this} or one of its
   * fields (unless the receiver is consumed), a borrowed parameter or a local reborrowing one,
   * or the borrowed result of another call.
   */
  private boolean isDerived(Node value, Path p, OwnershipStore before) {
    if (value instanceof TernaryExpressionNode) {
      TernaryExpressionNode t = (TernaryExpressionNode) value;
      Node a = strip(t.getThenOperand());
      Node b = strip(t.getElseOperand());
      return (a instanceof NullLiteralNode || isDerived(a, Paths.of(a), before))
          && (b instanceof NullLiteralNode || isDerived(b, Paths.of(b), before));
    }
    if (value instanceof SwitchExpressionNode) {
      return true; // each arm's value is not followed; trusted
    }
    if (value instanceof MethodInvocationNode) {
      ExecutableElement callee = ((MethodInvocationNode) value).getTarget().getMethod();
      return context.annotations().signature(callee).returns().isBorrow();
    }
    if (p == null) {
      return false;
    }
    if (p.isThisRooted()) {
      return context.receiver() != Mode.OWNED;
    }
    return context.borrowModeOf(p, before) != Mode.NONE;
  }

  /**
   * True if a value of reference type is a borrow: a borrowed local, parameter or receiver, a
   * local reborrowing one, or an {@code @Owned} field reached through one. Other fields reached
   * through a borrow are legacy, and returning them is an ordinary getter.
   */
  private boolean isBorrowed(Path p, Node value, OwnershipStore before) {
    if (p == null
        || !OwnershipAnnotations.isTrackable(value.getType())
        || context.borrowModeOf(p, before) == Mode.NONE) {
      return false;
    }
    return p.isRoot() || context.annotations().field(p.field()) == Mode.OWNED;
  }

  private static Node strip(Node n) {
    return n instanceof TypeCastNode ? strip(((TypeCastNode) n).getOperand()) : n;
  }

  private void report(Tree at, String why, Object... args) {
    if (at != null && reported.add(at)) {
      reporter.error(at, Keys.BORROW_ESCAPES, List.of(), reporter.text(why, args));
    }
  }
}
