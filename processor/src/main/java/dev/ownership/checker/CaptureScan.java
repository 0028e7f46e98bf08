package dev.ownership.checker;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Syntax scans {@link MovePlan} needs inside the expressions it plans: what a lambda or class body
 * captures from the body around it, and what a switch expression can yield.
 *
 * @param captures the paths of the enclosing body a lambda or class body names: local variables
 *     declared outside it, in the order they are first named
 * @param effects for a lambda, each modification and read of a captured path (locals and fields
 *     of {@code this} alike), where it happens
 */
record CaptureScan(List<MovePlan.Capture> captures, List<MovePlan.Effect> effects) {

  static CaptureScan of(Tree body, OwnershipAnnotations annotations) {
    Set<Element> inner = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Path, MovePlan.Capture> found = new LinkedHashMap<>();
    List<MovePlan.Effect> lambdaEffects = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        inner.add(TreeUtils.elementFromDeclaration(tree));
        return super.visitVariable(tree, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        Element el = TreeUtils.elementFromUse(tree);
        if (el != null && Paths.isLocal(el) && !inner.contains(el)) {
          Path p = Paths.ofLocal(el);
          if (p != null) {
            found.putIfAbsent(p, new MovePlan.Capture(p, tree));
            lambdaEffects.add(new MovePlan.Effect(p, tree, false));
          }
        }
        return null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        ExpressionTree select = TreeUtils.withoutParens(tree.getMethodSelect());
        if (select instanceof MemberSelectTree) {
          ExpressionTree receiver = ((MemberSelectTree) select).getExpression();
          OwnershipAnnotations.Signature sig = annotations.signature(TreeUtils.elementFromUse(tree));
          // A JDK-model mutator of a static collection field changes that field (SPEC §2).
          Path p = sig.model() ? Paths.ofModel(receiver) : Paths.of(receiver);
          if (p != null && isCaptured(p, inner) && sig.receiver() == Mode.MUT) {
            lambdaEffects.add(new MovePlan.Effect(p, TreeUtils.withoutParens(receiver), true));
          }
        }
        return super.visitMethodInvocation(tree, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        Path p = Paths.of(tree.getVariable());
        if (p != null && !p.isRoot() && isCaptured(p, inner)) {
          lambdaEffects.add(new MovePlan.Effect(p, tree.getVariable(), true));
        }
        return super.visitAssignment(tree, unused);
      }
    }.scan(body, null);
    return new CaptureScan(new ArrayList<>(found.values()), lambdaEffects);
  }

  private static boolean isCaptured(Path p, Set<Element> inner) {
    return p.isThisRooted() || !inner.contains(p.root());
  }

  /** The expressions a switch expression can yield: arrow-case values and yield statements. */
  static List<ExpressionTree> switchResults(SwitchExpressionTree sw) {
    List<ExpressionTree> results = new ArrayList<>();
    TreeScanner<Void, Void> yields =
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitYield(YieldTree y, Void unused) {
            results.add(y.getValue());
            return null;
          }

          @Override
          public Void visitSwitchExpression(SwitchExpressionTree nested, Void unused) {
            return null; // its yields are its own
          }

          @Override
          public Void visitClass(ClassTree nested, Void unused) {
            return null;
          }

          @Override
          public Void visitLambdaExpression(LambdaExpressionTree nested, Void unused) {
            return null;
          }
        };
    for (CaseTree c : sw.getCases()) {
      Tree body = c.getBody();
      if (body instanceof ExpressionTree) {
        results.add((ExpressionTree) body);
      } else if (body != null) {
        yields.scan(body, null);
      } else {
        yields.scan(c.getStatements(), null);
      }
    }
    return results;
  }
}
