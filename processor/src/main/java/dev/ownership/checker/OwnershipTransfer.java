package dev.ownership.checker;

import com.sun.source.tree.Tree;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.javacutil.TreeUtils;

/**
 * How one CFG node changes the state: a planned move marks its path moved (unless the move is
 * rejected, SPEC §4: a rejected move does not mark the path moved); a call whose result borrows
 * (a {@code @Borrowed}/{@code @Mut} return, or a view or iterator of the JDK model) makes a loan
 * of its receiver and borrowed arguments that the result holds; an assignment gives its target a
 * new value, so that the target holds what the value holds and nothing it held before.
 */
final class OwnershipTransfer {
  private final BodyContext context;
  /** The loans each evaluated node's value holds; a node's value is computed before any use. */
  private final Map<Node, Set<OwnershipStore.Loan>> values = new IdentityHashMap<>();

  OwnershipTransfer(BodyContext context) {
    this.context = context;
  }

  /** The plan of the body this transfer applies to. */
  MovePlan plan() {
    return context.plan();
  }

  /** Applies {@code node} to {@code store}, in place. */
  void apply(Node node, OwnershipStore store) {
    Tree tree = node.getTree();
    MovePlan.Move move = tree == null ? null : context.plan().moveAt(tree);
    if (move != null && appliesTo(node, move) && takesEffect(move, store)) {
      store.move(move.path(), move);
    }
    if (tree != null && context.plan().release().isHandOff(tree)) {
      Path p = Paths.of(node);
      if (p != null && p.isRoot() && !p.isThisRooted()) {
        OwnershipStore.Debt d = store.debtOf(p.root());
        if (!(d != null && d.model() && context.plan().release().isJoinedArgument(tree))) {
          store.settle(p.root()); // handed on: the code that keeps it releases it
        } // else a JDK wrapper carries the resource on: the wrapper's fate decides
      }
    }
    if (tree != null && context.plan().release().isHandedCall(tree)) {
      OwnershipStore.Debt d = resourceOf(node, tree, store);
      if (d != null) {
        store.settleOrigin(d.origin()); // a wrapper of a local's resource, handed on
      }
    }
    if (tree != null && context.plan().release().handsOnCaptures(tree)) {
      for (MovePlan.Capture c : context.plan().capturesOf(tree)) {
        if (c.path().isRoot() && !c.path().isThisRooted()) {
          store.settle(c.path().root());
        }
      }
    }
    if (node instanceof MethodInvocationNode) {
      values.put(node, borrowedBy((MethodInvocationNode) node, store));
      release((MethodInvocationNode) node, store);
      takeOutThroughIterator((MethodInvocationNode) node, store);
    } else if (node instanceof FunctionalInterfaceNode && tree != null) {
      values.put(node, capturedBy(tree, store));
      moveCaptures(tree, store);
    } else if (node instanceof ObjectCreationNode && tree != null) {
      moveCaptures(tree, store);
    } else if (node instanceof AssignmentNode) {
      assign((AssignmentNode) node, store);
    } else if (node instanceof ArrayAccessNode && isElementLook((ArrayAccessNode) node)) {
      // An owned array element read: a borrow of the array (SPEC §12).
      Set<OwnershipStore.Loan> held = new LinkedHashSet<>();
      Node array = ((ArrayAccessNode) node).getArray();
      addLoan(held, array, false, array.getTree(), false, store);
      values.put(node, held);
    }
  }

  /**
   * The JDK resource a value carries (SPEC §11), as the debt of the local that is given it at
   * {@code since}, or {@code null}: a call that opens one; a wrapper of, or a stage of, a value
   * that carries one (the same resource); a statement or result set (released with its parent
   * too); a local that holds one (an alias).
   */
  OwnershipStore.Debt resourceOf(Node node, Tree since, OwnershipStore store) {
    Node v = Paths.withoutCasts(node);
    if (v instanceof LocalVariableNode) {
      OwnershipStore.Debt d = store.debtOf(((LocalVariableNode) v).getElement());
      return d != null && d.model() ? d : null;
    }
    JdkResources jdk = context.annotations().model().resources();
    if (v instanceof MethodInvocationNode) {
      MethodInvocationNode call = (MethodInvocationNode) v;
      Node receiver = call.getTarget().getReceiver();
      ExecutableElement m = call.getTarget().getMethod();
      boolean instance = !m.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
      switch (jdk.kindOf(m, instance ? receiver.getType() : null)) {
        case OPENS:
          return OwnershipStore.Debt.ofModel(since, v.getTree(), null);
        case DEPENDS_ON_RECEIVER:
          OwnershipStore.Debt parent = resourceOf(receiver, since, store);
          if (parent == null && jdk.isStatementResult(m)) {
            return null; // the statement's current result: its owner's statement closes it
          }
          return OwnershipStore.Debt.ofModel(
              since, v.getTree(), parent == null ? null : parent.origin());
        case SAME_AS_RECEIVER:
          return resourceOf(receiver, since, store);
        case WRAPS_ARGUMENT:
          int i = jdk.joinedArgument(m);
          return i < call.getArguments().size()
              ? resourceOf(call.getArguments().get(i), since, store)
              : null;
        default:
          return null;
      }
    }
    if (v instanceof ObjectCreationNode && v.getTree() instanceof com.sun.source.tree.NewClassTree) {
      ObjectCreationNode create = (ObjectCreationNode) v;
      ExecutableElement ctor =
          org.checkerframework.javacutil.TreeUtils.elementFromUse(
              (com.sun.source.tree.NewClassTree) v.getTree());
      switch (jdk.kindOf(ctor, null)) {
        case OPENS:
          return OwnershipStore.Debt.ofModel(since, v.getTree(), null);
        case WRAPS_ARGUMENT:
          int i = jdk.joinedArgument(ctor);
          return i < create.getArguments().size()
              ? resourceOf(create.getArguments().get(i), since, store)
              : null;
        default:
          return null;
      }
    }
    return null;
  }

  /** The loans the value of an already evaluated node holds. */
  Set<OwnershipStore.Loan> loansOf(Node node, OwnershipStore store) {
    Node value = Paths.withoutCasts(node);
    if (value instanceof LocalVariableNode) {
      return store.heldBy(((LocalVariableNode) value).getElement());
    }
    if (value instanceof TernaryExpressionNode) {
      return store.heldBy(((TernaryExpressionNode) value).getTernaryExpressionVar().getElement());
    }
    if (value instanceof SwitchExpressionNode) {
      return store.heldBy(((SwitchExpressionNode) value).getSwitchExpressionVar().getElement());
    }
    Set<OwnershipStore.Loan> v = values.get(value);
    return v == null ? Set.of() : v;
  }

  /**
   * The loans a call's result holds: none for a legacy or owned result; for a borrowing result,
   * a loan of each borrowed position's path (of the kind the position makes) and every loan its
   * receiver and those arguments hold already (a view of a view borrows the collection).
   */
  private Set<OwnershipStore.Loan> borrowedBy(MethodInvocationNode call, OwnershipStore store) {
    ExecutableElement callee = call.getTarget().getMethod();
    OwnershipAnnotations.Signature sig = context.annotations().signature(callee);
    if (isElementLook(call)) {
      // An element the container still owns: a borrow of the container (SPEC §12).
      Set<OwnershipStore.Loan> result = new LinkedHashSet<>();
      Node receiver = call.getTarget().getReceiver();
      addLoan(result, receiver, false, receiver.getTree(), false, store);
      return result;
    }
    if (!sig.returns().isBorrow()) {
      return Set.of();
    }
    Set<OwnershipStore.Loan> result = new LinkedHashSet<>();
    Node receiver = call.getTarget().getReceiver();
    Mode receiverMode = sig.receiver() == Mode.NONE ? sig.returns() : sig.receiver();
    if (receiverMode.isBorrow() || sig.model()) {
      // The loan is shown at the borrowed receiver: `list` in `list.iterator()` and in a
      // for-each loop's `for (x : list)`.
      Tree at = receiver.getTree() != null ? receiver.getTree() : call.getTree();
      VariableElement field = sig.model() ? context.annotations().iteratedField(callee) : null;
      if (field != null) {
        // A user collection's iterator is its field's: the loop borrows that field only.
        addFieldLoan(result, receiver, field, at, store);
      } else {
        addLoan(result, receiver, receiverMode == Mode.MUT && !sig.model(), at, sig.model(), store);
      }
    }
    List<Node> args = call.getArguments();
    // A varargs parameter given an array (`Arrays.asList(a)`) borrows that array; given
    // elements, it borrows none of them.
    boolean varargs =
        callee.isVarArgs() && (call.getTree() == null || TreeUtils.isVarargsCall(call.getTree()));
    for (int i = 0; i < args.size(); i++) {
      Mode m = sig.param(i, varargs);
      if (m.isBorrow()) {
        // A view the model makes of an argument is the model's loan, as a view of a receiver
        // is: it forbids changing the collection, not reading it or giving its path a new value.
        addLoan(result, args.get(i), m == Mode.MUT && !sig.model(), args.get(i).getTree(),
            sig.model(), store);
      }
    }
    return result;
  }

  /** The JDK model's loan of {@code field} of what {@code borrowed} denotes. */
  private void addFieldLoan(
      Set<OwnershipStore.Loan> into,
      Node borrowed,
      VariableElement field,
      Tree at,
      OwnershipStore store) {
    into.addAll(loansOf(borrowed, store));
    Path p = Paths.ofModel(borrowed);
    if (p != null && at != null) {
      into.add(new OwnershipStore.Loan(p.selectModel(field), false, at, true));
    }
  }

  private void addLoan(
      Set<OwnershipStore.Loan> into,
      Node borrowed,
      boolean mutable,
      Tree at,
      boolean model,
      OwnershipStore store) {
    into.addAll(loansOf(borrowed, store));
    Path p = model ? Paths.ofModel(borrowed) : Paths.of(borrowed);
    if (p != null && at != null && !(model && context.isUnmodelled(borrowed))) {
      into.add(new OwnershipStore.Loan(p, mutable, at, model));
    }
  }

  /**
   * {@code it.remove()} on an iterator over owned elements takes out the element its last
   * {@code next()} gave (SPEC §12 as Java code uses it: {@code Conn c = it.next(); it.remove();
   * release(c);}): the local that looked at it becomes its owner, as Rust's {@code
   * VecDeque::remove} gives the value back.
   */
  private void takeOutThroughIterator(MethodInvocationNode call, OwnershipStore store) {
    javax.lang.model.element.ExecutableElement m = call.getTarget().getMethod();
    if (!call.getArguments().isEmpty()
        || !m.getSimpleName().contentEquals("remove")
        || !(m.getEnclosingElement() instanceof javax.lang.model.element.TypeElement)
        || !context.annotations().model().elements().isIterator(
            (javax.lang.model.element.TypeElement) m.getEnclosingElement())) {
      return;
    }
    Path it = Paths.of(call.getTarget().getReceiver());
    if (it == null || it.root() == null) {
      return;
    }
    for (VariableElement local : new java.util.ArrayList<>(store.reborrowedLocals())) {
      com.sun.source.tree.ExpressionTree c = context.plan().elementContainerOf(local);
      Path container = c == null ? null : Paths.of(c);
      if (it.equals(container) && context.annotations().local(local) == Mode.NONE) {
        store.release(local);
        store.setReborrow(local, Mode.NONE);
        store.setOwner(local, true);
        if (context.plan().release().isResource(local)) {
          store.owe(local, new OwnershipStore.Debt(call.getTree())); // now it must be released
        }
      }
    }
  }

  /**
   * {@code close()} on an owned resource releases it: a move, after which it may not be used.
   * The implicit {@code close()} of a try-with-resources releases its resource too.
   */
  private void release(MethodInvocationNode call, OwnershipStore store) {
    Node receiver = call.getTarget().getReceiver();
    if (!context.annotations().model().isRelease(call.getTarget().getMethod(), receiver.getType())) {
      return;
    }
    Path p = Paths.of(receiver);
    if (p == null || receiver.getTree() == null || call.getTree() == null) {
      return;
    }
    if (!call.getInSource() && !context.annotations().model().isCloseable(receiver.getType())) {
      return;
    }
    if (call.getInSource() && context.plan().moveAt(receiver.getTree()) != null) {
      return; // a consuming close(): moved where the receiver is evaluated
    }
    OwnershipStore.Debt held = p.isRoot() && !p.isThisRooted() ? store.debtOf(p.root()) : null;
    if (held != null && held.model()) {
      // A JDK resource: closing any alias, wrapper or parent releases it, and every local that
      // holds it, or a resource released with it, is closed from here on (SPEC §11).
      MovePlan.Move m = releaseMove(call, receiver, p);
      for (VariableElement s : store.sharers(p.root(), true)) {
        store.move(Path.of(s), m);
      }
      return;
    }
    OwnershipAnnotations.Signature sig =
        context.annotations().signature(call.getTarget().getMethod());
    if (sig.receiver().isBorrow() && !sig.model()) {
      // `void close(@Mut Bag this)`: the object lives on; closing it is a change, not a move,
      // but the resource it stands for is released.
      if (p.isRoot() && !p.isThisRooted()) {
        store.owe(p.root(), null);
      }
      return;
    }
    MovePlan.Move m = releaseMove(call, receiver, p);
    if (call.getInSource() || context.isOwner(p, store)) {
      if (takesEffect(m, store)) {
        store.move(p, m);
      }
    }
  }

  /** The release a {@code close()} makes: planned for a call in the source, made for an implicit one. */
  private MovePlan.Move releaseMove(MethodInvocationNode call, Node receiver, Path p) {
    return call.getInSource()
        ? context.plan().release().releaseAt(call.getTree(), receiver.getTree(), p)
        : context.plan().release().implicitReleaseAt(call.getTree(), receiver, p);
  }

  /** A moved lambda moves the owners it captures (SPEC §4 and Rust's `move` closures). */
  private void moveCaptures(Tree lambda, OwnershipStore store) {
    for (MovePlan.Move m : context.plan().captureMovesOf(lambda)) {
      if (takesEffect(m, store)) {
        store.move(m.path(), m);
      }
    }
  }

  /**
   * The loans a lambda holds while it is live (SPEC §5): a shared loan of every tracked local it
   * captures, a mutable one of each it modifies. Captured legacy values are not tracked, and the
   * JDK model makes no loans for lambdas: Java's collections fail on iteration, not on capture.
   */
  Set<OwnershipStore.Loan> capturedBy(Tree lambda, OwnershipStore store) {
    Set<OwnershipStore.Loan> result = new LinkedHashSet<>();
    for (MovePlan.Capture c : context.plan().capturesOf(lambda)) {
      Path p = c.path();
      if (p.root() == null) {
        continue;
      }
      Mode declared = context.annotations().local(p.root());
      boolean tracked =
          declared != Mode.NONE
              || store.isOwner(p.root())
              || store.reborrowOf(p.root()) != Mode.NONE;
      if (!tracked) {
        continue;
      }
      // As Rust 2021 closures capture: what the body changes, by the precise path it changes
      // (`p.f` of `() -> p.f.set(4)`), mutably; a capture it only reads, shared.
      boolean mutates = false;
      for (MovePlan.Effect e : context.plan().effectsOf(lambda)) {
        if (e.mutation() && e.path().overlaps(p)) {
          mutates = true;
          result.add(
              new OwnershipStore.Loan(p.isPrefixOf(e.path()) ? e.path() : p, true, lambda, false));
        }
      }
      if (!mutates) {
        result.add(new OwnershipStore.Loan(p, false, lambda, false));
      }
    }
    return result;
  }

  /**
   * The planned move for a consuming call's implicit {@code this} is made by the invocation node;
   * any other planned move is made where its path expression is evaluated.
   */
  private static boolean appliesTo(Node node, MovePlan.Move move) {
    return node instanceof MethodInvocationNode || Paths.of(node) != null;
  }

  /** True if the planned move happens: the path may be moved, and holds an owned value. */
  boolean takesEffect(MovePlan.Move move, OwnershipStore store) {
    if (move.path() == null || context.whyNotMovable(move.path(), store) != null) {
      return false;
    }
    return !move.onlyIfOwned()
        || context.isOwner(move.path(), store)
        || context.plan().isFieldTake(move);
  }


  private void assign(AssignmentNode node, OwnershipStore store) {
    Path target = Paths.of(node.getTarget());
    if (node.getTarget() instanceof LocalVariableNode) {
      VariableElement local = ((LocalVariableNode) node.getTarget()).getElement();
      if (local.asType().getKind() == javax.lang.model.type.TypeKind.BOOLEAN) {
        Node v = node.getExpression();
        store.setFlag(
            local,
            v instanceof org.checkerframework.dataflow.cfg.node.BooleanLiteralNode
                ? ((org.checkerframework.dataflow.cfg.node.BooleanLiteralNode) v).getValue()
                : null);
        return;
      }
      Set<OwnershipStore.Loan> held = new LinkedHashSet<>(loansOf(node.getExpression(), store));
      com.sun.source.tree.ExpressionTree container = loopContainer(node, local);
      if (container != null) {
        // A for-each variable over owned elements borrows the container (SPEC §12).
        Path cp = Paths.of(container);
        if (cp != null) {
          held.add(new OwnershipStore.Loan(cp, false, container, false));
        }
      }
      Mode mode = context.annotations().local(local);
      if (mode.isBorrow()) {
        // `@Borrowed Buf b = owner;` borrows `owner` for as long as `b` is live (SPEC §3).
        addLoan(held, node.getExpression(), mode == Mode.MUT, node.getExpression().getTree(),
            false, store);
      }
      store.release(local);
      store.hold(local, held);
    }
    if (target == null) {
      Path field = Paths.ofModel(node.getTarget());
      if (field != null) {
        store.endLoansOf(field); // a static collection field given a new value (SPEC §2)
      }
      return;
    }
    store.reinitialize(target);
    // The loans of the path's old value end with it: `pairs = pairs.subList(i, n); pairs.clear();`
    // changes the view, not the list the old loan was made of.
    store.endLoansOf(target);
    boolean isNull = Paths.withoutCasts(node.getExpression()) instanceof NullLiteralNode;
    if (!target.isRoot()) {
      store.setNull(target, isNull);
    }
    if (node.getTarget() instanceof LocalVariableNode && target.isRoot()) {
      VariableElement local = target.root();
      Mode declared = context.annotations().local(local);
      if (declared == Mode.NONE && context.plan().takesField(local)) {
        store.setOwner(local, true);
        store.setReborrow(local, Mode.NONE);
      } else if (declared == Mode.NONE && loopContainer(node, local) != null) {
        store.setOwner(local, false);
        store.setReborrow(local, elementBorrowMode(Paths.of(loopContainer(node, local)), store));
      } else if (declared == Mode.NONE) {
        store.setOwner(local, isOwnedValue(node.getExpression(), store));
        store.setReborrow(local, reborrowOf(node.getExpression(), store));
      }
      if (context.plan().release().isResource(local)) {
        // The local owes a release once it holds the value, after the expression that made it
        // has returned: if that expression throws, there is nothing to release.
        boolean owes =
            declared == Mode.OWNED ? !isNull : declared == Mode.NONE && store.isOwner(local);
        OwnershipStore.Debt debt =
            owes
                ? new OwnershipStore.Debt(node.getTree())
                : declared == Mode.NONE && context.plan().release().opensResources()
                    ? resourceOf(node.getExpression(), node.getTree(), store)
                    : null;
        store.owe(local, debt);
      }
    }
  }

  /**
   * The state at the start of the body: an {@code @Owned} parameter of an {@code AutoCloseable}
   * type is a resource the body must release (SPEC §4, {@code owned.not.released}).
   */
  OwnershipStore entry() {
    OwnershipStore store = new OwnershipStore();
    for (java.util.Map.Entry<javax.lang.model.element.Element, Tree> r :
        context.plan().release().resources().entrySet()) {
      VariableElement v = (VariableElement) r.getKey();
      if (v.getKind() == javax.lang.model.element.ElementKind.PARAMETER
          && context.annotations().local(v) == Mode.OWNED) {
        store.owe(v, new OwnershipStore.Debt(r.getValue()));
      }
    }
    return store;
  }

  /**
   * The container an element look ({@code list.get(0)}, {@code bufs[i]}) borrows from, or {@code
   * null} if the value is no element look or its container is no path.
   */
  Path lookedContainer(Node value) {
    Node v = Paths.withoutCasts(value);
    if (v instanceof MethodInvocationNode && isElementLook((MethodInvocationNode) v)) {
      return Paths.of(((MethodInvocationNode) v).getTarget().getReceiver());
    }
    if (v instanceof ArrayAccessNode && isElementLook((ArrayAccessNode) v)) {
      return Paths.of(((ArrayAccessNode) v).getArray());
    }
    return null;
  }

  /** The mode of the borrow a value is read through, if it is a path reached through one. */
  private Mode reborrowOf(Node value, OwnershipStore store) {
    Path container = lookedContainer(value);
    if (container != null) {
      return elementBorrowMode(container, store);
    }
    Node v = Paths.withoutCasts(value);
    Path p = Paths.of(v);
    return p == null ? Mode.NONE : context.borrowModeOf(p, store);
  }

  /** True for a call that looks at an element its container owns ({@code list.get(0)}). */
  private boolean isElementLook(MethodInvocationNode call) {
    if (!call.getInSource()) {
      return false;
    }
    OwnershipAnnotations.ElementCall ec = context.annotations().elementCall(call.getTree());
    return ec != null && ec.result() == OwnedElements.Result.BORROW;
  }

  /** True for the read of an element of an array whose components are owned ({@code bufs[i]}). */
  private boolean isElementLook(ArrayAccessNode read) {
    Tree array = read.getArray().getTree();
    return array instanceof com.sun.source.tree.ExpressionTree
        && context.annotations().hasOwnedElements((com.sun.source.tree.ExpressionTree) array);
  }

  /** True for a call that takes an element out of its container ({@code queue.poll()}). */
  private boolean isElementTake(MethodInvocationNode call) {
    if (!call.getInSource()) {
      return false;
    }
    OwnershipAnnotations.ElementCall ec = context.annotations().elementCall(call.getTree());
    return ec != null && ec.result() == OwnedElements.Result.OWNER;
  }

  /**
   * How an element looked at may be used: read only when the container is reached through a
   * {@code @Borrowed} path, changed in place otherwise ({@code for (Buf b : bufs) b.clear();}).
   * The loan of the container stays shared either way: changing an element is not a change of
   * the container's structure, and two elements may be changed in turn.
   */
  private Mode elementBorrowMode(Path container, OwnershipStore store) {
    if (container != null && context.isThroughSharedBorrow(container, store)) {
      return Mode.BORROWED;
    }
    return Mode.MUT;
  }

  /**
   * The container of a for-each loop over owned elements, for the assignment of the loop's
   * variable; {@code null} for other assignments.
   */
  private com.sun.source.tree.ExpressionTree loopContainer(AssignmentNode node, VariableElement local) {
    if (!(node.getTree() instanceof com.sun.source.tree.VariableTree)
        || node.getTree() == null) {
      return null;
    }
    com.sun.source.tree.ExpressionTree c = context.plan().elementContainerOf(local);
    Node v = Paths.withoutCasts(node.getExpression());
    boolean fromLoop =
        (v instanceof MethodInvocationNode
                && ((MethodInvocationNode) v).getTarget().getMethod().getSimpleName()
                    .contentEquals("next"))
            || v instanceof org.checkerframework.dataflow.cfg.node.ArrayAccessNode;
    return c != null && fromLoop ? c : null;
  }

  /** True if a value is owned: a fresh owned result, or read from a path that holds an owner. */
  private boolean isOwnedValue(Node node, OwnershipStore store) {
    Node value = Paths.withoutCasts(node);
    if (value instanceof MethodInvocationNode) {
      return isElementTake((MethodInvocationNode) value)
          || context
                  .annotations()
                  .signature(((MethodInvocationNode) value).getTarget().getMethod())
                  .returns()
              == Mode.OWNED;
    }
    if (value instanceof ObjectCreationNode) {
      return context.annotations().isOwnedClass(value.getType()); // a fresh owner
    }
    if (value instanceof SwitchExpressionNode) {
      return false;
    }
    if (value instanceof TernaryExpressionNode) {
      TernaryExpressionNode t = (TernaryExpressionNode) value;
      return isOwnedValue(t.getThenOperand(), store) || isOwnedValue(t.getElseOperand(), store);
    }
    Path p = Paths.of(value);
    return p != null && context.isOwner(p, store);
  }
}
