package dev.ownership.checker;

import com.sun.source.tree.ExpressionTree;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The alias locals of one body (SPEC §10, aliases through locals): an unannotated local of a
 * JDK-model type whose every store is one and the same path ({@code List<T> a = this.items;}) is
 * that path for the JDK model, for as long as it holds that value. Without following the flow,
 * that is kept to the cases where it holds the same value wherever it is read:
 *
 * <ul>
 *   <li>a parameter is no alias: it held its argument before it was given the path;
 *   <li>a local given two different paths, or anything but a path, is no alias;
 *   <li>an alias of a path whose root local is assigned again is dropped: after {@code t = r; r =
 *       new ArrayList<>();} the local {@code t} holds the old list, not {@code r}'s.
 * </ul>
 *
 * <p>The body's plan and the effect summaries read their bodies through this one definition.
 */
final class AliasLocals {

  /** Each local given a path, with it; {@code null} for a local given anything else. */
  private final Map<VariableElement, Path> given = new HashMap<>();

  /** Locals and parameters given a value by an assignment, after their declaration. */
  private final Set<Element> assignedAgain = new HashSet<>();

  /** {@code local}, of a JDK-model type and unannotated, is given {@code value}. */
  void given(VariableElement local, ExpressionTree value) {
    Path to = Paths.ofModel(TreeUtils.withoutParensOrCasts(value));
    boolean same =
        to != null
            && local.getKind() != ElementKind.PARAMETER
            && (!given.containsKey(local) || to.equals(given.get(local)));
    given.put(local, same && !to.equals(Path.of(local)) ? to : null);
  }

  /** {@code local}, of any type, is assigned a value after its declaration. */
  void assigned(Element local) {
    assignedAgain.add(local);
  }

  /** True if {@code local} is assigned a value after its declaration. */
  boolean isAssigned(Element local) {
    return assignedAgain.contains(local);
  }

  /** The path {@code local} is an alias of, or {@code null}. */
  Path of(Element local) {
    Path to = given.get(local);
    return to == null || (to.root() != null && assignedAgain.contains(to.root())) ? null : to;
  }
}
