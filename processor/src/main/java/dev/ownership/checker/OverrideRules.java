package dev.ownership.checker;

import com.sun.source.tree.MethodTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@code override.invalid} (SPEC §4, Rust's E0053): an override may ask less of its callers and
 * promise more, never the reverse (Liskov). Parameters and receivers may only weaken
 * ({@code @Owned} → {@code @Mut} → {@code @Borrowed}); returns may only strengthen. Positions are
 * compared one by one, and only where both sides are annotated.
 */
final class OverrideRules {
  private final Reporter reporter;
  private final OwnershipAnnotations annotations;
  private final Elements elements;
  private final Types types;

  OverrideRules(
      Reporter reporter, OwnershipAnnotations annotations, Elements elements, Types types) {
    this.reporter = reporter;
    this.annotations = annotations;
    this.elements = elements;
    this.types = types;
  }

  void check(MethodTree tree, ExecutableElement method) {
    OwnershipAnnotations.Signature mine = annotations.declared(method);
    if (!mine.isAnnotated()) {
      return; // an unannotated override promises nothing and asks nothing: nothing to compare
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    // One error per position: the nearest overridden method that it contradicts (-1: receiver,
    // params.length: result).
    Set<Integer> done = new HashSet<>();
    for (ExecutableElement overridden : overridden(method, owner)) {
      OwnershipAnnotations.Signature theirs = annotations.signature(overridden);
      String where = Describe.method(overridden);
      Object in = overridden.getEnclosingElement().getSimpleName();
      if (asksMore(mine.receiver(), theirs.receiver()) && done.add(-1)) {
        report(tree, reporter.text(Keys.OVERRIDE_RECEIVER, mine.receiver().display(),
            theirs.receiver().display(), where, in));
      }
      for (int i = 0; i < mine.params().length && i < theirs.params().length; i++) {
        if (asksMore(mine.params()[i], theirs.params()[i]) && done.add(i)) {
          report(tree, reporter.text(Keys.OVERRIDE_PARAMETER,
              method.getParameters().get(i).getSimpleName(), mine.params()[i].display(),
              theirs.params()[i].display(), where, in));
        }
      }
      if (asksMore(theirs.returns(), mine.returns()) && done.add(mine.params().length)) {
        report(tree, reporter.text(Keys.OVERRIDE_RETURN, mine.returns().display(),
            theirs.returns().display(), where, in));
      }
    }
  }

  /** True if both are annotated and {@code mine} demands more than {@code theirs}. */
  private static boolean asksMore(Mode mine, Mode theirs) {
    return mine != Mode.NONE && theirs != Mode.NONE && mine.demand() > theirs.demand();
  }

  private void report(MethodTree tree, String detail) {
    reporter.error(tree, Keys.OVERRIDE_INVALID, List.of(), detail);
  }

  /** Every method of a supertype, direct or not, that {@code method} overrides. */
  private Set<ExecutableElement> overridden(ExecutableElement method, TypeElement owner) {
    Set<ExecutableElement> result = new java.util.LinkedHashSet<>();
    Set<Element> seen = new HashSet<>();
    Deque<TypeMirror> todo = new ArrayDeque<>(types.directSupertypes(owner.asType()));
    while (!todo.isEmpty()) {
      TypeMirror t = todo.pop();
      Element e = types.asElement(t);
      if (!(e instanceof TypeElement) || !seen.add(e)) {
        continue;
      }
      for (Element member : e.getEnclosedElements()) {
        if (member instanceof ExecutableElement
            && member.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, (ExecutableElement) member, owner)) {
          result.add((ExecutableElement) member);
        }
      }
      todo.addAll(types.directSupertypes(t));
    }
    return result;
  }
}
