package dev.ownership.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.BugInCF;
import org.checkerframework.javacutil.TreeUtils;

/**
 * User collections (SPEC §10): a class of the compilation that implements a JDK collection
 * interface over a JDK collection field. Its {@code iterator()} whose body is
 * {@code return this.items.iterator();} hands out the field's fail-fast iterator, so it borrows
 * the receiver as the JDK model's {@code iterator()} does; what its {@code remove} or {@code add}
 * change is then known from their effect summaries.
 */
final class UserCollections {
  private UserCollections() {}

  /**
   * True for an {@code iterator()} declared in source whose body only returns the iterator (or
   * another borrowing view) of one of its class's fields of a JDK-model type.
   */
  static boolean isFieldIterator(ExecutableElement method, Trees trees, JdkModel model) {
    return iteratedField(method, trees, model) != null;
  }

  /**
   * The field whose iterator an {@link #isFieldIterator field iterator} returns, or {@code null}:
   * a loop over the user collection borrows that field, not the other fields of the object.
   */
  static VariableElement iteratedField(ExecutableElement method, Trees trees, JdkModel model) {
    if (!method.getSimpleName().contentEquals("iterator") || !method.getParameters().isEmpty()) {
      return null;
    }
    Tree t = trees.getTree(method);
    if (!(t instanceof MethodTree) || ((MethodTree) t).getBody() == null) {
      return null;
    }
    List<? extends StatementTree> body = ((MethodTree) t).getBody().getStatements();
    if (body.size() != 1 || !(body.get(0) instanceof ReturnTree)) {
      return null;
    }
    ExpressionTree e = ((ReturnTree) body.get(0)).getExpression();
    e = e == null ? null : TreeUtils.withoutParens(e);
    if (!(e instanceof MethodInvocationTree)) {
      return null;
    }
    ExpressionTree select = ((MethodInvocationTree) e).getMethodSelect();
    if (!(select instanceof MemberSelectTree)
        || !((MemberSelectTree) select).getIdentifier().contentEquals("iterator")) {
      return null;
    }
    try {
      Path p = Paths.of(((MemberSelectTree) select).getExpression());
      return p != null && p.isThisRooted() && !p.isRoot()
              && model.isModelledType(p.field().asType())
          ? p.field()
          : null;
    } catch (BugInCF notAttributedYet) {
      return null; // a class javac has not attributed yet is not known
    }
  }
}
