package dev.ownership.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The borrow rules (SPEC §4 and §6), read off the loans of the flow analysis and the liveness of
 * the locals that hold them: {@code mutation.through.borrow} (Rust's E0596/E0594),
 * {@code mutation.while.borrowed} (E0502/E0506/E0499), {@code use.while.mutably.borrowed}
 * (E0499/E0502), {@code move.while.borrowed} (E0505) and {@code aliased.argument}.
 *
 * <p>A loan is live at a node when a local holding it is live after the node. A call also
 * borrows for its own duration: its receiver and arguments in {@code @Borrowed}/{@code @Mut}
 * positions, and whatever loans they hold; a lambda or method reference passed to the call runs
 * during it, so what it modifies or reads is checked against those loans, and reported inside
 * the lambda (SPEC §5).
 */
final class BorrowRules implements OwnershipAnalysis.NodeVisitor {

  private final BodyContext context;
  private final Reporter reporter;
  private final OwnershipTransfer transfer;
  private final Liveness liveness;
  private final Set<Tree> reported = Collections.newSetFromMap(new IdentityHashMap<>());
  private final EffectSummaries effects;

  BorrowRules(
      BodyContext context,
      Reporter reporter,
      OwnershipTransfer transfer,
      Liveness liveness,
      EffectSummaries effects) {
    this.effects = effects;
    this.context = context;
    this.reporter = reporter;
    this.transfer = transfer;
    this.liveness = liveness;
  }

  @Override
  public void visit(Node node, OwnershipStore before) {
    Tree tree = node.getTree();
    if (node instanceof MethodInvocationNode) {
      visitCall((MethodInvocationNode) node, before);
    } else if (node instanceof ObjectCreationNode) {
      ObjectCreationNode n = (ObjectCreationNode) node;
      List<Path> args = new ArrayList<>();
      n.getArguments().forEach(a -> args.add(Paths.ofModel(a)));
      callEffects(n, TreeUtils.elementFromUse(n.getTree()), null, args, before);
    } else if (node instanceof FunctionalInterfaceNode && tree != null) {
      capture(node, tree, before);
    } else if (node instanceof AssignmentNode) {
      Node target = ((AssignmentNode) node).getTarget();
      Path p = Paths.of(target);
      Node value = ((AssignmentNode) node).getExpression();
      Path source = Paths.of(value);
      if (target instanceof LocalVariableNode && source != null
          && context.annotations().local(((LocalVariableNode) target).getElement()) == Mode.MUT) {
        // Making a @Mut loan of a path is a modification of it (SPEC §4).
        mutation(source, value.getTree(), node, before, List.of(), Change.PLAIN);
      }
      if (p != null && !p.isRoot()) {
        // A field write changes the object the field belongs to: `b.x = 1` changes `b`.
        Path object = Paths.of(((FieldAccessNode) target).getReceiver());
        // A field write is no structural change of a JDK collection: the model's loans (a loop
        // over `r.items` while `r.count` is written) do not conflict with it.
        mutation(object, p, target.getTree(), node, before, List.of(), Change.FIELD_WRITE);
      } else if (p != null && target.getTree() instanceof ExpressionTree) {
        // Reassigning a borrowed path (Rust's E0506); the JDK model's loans allow it.
        for (OwnershipStore.Loan l : liveLoans(node, before)) {
          if (!l.model() && l.path().overlaps(p)) {
            conflict(
                Keys.MUTATION_WHILE_BORROWED, target.getTree(), p, l, node, before, false, null);
            break;
          }
        }
      }
    } else {
      Path p = Paths.of(node);
      MovePlan.Move m = tree == null ? null : context.plan().moveAt(tree);
      boolean movedHere = m != null && transfer.takesEffect(m, before);
      // A path given to a @Mut position is checked as a modification, and a moved one as a
      // move, where the call or declaration takes it (SPEC §4: a mutation gets
      // mutation.while.borrowed, a move move.while.borrowed).
      if (p != null && tree instanceof ExpressionTree && !context.plan().isNotRead(tree)
          && !context.plan().isMutatedArgument(tree) && !movedHere) {
        read(p, tree, node, before, List.of());
      }
    }
    MovePlan.Move move = tree == null ? null : context.plan().moveAt(tree);
    if (move != null && move.path() != null && Paths.of(node) != null
        && transfer.takesEffect(move, before)) {
      for (OwnershipStore.Loan l : liveLoans(node, before)) {
        if (l.path().overlaps(move.path())) {
          conflict(Keys.MOVE_WHILE_BORROWED, tree, move.path(), l, node, before, false, null);
          break;
        }
      }
    }
  }

  private void visitCall(MethodInvocationNode call, OwnershipStore before) {
    int reportedBefore = reported.size();
    ExecutableElement callee = call.getTarget().getMethod();
    OwnershipAnnotations.Signature sig = context.annotations().signature(callee);
    Node receiver = call.getTarget().getReceiver();
    // A JDK-model call sees static collection fields as paths too (SPEC §2 as amended).
    Path rp = sig.model() ? Paths.ofModel(receiver) : Paths.of(receiver);
    // An implicit `this` has no tree of its own: point at the method's name.
    Tree receiverAt =
        receiver.getTree() != null ? receiver.getTree() : call.getTree().getMethodSelect();
    boolean modelled = !(sig.model() && context.isUnmodelled(receiver));
    // A concurrent container that owns its elements: iterating it while it changes is fine, as
    // the JDK model says, but an element it owns is lent like any other's (SPEC §12).
    boolean ownsElements =
        receiver.getTree() instanceof ExpressionTree
            && context.annotations().ownsElements((ExpressionTree) receiver.getTree());
    // The model lets a concurrent container change while it is iterated; only the loans of the
    // elements it owns count against a change of it.
    boolean modelAllows = !modelled && ownsElements;
    modelled |= ownsElements;
    List<OwnershipStore.Loan> duringCall = new ArrayList<>(transfer.loansOf(receiver, before));
    if (rp != null && sig.receiver().isBorrow() && modelled) {
      duringCall.add(
          new OwnershipStore.Loan(
              rp, sig.receiver() == Mode.MUT && !sig.model(), receiverAt, sig.model()));
    }
    if (rp != null && (sig.receiver() == Mode.MUT || (ownsElements && changesOwningContainer(callee, sig)))
        && modelled
        && !(sig.model() && SameKeyWrites.isOwnKeyWrite(
            call.getTree(), rp, liveLoans(call, before), reporter, context.annotations()))) {
      mutation(
          rp,
          receiverAt,
          call,
          before,
          List.of(),
          new Change(reporter.text(Keys.BY_MUT_RECEIVER, Describe.method(callee)), modelAllows));
    } else if (rp == null && sig.receiver() == Mode.MUT && !sig.model()) {
      elementThroughSharedBorrow(call, receiver, callee, before);
    } else if (rp != null && sig.receiver() != Mode.OWNED) {
      // Any other receiver is read when the call is made (SPEC §4, Order).
      read(rp, receiverAt, call, before, List.of());
    }
    List<Node> args = call.getArguments();
    List<Path> argPaths = new ArrayList<>();
    List<Path> modelArgPaths = new ArrayList<>();
    List<Mode> argModes = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Node a = args.get(i);
      duringCall.addAll(transfer.loansOf(a, before));
      Mode m = sig.param(i, callee.isVarArgs());
      Path ap = sig.model() ? Paths.ofModel(a) : Paths.of(a);
      argPaths.add(ap);
      modelArgPaths.add(Paths.ofModel(a));
      argModes.add(m);
      if (ap != null && m.isBorrow()) {
        // The model's static mutators hold their argument as its methods hold their receiver.
        duringCall.add(
            new OwnershipStore.Loan(ap, m == Mode.MUT && !sig.model(), a.getTree(), sig.model()));
        if (m == Mode.MUT) {
          String how =
              reporter.text(
                  Keys.BY_MUT_PARAMETER,
                  callee.getParameters().get(Math.min(i, callee.getParameters().size() - 1))
                      .getSimpleName(),
                  Describe.method(callee));
          mutation(ap, a.getTree(), call, before, List.of(), new Change(how, false));
        }
      }
    }
    aliasedArguments(call, rp, sig, argPaths, argModes);
    if (reported.size() == reportedBefore && !sig.model()) {
      callEffects(call, callee, Paths.ofModel(receiver), modelArgPaths, before);
    }
    for (Node a : args) {
      if (a instanceof FunctionalInterfaceNode) {
        List<OwnershipStore.Loan> others = new ArrayList<>(duringCall);
        others.removeIf(l -> l.at() == a.getTree());
        int before0 = reported.size();
        for (MovePlan.Effect e : context.plan().effectsOf(a.getTree())) {
          if (e.mutation()
              && reported.size() == before0
              && !(rp != null
                  && rp.equals(e.path())
                  && SameKeyWrites.isOwnKeyWriteInForEach(
                      call.getTree(), a.getTree(), e.at(), rp, reporter, context.annotations()))) {
            mutation(e.path(), e.at(), call, before, others, Change.PLAIN);
          }
        }
        for (MovePlan.Effect e : context.plan().effectsOf(a.getTree())) {
          if (!e.mutation() && reported.size() == before0) {
            read(e.path(), e.at(), call, before, others);
          }
        }
      }
    }
  }

  /** {@code aliased.argument}: one call gets overlapping paths in a @Mut and another borrowed position. */
  private void aliasedArguments(
      MethodInvocationNode call, Path rp, OwnershipAnnotations.Signature sig,
      List<Path> argPaths, List<Mode> argModes) {
    if (sig.model()) {
      return;
    }
    List<Path> paths = new ArrayList<>(argPaths);
    List<Mode> modes = new ArrayList<>(argModes);
    List<Tree> trees = new ArrayList<>();
    for (Node a : call.getArguments()) {
      trees.add(a.getTree());
    }
    if (rp != null) {
      paths.add(0, rp);
      modes.add(0, sig.receiver());
      Node receiver = call.getTarget().getReceiver();
      trees.add(0, receiver.getTree() != null ? receiver.getTree() : call.getTree());
    }
    for (int i = 0; i < paths.size(); i++) {
      for (int j = 0; j < paths.size(); j++) {
        if (i != j && paths.get(i) != null && paths.get(j) != null
            && modes.get(i) == Mode.MUT && modes.get(j).isBorrow()
            && (modes.get(j) != Mode.MUT || i < j)
            && paths.get(i).overlaps(paths.get(j))) {
          Tree at = trees.get(Math.max(i, j));
          Tree other = trees.get(Math.min(i, j));
          if (reported.add(at)) {
            reporter.error(
                at,
                Keys.ALIASED_ARGUMENT,
                List.of(new Reporter.Note(other,
                    reporter.text(Keys.NOTE_BORROWED_HERE, paths.get(Math.min(i, j))))),
                paths.get(i),
                paths.get(j),
                modes.get(j).display(),
                Describe.method(call.getTarget().getMethod()));
          }
          return;
        }
      }
    }
  }

  /**
   * A call whose callee's effect summary modifies a path under a live JDK-model loan (SPEC §10):
   * {@code mutation.while.borrowed} at the call, with a note at the line inside the callee. The
   * summaries are asked only while such a loan is live, so a body with none computes nothing.
   */
  private void callEffects(
      Node call, ExecutableElement callee, Path rp, List<Path> argPaths, OwnershipStore before) {
    List<OwnershipStore.Loan> live = liveLoans(call, before);
    live.removeIf(l -> !l.model());
    ExecutableElement target = live.isEmpty() ? null : effects.resolve(callee);
    if (target == null) {
      return;
    }
    List<EffectSummaries.Nullness> nullness = new ArrayList<>();
    if (call.getTree() instanceof com.sun.source.tree.MethodInvocationTree) {
      for (com.sun.source.tree.ExpressionTree a :
          ((com.sun.source.tree.MethodInvocationTree) call.getTree()).getArguments()) {
        com.sun.source.tree.ExpressionTree bare = TreeUtils.withoutParens(a);
        nullness.add(
            bare instanceof com.sun.source.tree.IdentifierTree
                    && context.plan().isFreshLocal(TreeUtils.elementFromUse(bare))
                ? EffectSummaries.Nullness.NON_NULL
                : EffectSummaries.Nullness.of(a));
      }
    }
    for (EffectSummaries.Effect e : effects.of(target)) {
      if (EffectSummaries.ruledOut(e, nullness)) {
        continue; // made only when a parameter is null, and the call gives it a new object
      }
      Path p = EffectSummaries.translate(e.path(), target, rp, argPaths);
      if (p != null
          && call.getTree() instanceof com.sun.source.tree.MethodInvocationTree
          && SameKeyWrites.isOwnKeyWriteThrough(
              e, target, (com.sun.source.tree.MethodInvocationTree) call.getTree(), p, live,
              reporter, context.annotations())) {
        continue; // a helper that puts a value under the loop's own key
      }
      for (OwnershipStore.Loan l : live) {
        if (p != null && overlaps(l, p)) {
          conflict(
              Keys.MUTATION_WHILE_BORROWED, call.getTree(), p, l, call, before, false,
              e.unguarded(p));
          return;
        }
      }
    }
  }

  /**
   * Two paths overlap (SPEC §2), also through an unannotated local that is an alias of a
   * collection path (SPEC §10), for JDK-model loans.
   */
  private boolean overlaps(OwnershipStore.Loan loan, Path changed) {
    return loan.path().overlaps(changed)
        || (loan.model()
            && context.plan().unaliased(loan.path()).overlaps(context.plan().unaliased(changed)));
  }

  /**
   * How a modification is made and what it can conflict with.
   *
   * @param how for {@code mutation.through.borrow}: by calling a {@code @Mut} method, or by
   *     passing to a {@code @Mut} parameter; empty otherwise
   * @param modelAllows true for a change the JDK model's loans allow (a field write, a change of a
   *     concurrent container): only annotated and element loans count against it
   */
  private record Change(String how, boolean modelAllows) {
    static final Change PLAIN = new Change("", false);
    static final Change FIELD_WRITE = new Change("", true);
  }

  /** A modification of {@code path} at {@code at}: through a shared borrow, or while borrowed. */
  private void mutation(
      Path path,
      Tree at,
      Node node,
      OwnershipStore before,
      List<OwnershipStore.Loan> duringCall,
      Change change) {
    mutation(path, path, at, node, before, duringCall, change);
  }

  /**
   * A modification at {@code at} of the object {@code object} denotes, touching {@code path}
   * (the same, or a field of it): through a shared borrow, or while borrowed.
   */
  private void mutation(
      Path object,
      Path path,
      Tree at,
      Node node,
      OwnershipStore before,
      List<OwnershipStore.Loan> duringCall,
      Change change) {
    if (object != null && context.isThroughSharedBorrow(object, before) && duringCall.isEmpty()) {
      if (reported.add(at)) {
        reporter.error(
            at,
            Keys.MUTATION_THROUGH_BORROW,
            List.of(),
            path,
            change.how(),
            whyShared(object, before));
      }
      return;
    }
    for (OwnershipStore.Loan l : loansAt(node, before, duringCall)) {
      if (change.modelAllows() && l.model()) {
        continue;
      }
      if (overlaps(l, path) && !l.at().equals(at)) {
        conflict(
            Keys.MUTATION_WHILE_BORROWED, at, path, l, node, before, duringCall.contains(l),
            null);
        return;
      }
    }
  }

  /**
   * True for a mutator of a concurrent collection that owns its elements ({@code
   * ConcurrentHashMap<K, @Owned V>.remove}): the JDK model leaves concurrent collections alone for
   * iteration, but an element they own is theirs like any other's (SPEC §12).
   */
  private boolean changesOwningContainer(
      ExecutableElement callee, OwnershipAnnotations.Signature sig) {
    if (sig.receiver() != Mode.NONE) {
      return false;
    }
    JdkModel.Entry e = context.annotations().model().entryOfOwningContainer(callee);
    return e != null && e.receiver() == Mode.MUT;
  }

  /**
   * A {@code @Mut} method called on an element looked at ({@code list.get(0).write(1)}) whose
   * container is reached through a shared borrow: {@code &Vec<T>} gives only {@code &T}.
   */
  private void elementThroughSharedBorrow(
      MethodInvocationNode call, Node receiver, ExecutableElement callee, OwnershipStore before) {
    Path container = transfer.lookedContainer(receiver);
    if (container != null
        && context.isThroughSharedBorrow(container, before)
        && reported.add(receiver.getTree())) {
      reporter.error(
          receiver.getTree(),
          Keys.MUTATION_THROUGH_BORROW,
          List.of(),
          receiver.getTree().toString(),
          reporter.text(Keys.BY_MUT_RECEIVER, Describe.method(callee)),
          reporter.text(Keys.WHY_SHARED_DEEP, container.base()));
    }
  }

  /** Why nothing may change through {@code object}: whose shared borrow it is reached through. */
  private String whyShared(Path object, OwnershipStore before) {
    Path root = object.base();
    if (root.isThisRooted()) {
      return reporter.text(Keys.WHY_SHARED_RECEIVER);
    }
    if (context.annotations().local(root.root()) == Mode.NONE) {
      return reporter.text(Keys.WHY_SHARED_REBORROW, root);
    }
    return reporter.text(object.isRoot() ? Keys.WHY_SHARED : Keys.WHY_SHARED_DEEP, root);
  }

  /** A read of {@code path} at {@code at}: not allowed while it is mutably borrowed. */
  private void read(
      Path path, Tree at, Node node, OwnershipStore before, List<OwnershipStore.Loan> duringCall) {
    for (OwnershipStore.Loan l : loansAt(node, before, duringCall)) {
      if (l.mutable() && !l.model() && l.path().overlaps(path) && !l.at().equals(at)) {
        conflict(
            Keys.USE_WHILE_MUTABLY_BORROWED, at, path, l, node, before, duringCall.contains(l),
            null);
        return;
      }
    }
  }

  /**
   * Making a lambda borrows what it captures (SPEC §5): mutably what its body changes, shared the
   * rest, against the loans already live — a second closure that changes or reads what a live
   * closure changes is Rust's E0499/E0502 on closures.
   */
  private void capture(Node node, Tree lambda, OwnershipStore before) {
    for (OwnershipStore.Loan c : transfer.capturedBy(lambda, before)) {
      if (c.mutable()) {
        mutation(null, c.path(), lambda, node, before, List.of(), Change.PLAIN);
      } else {
        read(c.path(), lambda, node, before, List.of());
      }
    }
  }

  private List<OwnershipStore.Loan> loansAt(
      Node node, OwnershipStore before, List<OwnershipStore.Loan> duringCall) {
    List<OwnershipStore.Loan> result = new ArrayList<>(duringCall);
    if (!reportsItsChange(node)) {
      result.addAll(liveLoans(node, before));
      return result;
    }
    // `if (list.remove(x)) return x;`: when the call answers that nothing changed, the loop may
    // go on; only the branch where it changed must not use the loan again (SPEC §6).
    for (Map.Entry<OwnershipStore.Loan, Set<Element>> e : before.loans().entrySet()) {
      for (Element holder : e.getValue()) {
        Boolean live = liveness.isLiveOnBranch(node, true, holder);
        if (live == null ? liveness.isLiveAfter(node, holder) : live) {
          result.add(e.getKey());
          break;
        }
      }
    }
    return result;
  }

  /**
   * True for a call of a JDK collection's mutator that answers whether it changed the collection
   * ({@code add}, {@code remove}, {@code removeIf}, {@code offer}...: a {@code boolean} result of a
   * {@code java.util} method of the model): when it answers {@code false}, nothing changed.
   */
  private boolean reportsItsChange(Node node) {
    if (!(node instanceof MethodInvocationNode)) {
      return false;
    }
    ExecutableElement callee = ((MethodInvocationNode) node).getTarget().getMethod();
    if (callee.getReturnType().getKind() != javax.lang.model.type.TypeKind.BOOLEAN
        || !context.annotations().signature(callee).model()) {
      return false;
    }
    Element owner = callee.getEnclosingElement();
    return owner instanceof javax.lang.model.element.TypeElement
        && ((javax.lang.model.element.TypeElement) owner)
            .getQualifiedName()
            .toString()
            .startsWith("java.util.");
  }

  /** The loans held by a local that is live after {@code node}. */
  private List<OwnershipStore.Loan> liveLoans(Node node, OwnershipStore before) {
    List<OwnershipStore.Loan> result = new ArrayList<>();
    for (Map.Entry<OwnershipStore.Loan, Set<Element>> e : before.loans().entrySet()) {
      for (Element holder : e.getValue()) {
        if (liveness.isLiveAfter(node, holder)) {
          result.add(e.getKey());
          break;
        }
      }
    }
    return result;
  }

  /**
   * Reports a conflict with a loan, naming where the loan was made and what keeps it live: a
   * later read of a local holding it, the loop that takes its next element, or the call it was
   * made for ({@code duringCall}); {@code through} is the modification inside a callee that the
   * conflict is made through, or {@code null}.
   */
  private void conflict(
      String key,
      Tree at,
      Path path,
      OwnershipStore.Loan loan,
      Node node,
      OwnershipStore before,
      boolean duringCall,
      EffectSummaries.Effect through) {
    if (!reported.add(at)) {
      return;
    }
    Describe.Position made = reporter.position(loan.at());
    List<Reporter.Note> notes = new ArrayList<>();
    notes.add(new Reporter.Note(loan.at(), reporter.text(Keys.NOTE_BORROWED_HERE, loan.path())));
    String later;
    Tree use = duringCall ? null : laterUse(node, before.loans().get(loan));
    if (duringCall && node instanceof MethodInvocationNode) {
      later =
          reporter.text(
              Keys.LATER_USE_CALL,
              Describe.method(((MethodInvocationNode) node).getTarget().getMethod()));
    } else if (use != null) {
      Describe.Position u = reporter.position(use);
      later =
          reporter.text(
              reporter.start(use) < reporter.start(at) ? Keys.LATER_USE_NEXT_ITERATION
                  : Keys.LATER_USE,
              u.line(),
              u.column());
      notes.add(new Reporter.Note(use, reporter.text(Keys.NOTE_LATER_USE)));
    } else {
      later = reporter.text(Keys.LATER_USE_LOOP);
    }
    String hint = "";
    if (through != null) {
      Describe.Position in =
          Describe.position(through.at(), through.unit(), reporter.positions());
      String callee = Describe.method(through.in());
      notes.add(new Reporter.Note(through.at(),
          reporter.text(Keys.NOTE_MODIFIED_IN_CALLEE, path, callee), through.unit()));
      hint = reporter.text(Keys.HINT_MODEL_CALLEE, callee, path, in.line());
    } else if (loan.model() && duringCall && node instanceof MethodInvocationNode
        && context.annotations()
                .signature(((MethodInvocationNode) node).getTarget().getMethod())
                .receiver()
            == Mode.MUT) {
      hint = reporter.text(Keys.HINT_MODEL_CALL,
          Describe.method(((MethodInvocationNode) node).getTarget().getMethod()));
    } else if (loan.model()) {
      hint = reporter.text(Keys.HINT_MODEL);
    }
    reporter.error(
        at, key, notes, path, loan.path(), made.line(), made.column(),
        reporter.text(loan.mutable() ? Keys.KIND_MUTABLE : Keys.KIND_SHARED), later, hint);
  }

  /**
   * Where a holder of the loan is next read after {@code node}: "borrow later used here". The
   * first read reachable from the node, in CFG order; {@code null} when the holder is a loop's
   * hidden iterator, whose reads have no place in the source.
   */
  private Tree laterUse(Node node, Set<Element> holders) {
    if (holders == null) {
      return null;
    }
    Deque<Block> todo = new ArrayDeque<>();
    Set<Block> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Block start = node.getBlock();
    if (start == null) {
      return null;
    }
    List<Node> first = start.getNodes();
    int i = first.indexOf(node);
    for (int k = i + 1; k < first.size(); k++) {
      Tree t = ImplicitClose.isHidden(first.get(k)) ? null : useOf(first.get(k), holders);
      if (t != null) {
        return t;
      }
    }
    todo.addAll(Liveness.successors(start));
    while (!todo.isEmpty()) {
      Block b = todo.removeFirst();
      if (!seen.add(b)) {
        continue;
      }
      for (Node n : b.getNodes()) {
        Tree t = ImplicitClose.isHidden(n) ? null : useOf(n, holders);
        if (t != null) {
          return t;
        }
      }
      todo.addAll(Liveness.successors(b));
    }
    return null;
  }

  private Tree useOf(Node n, Set<Element> holders) {
    // A for-each loop's hidden iterator (named with a `#`) is read by code not in the source.
    if (n instanceof LocalVariableNode
        && holders.contains(((LocalVariableNode) n).getElement())
        && !((LocalVariableNode) n).getElement().getSimpleName().toString().contains("#")) {
      return n.getTree();
    }
    return null;
  }
}
