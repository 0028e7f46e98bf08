package dev.ownership.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * {@code owned.not.released} for a JDK resource that no local ever holds (SPEC §11): the value
 * of an expression that opens one is dropped, used once as a receiver ({@code
 * Files.lines(p).count()}), iterated ({@code for (Path p : Files.newDirectoryStream(dir))}) or
 * lent to a call that only reads it ({@code props.load(new FileInputStream(f))}). Nothing closes
 * it, on any path. A value stored, returned, handed on or closed at once is the flow's to judge.
 */
final class UnstoredResources {
  private final BodyContext context;
  private final Reporter reporter;

  UnstoredResources(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
  }

  /** Checks the body, not the lambdas and classes in it: they are bodies of their own. */
  void check(Tree body) {
    TreePath root = reporter.trees().getPath(reporter.root(), body);
    if (root == null) {
      return;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        ExecutableElement m = TreeUtils.elementFromUse(tree);
        // `super(file, mode)` opens the object being constructed: its class's to close.
        if (m != null && !TreeUtils.isSuperConstructorCall(tree) && !TreeUtils.isThisConstructorCall(tree)
            && opens(m, receiverType(tree))) {
          judge(tree, getCurrentPath());
        }
        return super.visitMethodInvocation(tree, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        ExecutableElement ctor = TreeUtils.elementFromUse(tree);
        if (ctor != null && tree.getClassBody() == null && opens(ctor, null)) {
          judge(tree, getCurrentPath());
        }
        scan(tree.getEnclosingExpression(), null);
        scan(tree.getArguments(), null);
        return null;
      }
    }.scan(root, null);
  }

  /** A statement's result set is released with its statement, which the rule judges instead. */
  private boolean opens(ExecutableElement m, TypeMirror receiver) {
    JdkResources jdk = context.annotations().model().resources();
    return jdk.opens(m, receiver) && !jdk.isStatementResult(m);
  }

  private static TypeMirror receiverType(MethodInvocationTree call) {
    ExecutableElement m = TreeUtils.elementFromUse(call);
    ExpressionTree receiver = TreeUtils.getReceiverTree(call);
    if (m == null || m.getModifiers().contains(Modifier.STATIC) || receiver == null) {
      return null;
    }
    return TreeUtils.typeOf(receiver);
  }

  /** Follows the value of {@code opened} up the tree to where it ends, and reports a drop. */
  private void judge(ExpressionTree opened, TreePath path) {
    JdkResources jdk = context.annotations().model().resources();
    Tree value = opened;
    TreePath at = path;
    while (at.getParentPath() != null) {
      Tree parent = at.getParentPath().getLeaf();
      if (parent instanceof ParenthesizedTree
          || parent instanceof TypeCastTree
          || parent instanceof ConditionalExpressionTree
              && ((ConditionalExpressionTree) parent).getCondition() != value) {
        value = parent;
        at = at.getParentPath();
        continue;
      }
      if (parent instanceof MemberSelectTree
          && at.getParentPath().getParentPath() != null
          && at.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree) {
        MethodInvocationTree call =
            (MethodInvocationTree) at.getParentPath().getParentPath().getLeaf();
        ExecutableElement m = TreeUtils.elementFromUse(call);
        if (m == null) {
          return;
        }
        TypeMirror receiver = TreeUtils.typeOf((ExpressionTree) value);
        if (context.annotations().model().isRelease(m, receiver)) {
          return; // closed at once
        }
        if (jdk.kindOf(m, receiver) == JdkResources.Kind.SAME_AS_RECEIVER) {
          value = call; // a stage: the resource goes on in its result
          at = at.getParentPath().getParentPath();
          continue;
        }
        report(opened, reporter.text(Keys.LEAK_UNSTORED_RECEIVER, Describe.method(m)));
        return;
      }
      if (parent instanceof MethodInvocationTree || parent instanceof NewClassTree) {
        List<? extends ExpressionTree> args =
            parent instanceof MethodInvocationTree
                ? ((MethodInvocationTree) parent).getArguments()
                : ((NewClassTree) parent).getArguments();
        int index = args.indexOf(value);
        ExecutableElement callee =
            parent instanceof MethodInvocationTree
                ? TreeUtils.elementFromUse((MethodInvocationTree) parent)
                : TreeUtils.elementFromUse((NewClassTree) parent);
        if (index < 0 || callee == null) {
          return;
        }
        if (parent instanceof MethodInvocationTree
            && (TreeUtils.isSuperConstructorCall((MethodInvocationTree) parent)
                || TreeUtils.isThisConstructorCall((MethodInvocationTree) parent))
            && jdk.joinedArgument(callee) == index) {
          return; // `super(new FileReader(f))`: joined to the object being built
        }
        if (jdk.joinedArgument(callee) == index) {
          value = parent; // a wrapper carries it on
          at = at.getParentPath();
          continue;
        }
        if (context.annotations().handOffs().takes(callee, index)) {
          return;
        }
        report(opened, reporter.text(Keys.LEAK_UNSTORED_LENT, Describe.method(callee)));
        return;
      }
      if (parent instanceof ExpressionStatementTree) {
        report(opened, reporter.text(Keys.LEAK_UNSTORED_DROPPED));
        return;
      }
      if (parent instanceof EnhancedForLoopTree
          && ((EnhancedForLoopTree) parent).getExpression() == value) {
        report(opened, reporter.text(Keys.LEAK_UNSTORED_ITERATED));
        return;
      }
      return; // stored, returned, or in an expression the rule does not follow
    }
  }

  private void report(ExpressionTree opened, String how) {
    reporter.error(
        opened,
        Keys.OWNED_NOT_RELEASED,
        List.of(),
        ReleaseRules.callName(opened).replace("`", ""),
        reporter.text(Keys.LEAK_UNSTORED, how),
        reporter.text(Keys.LEAK_HELP_UNSTORED));
  }
}
