package dev.ownership.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.javacutil.TreeUtils;

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
  /** Locals holding a lambda that captured a borrow, and that capture. */
  private final Map<Element, MovePlan.Capture> borrowingLambdas = new IdentityHashMap<>();

  EscapeRules(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
  }

  @Override
  public void visit(Node node, OwnershipStore before) {
    if (node instanceof ReturnNode && ((ReturnNode) node).getResult() != null) {
      returned(((ReturnNode) node).getResult(), before);
    } else if (node instanceof AssignmentNode) {
      assigned((AssignmentNode) node, before);
    } else if (node instanceof FunctionalInterfaceNode || node instanceof ObjectCreationNode) {
      MovePlan.Destination where =
          node.getTree() == null ? null : context.plan().escapeOf(node.getTree());
      MovePlan.Capture c = node.getTree() == null ? null : borrowedCapture(node.getTree(), before);
      if (where != null && c != null) {
        escapingLambda(c, where);
      }
    } else if (node instanceof MethodInvocationNode) {
      // A local holding a borrowing lambda, given to an @Owned parameter.
      MethodInvocationNode call = (MethodInvocationNode) node;
      ExecutableElement callee = call.getTarget().getMethod();
      OwnershipAnnotations.Signature sig = context.annotations().signature(callee);
      for (int i = 0; i < call.getArguments().size(); i++) {
        MovePlan.Capture c = heldLambda(call.getArguments().get(i));
        if (c != null && sig.param(i, callee.isVarArgs()) == Mode.OWNED) {
          escapingLambda(c, new MovePlan.Destination(Keys.ESCAPE_LAMBDA_OWNED,
              callee.getParameters().get(i).getSimpleName(), Describe.method(callee)));
        }
      }
    }
  }

  private void assigned(AssignmentNode a, OwnershipStore before) {
    Node target = a.getTarget();
    Node value = Paths.withoutCasts(a.getExpression());
    if (target instanceof LocalVariableNode) {
      // Assigning to a local is never an escape; remember a borrowing lambda it now holds.
      Element local = ((LocalVariableNode) target).getElement();
      MovePlan.Capture c =
          value instanceof FunctionalInterfaceNode ? borrowedCapture(value.getTree(), before)
              : heldLambda(value);
      if (c != null) {
        borrowingLambdas.put(local, c);
      } else {
        borrowingLambdas.remove(local);
      }
      return;
    }
    boolean field =
        target instanceof FieldAccessNode
            && context.annotations().field(((FieldAccessNode) target).getElement()) == Mode.NONE;
    if (!field && !(target instanceof ArrayAccessNode)) {
      return;
    }
    MovePlan.Capture lambda = heldLambda(value);
    if (lambda != null && field) {
      escapingLambda(lambda, new MovePlan.Destination(Keys.ESCAPE_LAMBDA_FIELD,
          ((FieldAccessNode) target).getElement().getSimpleName()));
      return;
    }
    Node borrowed = borrowedOperand(value, before);
    if (borrowed == null) {
      return;
    }
    Path p = Paths.of(borrowed);
    if (field) {
      FieldAccessNode f = (FieldAccessNode) target;
      report(borrowed.getTree(), f.isStatic() ? Keys.ESCAPE_STATIC_FIELD : Keys.ESCAPE_FIELD, p,
          f.getElement().getSimpleName());
    } else {
      report(borrowed.getTree(), Keys.ESCAPE_ARRAY, p);
    }
  }

  private void returned(Node result, OwnershipStore before) {
    Mode returns = context.returns();
    Node value = Paths.withoutCasts(result);
    if (!OwnershipAnnotations.isTrackable(value.getType())) {
      return; // a primitive is copied
    }
    if (returns == Mode.NONE) {
      MovePlan.Capture lambda = heldLambda(value);
      if (lambda != null) {
        escapingLambda(lambda, new MovePlan.Destination(Keys.ESCAPE_LAMBDA_RETURNED));
        return;
      }
      Node borrowed = borrowedOperand(value, before);
      if (borrowed != null && context.method() != null) {
        report(borrowed.getTree(), Keys.ESCAPE_RETURN, Paths.of(borrowed),
            Describe.method(context.method()));
      }
      return;
    }
    if (!returns.isBorrow()) {
      return;
    }
    if (value instanceof SwitchExpressionNode && value.getTree() instanceof SwitchExpressionTree) {
      for (ExpressionTree arm : CaptureScan.switchResults((SwitchExpressionTree) value.getTree())) {
        if (!isDerived(arm, before)) {
          notDerived(arm, Paths.of(arm));
        }
      }
      return;
    }
    Node bad = notDerivedOperand(value, before);
    if (bad != null) {
      notDerived(bad.getTree(), Paths.of(bad));
    }
  }

  private void notDerived(Tree at, Path p) {
    report(at, Keys.ESCAPE_NOT_DERIVED, p != null ? p : at, Describe.method(context.method()));
  }

  /** The operand of a (possibly conditional) value that is a borrow, or {@code null}. */
  private Node borrowedOperand(Node value, OwnershipStore before) {
    Node v = Paths.withoutCasts(value);
    if (v instanceof TernaryExpressionNode) {
      Node a = borrowedOperand(((TernaryExpressionNode) v).getThenOperand(), before);
      return a != null ? a : borrowedOperand(((TernaryExpressionNode) v).getElseOperand(), before);
    }
    return isBorrowed(Paths.of(v), v, before) ? v : null;
  }

  /** The operand of a borrowed result that is not derived from what the method may lend. */
  private Node notDerivedOperand(Node value, OwnershipStore before) {
    Node v = Paths.withoutCasts(value);
    if (v instanceof TernaryExpressionNode) {
      Node a = notDerivedOperand(((TernaryExpressionNode) v).getThenOperand(), before);
      return a != null ? a : notDerivedOperand(((TernaryExpressionNode) v).getElseOperand(), before);
    }
    if (v instanceof NullLiteralNode || v instanceof SwitchExpressionNode) {
      return null;
    }
    if (v instanceof MethodInvocationNode) {
      ExecutableElement callee = ((MethodInvocationNode) v).getTarget().getMethod();
      return context.annotations().signature(callee).returns().isBorrow() ? null : v;
    }
    Path p = Paths.of(v);
    return p != null && isLendable(p, before) ? null : v;
  }

  /** The same question on a tree, for the arms of a switch expression. */
  private boolean isDerived(ExpressionTree arm, OwnershipStore before) {
    ExpressionTree e = TreeUtils.withoutParensOrCasts(arm);
    if (e.getKind() == Tree.Kind.NULL_LITERAL) {
      return true;
    }
    if (e instanceof NewClassTree) {
      return false;
    }
    if (e instanceof MethodInvocationTree) {
      return context.annotations().signature(TreeUtils.elementFromUse((MethodInvocationTree) e))
          .returns().isBorrow();
    }
    Path p = Paths.of(e);
    return p == null || isLendable(p, before);
  }

  /** True for {@code this} or its fields (unless consumed), or a borrowed parameter or reborrow. */
  private boolean isLendable(Path p, OwnershipStore before) {
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

  /** The first borrowed path a lambda or anonymous class captures, or {@code null}. */
  private MovePlan.Capture borrowedCapture(Tree lambda, OwnershipStore before) {
    for (MovePlan.Capture c : context.plan().capturesOf(lambda)) {
      if (context.borrowModeOf(c.path(), before) != Mode.NONE) {
        return c;
      }
    }
    return null;
  }

  /** The borrowed capture of the lambda a local holds, if the value is such a local. */
  private MovePlan.Capture heldLambda(Node value) {
    Node v = Paths.withoutCasts(value);
    return v instanceof LocalVariableNode
        ? borrowingLambdas.get(((LocalVariableNode) v).getElement())
        : null;
  }

  private void escapingLambda(MovePlan.Capture c, MovePlan.Destination where) {
    report(c.at(), Keys.ESCAPE_LAMBDA, c.path(), reporter.text(where.key(), where.args()));
  }

  private void report(Tree at, String why, Object... args) {
    if (at != null && reported.add(at)) {
      reporter.error(at, Keys.BORROW_ESCAPES, List.of(), reporter.text(why, args));
    }
  }
}
