package dev.ownership.checker;

import com.sun.source.tree.Tree;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * {@code owned.not.released} (Rust's drop, and what the Resource Leak Checker reports): an
 * {@code @Owned} value of an {@code AutoCloseable} type that reaches an exit of its owner's
 * method on some path without being released — closed, handed on (moved), or closed by a
 * try-with-resources. The exits that count are those of {@code field.moved.at.exit}: the end,
 * {@code return}, {@code throw} statements and checked exceptions. Reported once per resource,
 * at its declaration, naming the first exit it leaks at.
 */
final class ReleaseRules {
  private final BodyContext context;
  private final Reporter reporter;

  ReleaseRules(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
  }

  void check(List<OwnershipAnalysis.Exit> all) {
    // Name a normal way out before an exceptional one: "never closed" reads better than
    // "not closed if this call throws" when both are true.
    List<OwnershipAnalysis.Exit> exits = new java.util.ArrayList<>(all);
    exits.sort(java.util.Comparator.comparingInt(e -> isExceptional(e) ? 1 : 0));
    for (Map.Entry<Element, Tree> r : context.plan().resources().entrySet()) {
      VariableElement local = (VariableElement) r.getKey();
      if (context.plan().isHandedOn(local)) {
        continue;
      }
      Path path = Path.of(local);
      for (OwnershipAnalysis.Exit exit : exits) {
        if (!isOwned(local, exit.state())) {
          continue;
        }
        OwnershipStore.Moved moved = exit.state().moved().get(path);
        if (moved != null && moved.onEveryPath()) {
          continue;
        }
        reporter.error(r.getValue(), Keys.OWNED_NOT_RELEASED, List.of(), path, where(exit));
        break;
      }
    }
    // A consuming method ends the object's life: it must release what the object owns.
    for (VariableElement field : context.plan().ownedResourceFields()) {
      Path path = Path.THIS.select(field);
      for (OwnershipAnalysis.Exit exit : exits) {
        OwnershipStore.Moved moved = exit.state().moved().get(path);
        if (moved == null || !moved.onEveryPath()) {
          Tree at = reporter.trees().getTree(context.method());
          reporter.error(at, Keys.OWNED_NOT_RELEASED, List.of(), path, where(exit));
          break;
        }
      }
    }
  }

  private static boolean isExceptional(OwnershipAnalysis.Exit e) {
    return e.at() != null && e.at().getKind() != Tree.Kind.RETURN;
  }

  private boolean isOwned(VariableElement local, OwnershipStore state) {
    return context.annotations().local(local) == Mode.OWNED || state.isOwner(local);
  }

  private String where(OwnershipAnalysis.Exit exit) {
    if (exit.at() == null) {
      return reporter.text(Keys.LEAK_END);
    }
    Describe.Position p = reporter.position(exit.at());
    return exit.at().getKind() == Tree.Kind.RETURN || exit.at().getKind() == Tree.Kind.THROW
        ? reporter.text(Keys.LEAK_EXIT, p.line())
        : reporter.text(Keys.LEAK_EXCEPTION, p.line());
  }
}
