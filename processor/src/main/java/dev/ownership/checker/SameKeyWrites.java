package dev.ownership.checker;

import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * A value replaced under its own key is not a structural change (SPEC §6 as amended): in code
 * nobody annotated, {@code map.put(k, v)}, {@code replace}, {@code merge} or {@code compute*}
 * inside a for-each loop over {@code map.keySet()} with {@code k} the loop variable, or over
 * {@code map.entrySet()} with {@code e.getKey()}, is not reported. The key is in the map, so
 * the call writes a value and the loop's iterator does not fail. Annotated maps keep the Rust
 * rule: any write while borrowed.
 */
final class SameKeyWrites {
  private SameKeyWrites() {}

  /** The writes of {@link java.util.Map} that keep the key set as it is when the key is in it. */
  private static final Set<String> VALUE_WRITES =
      Set.of("put", "replace", "merge", "compute", "computeIfPresent", "computeIfAbsent");

  /**
   * True if the call writes the value of the key the loops over {@code map}'s key or entry set
   * are at, for every loan of {@code map} in {@code loans}; {@code map} must be unannotated.
   */
  static boolean isOwnKeyWrite(
      MethodInvocationTree call,
      Path map,
      List<OwnershipStore.Loan> loans,
      Reporter reporter,
      OwnershipAnnotations annotations) {
    if (!isValueWrite(call) || !isUnannotated(map, annotations)) {
      return false;
    }
    return loopsAreAtKey(
        map, loans, TreeUtils.withoutParens(call.getArguments().get(0)), reporter);
  }

  /** A call of one of {@link #VALUE_WRITES}, with its key as first argument. */
  private static boolean isValueWrite(MethodInvocationTree call) {
    ExecutableElement m = TreeUtils.elementFromUse(call);
    return m != null
        && VALUE_WRITES.contains(m.getSimpleName().toString())
        && !call.getArguments().isEmpty();
  }

  /** True if some loan of {@code map} is in {@code loans}, and every one is a loop at {@code key}. */
  private static boolean loopsAreAtKey(
      Path map, List<OwnershipStore.Loan> loans, ExpressionTree key, Reporter reporter) {
    boolean any = false;
    for (OwnershipStore.Loan l : loans) {
      if (!l.path().overlaps(map)) {
        continue;
      }
      if (!isLoopAtKey(l.at(), key, reporter)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * True if a helper's change is a value write under its own parameter as key ({@code
   * usedImport.put(ctImport, true)} in {@code setImportUsed(CtImport ctImport)}), and the call
   * gives that parameter the key the loops over {@code map} are at.
   */
  static boolean isOwnKeyWriteThrough(
      EffectSummaries.Effect effect,
      ExecutableElement target,
      MethodInvocationTree callSite,
      Path map,
      List<OwnershipStore.Loan> loans,
      Reporter reporter,
      OwnershipAnnotations annotations) {
    if (effect.in() != target || !(effect.at() instanceof MethodInvocationTree)) {
      return false;
    }
    MethodInvocationTree write = (MethodInvocationTree) effect.at();
    if (!isValueWrite(write) || !isUnannotated(map, annotations)) {
      return false;
    }
    ExpressionTree key = TreeUtils.withoutParens(write.getArguments().get(0));
    if (!(key instanceof IdentifierTree)) {
      return false;
    }
    int i = target.getParameters().indexOf(TreeUtils.elementFromUse(key));
    if (i < 0 || i >= callSite.getArguments().size()) {
      return false;
    }
    return loopsAreAtKey(
        map, loans, TreeUtils.withoutParens(callSite.getArguments().get(i)), reporter);
  }

  /**
   * True if the lambda given to {@code map.forEach} changes {@code map} at {@code at} only by a
   * value write under the key it is called with ({@code scores.forEach((k, v) -> scores.put(k, v
   * / 2))}): the key is in the map, so its key set stays as it is and {@code forEach} does not
   * fail, as in a loop over {@code keySet()}; {@code at} is the receiver of the change, and
   * {@code map} must be unannotated.
   */
  static boolean isOwnKeyWriteInForEach(
      MethodInvocationTree forEach,
      Tree lambda,
      Tree at,
      Path map,
      Reporter reporter,
      OwnershipAnnotations annotations) {
    ExecutableElement m = forEach == null ? null : TreeUtils.elementFromUse(forEach);
    if (m == null
        || !m.getSimpleName().contentEquals("forEach")
        || m.getParameters().size() != 1
        || !(lambda instanceof com.sun.source.tree.LambdaExpressionTree)
        || !isUnannotated(map, annotations)) {
      return false;
    }
    TreePath path = reporter.trees().getPath(reporter.root(), at);
    TreePath select = path == null ? null : path.getParentPath();
    TreePath call = select == null ? null : select.getParentPath();
    if (call == null
        || !(select.getLeaf() instanceof MemberSelectTree)
        || !(call.getLeaf() instanceof MethodInvocationTree)
        || !isValueWrite((MethodInvocationTree) call.getLeaf())) {
      return false;
    }
    List<? extends com.sun.source.tree.VariableTree> params =
        ((com.sun.source.tree.LambdaExpressionTree) lambda).getParameters();
    ExpressionTree key =
        TreeUtils.withoutParens(((MethodInvocationTree) call.getLeaf()).getArguments().get(0));
    return params.size() == 2
        && key instanceof IdentifierTree
        && TreeUtils.elementFromDeclaration(params.get(0)).equals(TreeUtils.elementFromUse(key));
  }

  private static boolean isUnannotated(Path p, OwnershipAnnotations annotations) {
    if (!p.isRoot()) {
      return annotations.field(p.field()) == Mode.NONE
          && (p.isThisRooted() || annotations.local(p.root()) == Mode.NONE);
    }
    return p.isThisRooted() || annotations.local(p.root()) == Mode.NONE;
  }

  /**
   * True if {@code at}, the map a loan was made of, is the receiver of the {@code keySet()} or
   * {@code entrySet()} a for-each loop iterates, and the loop variable is at {@code key}.
   */
  private static boolean isLoopAtKey(Tree at, ExpressionTree key, Reporter reporter) {
    TreePath path = reporter.trees().getPath(reporter.root(), at);
    TreePath select = path == null ? null : path.getParentPath();
    TreePath call = select == null ? null : select.getParentPath();
    TreePath loop = call == null ? null : call.getParentPath();
    if (loop == null
        || !(select.getLeaf() instanceof MemberSelectTree)
        || !(call.getLeaf() instanceof MethodInvocationTree)
        || !(loop.getLeaf() instanceof EnhancedForLoopTree)
        || ((EnhancedForLoopTree) loop.getLeaf()).getExpression() != call.getLeaf()) {
      return false;
    }
    String view = ((MemberSelectTree) select.getLeaf()).getIdentifier().toString();
    EnhancedForLoopTree parent = (EnhancedForLoopTree) loop.getLeaf();
    Element var = TreeUtils.elementFromDeclaration(parent.getVariable());
    if (view.equals("keySet")) {
      return key instanceof IdentifierTree && var.equals(TreeUtils.elementFromUse(key));
    }
    if (view.equals("entrySet") && key instanceof MethodInvocationTree
        && ((MethodInvocationTree) key).getArguments().isEmpty()
        && ((MethodInvocationTree) key).getMethodSelect() instanceof MemberSelectTree) {
      MemberSelectTree getKey = (MemberSelectTree) ((MethodInvocationTree) key).getMethodSelect();
      ExpressionTree entry = TreeUtils.withoutParens(getKey.getExpression());
      return getKey.getIdentifier().contentEquals("getKey")
          && entry instanceof IdentifierTree
          && var.equals(TreeUtils.elementFromUse(entry));
    }
    return false;
  }
}
