package dev.ownership.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What a body's plan knows of the JDK model's loans and changes in it (SPEC §6, §10): the paths
 * lent and changed and where, the calls that may have an effect summary, the alias locals, and
 * from these whether any loan may be live at a change of the same path. Only a body where one
 * may is worth its flow analysis. The test is a filter, never a verdict: a pair it keeps is
 * decided by the analysis; a pair it drops cannot conflict.
 *
 * <p>Where: a for-each loop lends what it walks while its statement runs, so only a change inside
 * the loop meets that loan. Any other loan (a view, an iterator, a call that runs code) may live
 * on after the place it is made, so it meets a change made after it, or anywhere inside a loop
 * around both: code runs backwards only through a loop. A change whose place is not known (what a
 * lambda or a method reference does when it runs) meets every loan.
 */
final class ModelConflicts {

  /**
   * Where something happens: its rank in the order the body runs, the outermost loop around it,
   * and the for-each loops around it. A call's place is ranked after its receiver and arguments.
   */
  static final class Place {
    private int rank;
    private final Tree outermostLoop;
    private final List<Tree> forEachLoops;

    private Place(int rank, Tree outermostLoop, List<Tree> forEachLoops) {
      this.rank = rank;
      this.outermostLoop = outermostLoop;
      this.forEachLoops = forEachLoops;
    }
  }

  /** The place of a change whose place is not known: it meets every loan. */
  private static final Place ANYWHERE = new Place(Integer.MAX_VALUE, null, List.of());

  /** A loan of {@code path}, made at {@code place}; {@code forEach} is the loop whose it is. */
  private record Lent(Path path, Place place, Tree forEach) {}

  /** A change of {@code path} at {@code place}. */
  private record Changed(Path path, Place place) {}

  /**
   * A call that may have an effect summary, with what it is given: a summary's effects are paths
   * of what its call is given, so only through these can the call change what a loan holds. The
   * roots of those paths are worked out only for a body that lends something ({@link #roots}).
   *
   * @param receiver the receiver expression, or {@code null} for an unqualified call ({@code
   *     this}) and for a constructor
   */
  private record SummarizedCall(
      ExecutableElement callee,
      ExpressionTree receiver,
      boolean constructor,
      List<? extends ExpressionTree> args,
      Place place) {

    /** The roots ({@code x}, or {@code this}) of the receiver and of each argument. */
    List<Path> roots() {
      List<Path> roots = new ArrayList<>(args.size() + 1);
      roots.add(constructor ? null : receiver == null ? Path.THIS : rootOf(receiver));
      for (ExpressionTree a : args) {
        roots.add(rootOf(a));
      }
      return roots;
    }

    /** True if an argument is a static field, or a path from one. */
    boolean givenStatic() {
      for (ExpressionTree a : args) {
        Path p = Paths.ofModel(a);
        if (p != null && p.isStaticRooted()) {
          return true;
        }
      }
      return false;
    }
  }

  private final EffectSummaries summaries;
  private final List<Lent> loaned = new ArrayList<>();
  private final List<Changed> changed = new ArrayList<>();
  private final List<SummarizedCall> summarizedCalls = new ArrayList<>();
  private final AliasLocals aliases = new AliasLocals();

  /** The loops open where the scan is, innermost first. */
  private final Deque<Tree> loops = new ArrayDeque<>();
  private int rank;
  /** The place of the call the scan is in, once something there needs it; else {@code null}. */
  private Place call;
  /** The answer of {@link #possible}, once known: the plan does not change once made. */
  private Boolean possible;

  ModelConflicts(EffectSummaries summaries) {
    this.summaries = summaries;
  }

  /** The scan enters a loop statement. */
  void enterLoop(Tree loop) {
    loops.push(loop);
  }

  /** The scan leaves the loop it entered last. */
  void exitLoop() {
    loops.pop();
  }

  /** The scan enters a call or an instance creation; returns what {@link #exitCall} restores. */
  Place enterCall() {
    Place outer = call;
    call = null;
    return outer;
  }

  /** The scan leaves the call it entered last: its place is ranked after its operands. */
  void exitCall(Place outer) {
    if (call != null) {
      call.rank = ++rank;
    }
    call = outer;
  }

  /** A for-each loop lends {@code path}. */
  void lentByLoop(Path path, Tree loop) {
    loaned.add(new Lent(path, null, loop));
  }

  /** The call being scanned lends {@code path}: a view, or a call that runs code. */
  void lentByCall(Path path) {
    loaned.add(new Lent(path, callPlace(), null));
  }

  /** The call being scanned changes {@code path}. */
  void changedByCall(Path path) {
    changed.add(new Changed(path, callPlace()));
  }

  /** A lambda, class body or method reference changes {@code path} when it runs. */
  void changedWhenRun(Path path) {
    changed.add(new Changed(path, ANYWHERE));
  }

  /**
   * The call being scanned, of {@code callee} with signature {@code sig}: kept if it may have an
   * effect summary. {@code receiver} is its receiver expression, {@code null} for an unqualified
   * call and for a constructor.
   */
  void summarizedCall(
      ExecutableElement callee,
      OwnershipAnnotations.Signature sig,
      ExpressionTree receiver,
      List<? extends ExpressionTree> args) {
    if (summaries.mayBeSummarized(callee, sig)) {
      boolean constructor = callee.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR;
      summarizedCalls.add(new SummarizedCall(callee, receiver, constructor, args, callPlace()));
    }
  }

  /** The alias locals of the body. */
  AliasLocals aliases() {
    return aliases;
  }

  /**
   * The path a local of the body is an alias of, or the path itself: {@code this.items} for
   * {@code a} after {@code List<String> a = this.items;} when {@code a} is given nothing else.
   */
  Path unaliased(Path p) {
    if (p != null && p.isRoot() && p.root() != null) {
      Path to = aliases.of(p.root());
      return to == null ? p : to;
    }
    return p;
  }

  /**
   * True if some path the body lends may be changed, or moved ({@code moved}), while the loan is
   * live: only then can the JDK model find a conflict. Most loops change something else than
   * what they walk, or change it before or after the loop.
   */
  boolean possible(Collection<Path> moved) {
    if (loaned.isEmpty()) {
      return false;
    }
    if (possible == null) {
      possible = find(moved);
    }
    return possible;
  }

  private boolean find(Collection<Path> moved) {
    for (Lent loan : loaned) {
      Path l = loan.path();
      for (Changed m : changed) {
        if ((l.overlaps(m.path()) || unaliased(l).overlaps(unaliased(m.path())))
            && meets(loan, m.place())) {
          return true;
        }
      }
      for (Path m : moved) {
        if (m != null && l.overlaps(m)) {
          return true;
        }
      }
    }
    for (SummarizedCall c : summarizedCalls) {
      List<Path> roots = null;
      for (Lent loan : loaned) {
        if (!meets(loan, c.place())) {
          continue;
        }
        if (roots == null && !loan.path().isStaticRooted()) {
          roots = c.roots();
        }
        List<Path> given = roots;
        // A static collection: any callee may name it, and its summary says so with the same
        // path, or it is given one. Otherwise the callee must be given what is lent, or what
        // holds it (SPEC §10).
        boolean reaches =
            loan.path().isStaticRooted()
                ? changesStatic(c.callee(), loan.path())
                    || (c.givenStatic() && hasEffects(c.callee()))
                : given.stream().anyMatch(r -> isRootOf(r, loan.path()))
                    && hasEffects(c.callee());
        if (reaches) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if a call of {@code callee} may change the static collection {@code lent}. */
  private boolean changesStatic(ExecutableElement callee, Path lent) {
    ExecutableElement target = summaries.resolve(callee);
    if (target == null) {
      return false;
    }
    for (EffectSummaries.Effect e : summaries.of(target)) {
      if (e.path().isStaticRooted() && e.path().overlaps(lent)) {
        return true;
      }
    }
    return false;
  }

  /** True for the root of {@code lent}, also through alias locals. */
  private boolean isRootOf(Path root, Path lent) {
    return root != null
        && (root.equals(lent.base())
            || root.equals(unaliased(lent).base())
            || unaliased(root).base().equals(lent.base())
            || unaliased(root).base().equals(unaliased(lent).base()));
  }

  /**
   * True if a call of {@code callee} may change anything it is given: the method it runs is
   * known (SPEC §10, "Which calls are resolved") and its summary is not empty. The borrow rules
   * ask the same summary at the call, so a call for which this is false can report nothing.
   */
  private boolean hasEffects(ExecutableElement callee) {
    ExecutableElement target = summaries.resolve(callee);
    return target != null && !summaries.of(target).isEmpty();
  }

  /** Whether {@code loan} may be live at {@code change}. */
  private static boolean meets(Lent loan, Place change) {
    if (change == ANYWHERE) {
      return true;
    }
    if (loan.forEach() != null) {
      return change.forEachLoops.contains(loan.forEach());
    }
    Place made = loan.place();
    return change.rank > made.rank
        || (made.outermostLoop != null && made.outermostLoop == change.outermostLoop);
  }

  /** The place of the call being scanned, made when first needed. */
  private Place callPlace() {
    if (call == null) {
      List<Tree> forEach = new ArrayList<>();
      for (Tree l : loops) {
        if (l.getKind() == Tree.Kind.ENHANCED_FOR_LOOP) {
          forEach.add(l);
        }
      }
      call = new Place(++rank, loops.peekLast(), forEach);
    }
    return call;
  }

  /**
   * The root of a path expression ({@code x} of {@code x.f.g}, {@code this} of a field or of
   * {@code Outer.this}), through parentheses and casts; {@code null} when it has none.
   */
  static Path rootOf(ExpressionTree tree) {
    ExpressionTree e = tree == null ? null : TreeUtils.withoutParensOrCasts(tree);
    while (e instanceof MemberSelectTree) {
      Name id = ((MemberSelectTree) e).getIdentifier();
      if (Paths.isThisOrSuper(id)) {
        return Path.THIS;
      }
      e = TreeUtils.withoutParensOrCasts(((MemberSelectTree) e).getExpression());
    }
    if (!(e instanceof IdentifierTree)) {
      return null;
    }
    Name name = ((IdentifierTree) e).getName();
    Element el = TreeUtils.elementFromTree(e);
    if (Paths.isThisOrSuper(name) || Paths.isInstanceField(el)) {
      return Path.THIS;
    }
    return el != null && Paths.isLocal(el) ? Path.of((VariableElement) el) : null;
  }
}
