package dev.ownership.checker;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.javacutil.TreeUtils;

/**
 * {@code owned.not.released} (Rust's drop, and what the Resource Leak Checker reports): an owned
 * value of an {@code AutoCloseable} type that reaches an exit of its owner's method on some path
 * without being released — closed, handed on (moved, returned, stored, given to code that takes
 * it), or closed by a try-with-resources — or that is overwritten while it is still owed.
 *
 * <p>A value is owed from the moment its local holds it: if the call that makes it throws,
 * there is nothing to release on that path. The exits that count are those of {@code
 * field.moved.at.exit}: the end, {@code return}, {@code throw} statements and checked
 * exceptions. Each leaked value is reported once, where its local was given it, naming the
 * first exit it leaks at and, on an exceptional path, the call that throws and where the
 * exception is caught.
 */
final class ReleaseRules {
  private final BodyContext context;
  private final Reporter reporter;
  private final Set<Tree> reported = Collections.newSetFromMap(new IdentityHashMap<>());

  ReleaseRules(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
  }

  void check(OwnershipAnalysis analysis, List<OwnershipAnalysis.Exit> all) {
    analysis.forEachNode(
        (node, before) -> {
          if (node instanceof AssignmentNode) {
            checkOverwrite((AssignmentNode) node, before);
          }
        });
    // Name a normal way out before an exceptional one: "never closed" reads better than
    // "not closed if this call throws" when both are true.
    List<OwnershipAnalysis.Exit> exits = new ArrayList<>(all);
    exits.sort(Comparator.comparingInt(e -> e.thrown() != null ? 1 : 0));
    Set<VariableElement> done = Collections.newSetFromMap(new IdentityHashMap<>());
    for (OwnershipAnalysis.Exit exit : exits) {
      for (Map.Entry<VariableElement, OwnershipStore.Debt> d : exit.state().debts().entrySet()) {
        VariableElement local = d.getKey();
        OwnershipStore.Debt debt = d.getValue();
        if (!context.plan().release().isResource(local) || !done.add(local)) {
          continue;
        }
        if (debt.model() && !reportsModelLeak(exit, local, debt)) {
          done.remove(local); // another exit may still show it
          continue;
        }
        Tree at = debt.since();
        if (reported.add(at)) {
          String what =
              debt.model()
                  ? reporter.text(
                      Keys.LEAK_UNCLOSED,
                      callName(debt.origin()),
                      reporter.position(debt.origin()).line(),
                      where(exit, debt))
                  : reporter.text(Keys.LEAK_UNRELEASED, where(exit, debt));
          String help =
              debt.model()
                  ? reporter.text(Keys.LEAK_HELP_JDK, declaration(local))
                  : reporter.text(Keys.LEAK_HELP);
          reporter.error(at, Keys.OWNED_NOT_RELEASED, List.of(), Path.of(local), what, help);
        }
      }
    }
    // A consuming method ends the object's life: it must release what the object owns, unless
    // it hands the whole object on (moves `this`), and the fields with it.
    for (VariableElement field : context.plan().release().ownedResourceFields()) {
      Path path = Path.THIS.select(field);
      for (OwnershipAnalysis.Exit exit : exits) {
        if (isMovedOnEveryPath(exit.state(), path)
            || exit.state().isNull(path)
            || isMovedOnEveryPath(exit.state(), Path.THIS)) {
          continue;
        }
        Tree at = reporter.trees().getTree(context.method());
        reporter.error(
            at,
            Keys.OWNED_NOT_RELEASED,
            List.of(),
            path,
            reporter.text(Keys.LEAK_UNRELEASED, where(exit, null)),
            reporter.text(Keys.LEAK_HELP));
        break;
      }
    }
  }

  /**
   * Whether a JDK resource's leak at this exit is reported (SPEC §11): not if the resource it is
   * released with leaks too (the parent is reported), and, unless {@code
   * -Aownership.resources=strict}, not on a path that exists only because a wrapper's
   * constructor or another resource's {@code close()} throws, nor on an exception path of a
   * resource the method never closes itself (it hands it on at its normal exits: a factory that
   * configures what it returns) — the categories whose precision on real code is below the bar
   * for findings in code nobody annotated.
   */
  private boolean reportsModelLeak(
      OwnershipAnalysis.Exit exit, VariableElement local, OwnershipStore.Debt debt) {
    if (debt.parent() != null && exit.state().owesOrigin(debt.parent())) {
      return false;
    }
    if (reporter.strictResources()) {
      return true;
    }
    OwnershipStore.Thrown thrown = exit.thrown() != null ? exit.thrown() : debt.via();
    if (thrown == null || thrown.call() == null) {
      return true;
    }
    boolean closedHere = false;
    for (VariableElement s : exit.state().sharers(local, true)) {
      closedHere |= context.plan().release().closes(s);
    }
    return closedHere && !isLowPrecisionThrow(thrown);
  }

  private boolean isLowPrecisionThrow(OwnershipStore.Thrown thrown) {
    if (thrown.implicitClose()) {
      return true; // another resource's implicit close()
    }
    Tree call = thrown.call();
    JdkModel model = context.annotations().model();
    if (call instanceof MethodInvocationTree) {
      ExecutableElement m = TreeUtils.elementFromUse((MethodInvocationTree) call);
      com.sun.source.tree.ExpressionTree r = TreeUtils.getReceiverTree((MethodInvocationTree) call);
      return m != null && model.isRelease(m, r == null ? null : TreeUtils.typeOf(r));
    }
    if (call instanceof NewClassTree) {
      ExecutableElement ctor = TreeUtils.elementFromUse((NewClassTree) call);
      return ctor != null && model.resources().joinedArgument(ctor) >= 0;
    }
    return false;
  }

  /** How a try-with-resources would declare {@code local}: {@code BufferedReader in}. */
  private static String declaration(VariableElement local) {
    javax.lang.model.type.TypeMirror t = local.asType();
    String type =
        t instanceof javax.lang.model.type.DeclaredType
            ? ((javax.lang.model.type.DeclaredType) t).asElement().getSimpleName().toString()
            : t.toString();
    return type + " " + local.getSimpleName();
  }

  /**
   * Assigning a local or an {@code @Owned} field that still holds an owed value leaks that value:
   * Rust drops the old value of an assignment, Java forgets it.
   */
  private void checkOverwrite(AssignmentNode node, OwnershipStore before) {
    if (node.getTree() instanceof VariableTree) {
      return; // a declaration: a loop's next round is an exit of the previous one's value
    }
    if (node.getTarget() instanceof LocalVariableNode) {
      VariableElement local = ((LocalVariableNode) node.getTarget()).getElement();
      OwnershipStore.Debt debt = before.debtOf(local);
      if (debt != null
          && !before.isSharedBeyond(local) // an alias or wrapper still holds it
          && context.plan().release().isResource(local)
          && reported.add(node.getTree())) {
        reporter.error(
            node.getTree(),
            Keys.OWNED_NOT_RELEASED,
            List.of(),
            Path.of(local),
            reporter.text(Keys.LEAK_OVERWRITTEN, reporter.position(debt.since()).line()),
            reporter.text(Keys.LEAK_HELP_OVERWRITE, local.getSimpleName()));
      }
      return;
    }
    Path target = Paths.of(node.getTarget());
    if (target == null
        || target.isRoot()
        || !target.base().equals(Path.THIS)
        || context.constructor()
        || context.lambda()
        || context.annotations().field(target.field()) != Mode.OWNED
        || !context.annotations().model().isCloseable(target.field().asType())
        || before.isNull(target)
        || isMovedOnEveryPath(before, target)) {
      return;
    }
    if (reported.add(node.getTree())) {
      reporter.error(
          node.getTree(),
          Keys.OWNED_NOT_RELEASED,
          List.of(),
          target,
          reporter.text(Keys.LEAK_FIELD_OVERWRITTEN),
          reporter.text(Keys.LEAK_HELP_OVERWRITE, target));
    }
  }

  private static boolean isMovedOnEveryPath(OwnershipStore state, Path path) {
    OwnershipStore.Moved moved = state.moved().get(path);
    return moved != null && moved.onEveryPath();
  }

  /** The path on which a value leaks, in words. */
  private String where(OwnershipAnalysis.Exit exit, OwnershipStore.Debt debt) {
    if (exit.thrown() != null) {
      return thrownAt(exit.thrown(), null);
    }
    String leaves =
        exit.at() == null
            ? reporter.text(Keys.LEAK_LEAVES_END)
            : reporter.text(Keys.LEAK_LEAVES_AT, reporter.position(exit.at()).line());
    if (debt != null && debt.via() != null && debt.via().call() != null) {
      return thrownAt(debt.via(), leaves);
    }
    if (exit.at() == null) {
      return reporter.text(Keys.LEAK_END);
    }
    return reporter.text(Keys.LEAK_EXIT, reporter.position(exit.at()).line());
  }

  /** "when send(String) at line 12 throws IOException", and where it was caught, if it was. */
  private String thrownAt(OwnershipStore.Thrown thrown, String leaves) {
    Tree call = thrown.call();
    if (call == null) {
      return reporter.text(Keys.LEAK_END);
    }
    long line = reporter.position(call).line();
    if (!thrown.implicitClose() && call.getKind() == Tree.Kind.THROW) {
      return reporter.text(Keys.LEAK_THROW, line);
    }
    String what =
        thrown.implicitClose() ? reporter.text(Keys.LEAK_IMPLICIT_CLOSE, line) : callName(call);
    if (leaves == null || thrown.caught() == null) {
      return reporter.text(Keys.LEAK_EXCEPTION, what, line, thrown.type());
    }
    return reporter.text(Keys.LEAK_CAUGHT, what, line, thrown.type(), caughtLine(call, thrown), leaves);
  }

  /**
   * The line of the {@code catch} that handles an exception thrown by {@code call}: the first
   * catch clause of the innermost {@code try} whose block holds the call; else where the flow
   * went.
   */
  private long caughtLine(Tree call, OwnershipStore.Thrown thrown) {
    com.sun.source.util.TreePath path = reporter.trees().getPath(reporter.root(), call);
    for (com.sun.source.util.TreePath p = path; p != null && p.getParentPath() != null;
        p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      if (parent instanceof com.sun.source.tree.TryTree) {
        com.sun.source.tree.TryTree t = (com.sun.source.tree.TryTree) parent;
        if (t.getBlock() == p.getLeaf() && !t.getCatches().isEmpty()) {
          return reporter.position(t.getCatches().get(0)).line();
        }
      }
      if (parent instanceof com.sun.source.tree.MethodTree
          || parent instanceof com.sun.source.tree.LambdaExpressionTree) {
        break;
      }
    }
    return reporter.position(thrown.caught()).line();
  }

  /** A call as messages name it: {@code send(String)}, or {@code new Conn(String)}. */
  static String callName(Tree call) {
    ExecutableElement m =
        call instanceof MethodInvocationTree
            ? TreeUtils.elementFromUse((MethodInvocationTree) call)
            : call instanceof NewClassTree ? TreeUtils.elementFromUse((NewClassTree) call) : null;
    if (m == null) {
      return "the call";
    }
    String prefix = call instanceof NewClassTree ? "new " : "";
    return "`" + prefix + Describe.method(m) + "`";
  }
}
