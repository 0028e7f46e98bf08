package dev.ownership.checker;

import com.sun.source.tree.Tree;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * {@code field.moved.at.exit} (SPEC §4; Rust's E0507 for a move out of {@code &mut self}): an
 * {@code @Owned} field of {@code this} under a {@code @Mut} receiver or in a constructor, or of
 * a {@code @Mut} parameter, still moved at an exit of the method. Moving it out and putting a
 * value back before every exit is allowed, the Java spelling of {@code mem::replace}. Reported
 * at the move, once per move.
 */
final class FieldExitRules {
  private final BodyContext context;
  private final Reporter reporter;

  FieldExitRules(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
  }

  void check(List<OwnershipAnalysis.Exit> exits) {
    Set<Tree> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (OwnershipAnalysis.Exit exit : exits) {
      for (Map.Entry<Path, OwnershipStore.Moved> e : exit.state().moved().entrySet()) {
        if (!mustBeRestored(e.getKey(), exit.state())) {
          continue;
        }
        String where =
            exit.at() == null
                ? reporter.text(Keys.EXIT_END)
                : reporter.text(Keys.EXIT_AT, reporter.position(exit.at()).line());
        for (MovePlan.Move m : e.getValue().moves()) {
          if (reported.add(m.at())) {
            String hint =
                reporter.text(
                    e.getKey().isThisRooted()
                        ? (context.constructor() ? Keys.EXIT_HINT_CONSTRUCTOR
                            : Keys.EXIT_HINT_RECEIVER)
                        : Keys.EXIT_HINT_PARAMETER);
            reporter.error(m.at(), Keys.FIELD_MOVED_AT_EXIT, List.of(), e.getKey(), where, hint);
          }
        }
      }
    }
  }

  /** True for an owned field the method only borrows the object of. */
  private boolean mustBeRestored(Path p, OwnershipStore state) {
    if (p.isRoot() || context.annotations().field(p.field()) != Mode.OWNED || context.lambda()) {
      return false;
    }
    if (p.isThisRooted()) {
      return context.receiver() == Mode.MUT;
    }
    // A @Mut parameter, or a local reborrowing one (`Holder r = h; take(r.buf);`).
    return (p.root().getKind() == ElementKind.PARAMETER
            && context.annotations().local(p.root()) == Mode.MUT)
        || state.reborrowOf(p.root()) == Mode.MUT;
  }
}
