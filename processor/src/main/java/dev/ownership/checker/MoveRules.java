package dev.ownership.checker;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;

/**
 * The move rules (SPEC §4): {@code use.after.move} (Rust's E0382) and {@code move.out.of.borrow}
 * (E0507), read off the move analysis node by node.
 *
 * <p>A read is checked against the state before its node: the read of a path that overlaps a
 * moved path is a use after move. "One error per mistake": the candidates are sorted by
 * position, and a read is reported only if some move that reaches it has not been reported
 * for that path already; so the first read after a move is reported and later ones are not.
 */
final class MoveRules implements OwnershipAnalysis.NodeVisitor {

  private record Candidate(Tree at, Path read, OwnershipStore.Conflict conflict, Node node) {}

  private final BodyContext context;
  private final Reporter reporter;
  private final List<Candidate> candidates = new ArrayList<>();
  private final Set<Tree> rejectedMoves = Collections.newSetFromMap(new IdentityHashMap<>());

  MoveRules(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
  }

  @Override
  public void visit(Node node, OwnershipStore before) {
    Tree tree = node.getTree();
    MovePlan plan = context.plan();
    if (node instanceof MethodInvocationNode) {
      // The receiver is read when the call is made, after the arguments (SPEC §4, Order),
      // unless the call consumes it: then it was moved, and read, where it was evaluated.
      MethodInvocationNode call = (MethodInvocationNode) node;
      Node receiver = call.getTarget().getReceiver();
      Path rp = Paths.of(receiver);
      Tree at = receiver.getTree() != null ? receiver.getTree() : tree;
      if (!call.getInSource()) {
        // The implicit close() of a try-with-resources: javac wrote it, so it is shown at the
        // resource it closes.
        Tree[] resource =
            rp != null && rp.isRoot() && !rp.isThisRooted()
                ? plan.release().tryResourceOf(rp.root())
                : null;
        at = resource == null ? null : resource[0];
      }
      if (rp != null && at != null && !plan.consumesReceiverPath(tree)
          && !plan.isReadWhereEvaluated(receiver.getTree())) {
        checkRead(rp, at, before, node, validAfterClose(call));
      }
      if (call.getInSource()) {
        checkElementMove(call);
      }
    } else if (node instanceof org.checkerframework.dataflow.cfg.node.ArrayAccessNode) {
      checkElementMove(node);
    } else if (node instanceof FunctionalInterfaceNode || node instanceof ObjectCreationNode) {
      for (MovePlan.Capture c : plan.capturesOf(tree)) {
        checkRead(c.path(), c.at(), before, node);
      }
    } else if (node instanceof AssignmentNode) {
      Node target = ((AssignmentNode) node).getTarget();
      Path tp = Paths.of(target);
      if (tp != null) {
        for (OwnershipStore.Conflict c : before.conflictsWithWrite(tp)) {
          candidates.add(new Candidate(target.getTree(), tp, c, node));
        }
      }
    } else {
      Path p = Paths.of(node);
      if (p != null && tree instanceof ExpressionTree
          && (!plan.isNotRead(tree) || plan.isReadWhereEvaluated(tree))) {
        boolean validAfterClose =
            plan.release().isFormatted(tree)
                || (plan.isReadWhereEvaluated(tree) && callValidAfterClose(tree));
        checkRead(p, tree, before, node, validAfterClose);
      }
    }
    MovePlan.Move move = tree == null ? null : plan.moveAt(tree);
    if (move != null && (node instanceof MethodInvocationNode || Paths.of(node) != null
        || move.path() == null)) {
      checkMove(move, before);
    }
  }

  private void checkRead(Path read, Tree at, OwnershipStore before, Node node) {
    checkRead(read, at, before, node, false);
  }

  /**
   * @param validAfterClose the read is a call that a closed resource answers (a second
   *     {@code close()} of an idempotent one, {@code isClosed()}, {@code toString()}, ...): a
   *     path that was only released by {@code close()} may be read this way
   */
  private void checkRead(
      Path read, Tree at, OwnershipStore before, Node node, boolean validAfterClose) {
    for (OwnershipStore.Conflict c : before.conflictsWithRead(read)) {
      if (validAfterClose && allReleases(c.moved())) {
        continue;
      }
      candidates.add(new Candidate(at, read, c, node));
    }
  }

  /**
   * True for a call that is valid on a closed resource (SPEC §4 as Java means it): the queries
   * the JDK documents as valid after close, and {@code close()} itself where the type's contract
   * makes it idempotent ({@code Closeable}, JDBC, channels).
   */
  private boolean validAfterClose(MethodInvocationNode call) {
    javax.lang.model.element.ExecutableElement m = call.getTarget().getMethod();
    Node receiver = call.getTarget().getReceiver();
    return context.annotations().model().isValidAfterClose(m, receiver.getType());
  }

  /** {@link #validAfterClose} for the call whose receiver is {@code receiver}. */
  private boolean callValidAfterClose(Tree receiver) {
    Tree call = context.plan().callOfReceiver(receiver);
    if (!(call instanceof com.sun.source.tree.MethodInvocationTree)) {
      return false;
    }
    javax.lang.model.element.ExecutableElement m =
        org.checkerframework.javacutil.TreeUtils.elementFromUse(
            (com.sun.source.tree.MethodInvocationTree) call);
    return context.annotations().model().isValidAfterClose(
        m, org.checkerframework.javacutil.TreeUtils.typeOf(receiver));
  }

  /** {@code move.out.of.borrow}: the planned move takes a value its body does not own. */
  private void checkMove(MovePlan.Move move, OwnershipStore before) {
    if (move.onlyIfOwned() && !context.isOwner(move.path(), before)) {
      return; // not a move at all: a legacy value or a reborrow
    }
    String why = context.whyNotMovable(move.path(), before);
    if (why == null || !rejectedMoves.add(move.at())) {
      return;
    }
    String name = move.path() == null ? move.at().toString() : move.path().toString();
    String reason =
        why.equals(Keys.ELEMENT_BORROW)
            ? elementReason(name, context.plan().elementContainerOf(move.path().root()))
            : reporter.text(why, name);
    reporter.error(
        move.at(), Keys.MOVE_OUT_OF_BORROW, List.of(), name, reason, destination(move));
  }

  /**
   * {@code move.out.of.borrow} for an element its container still owns, given away where it is
   * looked at: {@code consume(list.get(0))} (Rust's "cannot move out of index of `Vec`").
   */
  private void checkElementMove(Node look) {
    MovePlan.Move move = look.getTree() == null ? null : context.plan().elementMoveAt(look.getTree());
    if (move == null || !rejectedMoves.add(move.at())) {
      return;
    }
    String name = move.at().toString();
    reporter.error(
        move.at(),
        Keys.MOVE_OUT_OF_BORROW,
        List.of(),
        name,
        elementReason(name, context.plan().elementMoveContainer(look.getTree())),
        destination(move));
  }

  /** Why an element looked at may not be moved, with the way out for its kind of container. */
  private String elementReason(String name, ExpressionTree container) {
    javax.lang.model.type.TypeMirror t =
        container == null ? null : org.checkerframework.javacutil.TreeUtils.typeOf(container);
    boolean array = t != null && t.getKind() == javax.lang.model.type.TypeKind.ARRAY;
    return reporter.text(
        array ? Keys.ELEMENT_BORROW_ARRAY : Keys.ELEMENT_BORROW, name, container);
  }

  /**
   * Reports the use-after-move candidates once per move (SPEC §4): for each move, the read that
   * comes first after it along the control flow is reported, and the path then counts as usable
   * again, so later reads of the same move are not.
   */
  void finish(ControlFlowGraph cfg) {
    FlowDistance distance = new FlowDistance(cfg);
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> distance.from(c.conflict().moved().moves(), c.node()))
            .thenComparingLong(c -> reporter.start(c.at())));
    Map<Path, Set<MovePlan.Move>> reported = new HashMap<>();
    Set<Tree> reportedAt = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Candidate c : candidates) {
      Set<MovePlan.Move> sites = c.conflict().moved().moves();
      Set<MovePlan.Move> done = reported.computeIfAbsent(c.conflict().path(), k -> new HashSet<>());
      if (done.containsAll(sites) || reportedAt.contains(c.at())) {
        continue;
      }
      done.addAll(sites);
      reportedAt.add(c.at());
      reportUseAfterMove(c);
    }
  }

  private void reportUseAfterMove(Candidate c) {
    Path moved = c.conflict().path();
    OwnershipStore.Moved state = c.conflict().moved();
    String valueKey;
    if (!moved.isPrefixOf(c.read())) {
      valueKey = Keys.VALUE_PARTIALLY_MOVED;
    } else if (state.onEveryPath() && allReleases(state)) {
      valueKey = Keys.VALUE_CLOSED;
    } else if (state.onEveryPath()) {
      valueKey = Keys.VALUE_MOVED;
    } else {
      valueKey = Keys.VALUE_MAYBE_MOVED;
    }
    String shown = moved.isPrefixOf(c.read()) ? moved.toString() : c.read().toString();
    // One site per place: a move reached along a normal and an exceptional edge, or through a
    // finally block javac copies, is one move.
    Map<Long, MovePlan.Move> byPlace = new java.util.TreeMap<>();
    for (MovePlan.Move m : state.moves()) {
      byPlace.putIfAbsent(reporter.start(m.at()), m);
    }
    List<MovePlan.Move> sites = new ArrayList<>(byPlace.values());
    StringBuilder details = new StringBuilder();
    List<Reporter.Note> notes = new ArrayList<>();
    long readStart = reporter.start(c.at());
    for (MovePlan.Move site : sites) {
      Describe.Position pos = reporter.position(site.at());
      String where = "";
      if (!state.onEveryPath()) {
        Tree loop = carryingLoop(site.at(), c.at());
        where =
            loop != null
                ? reporter.text(
                    leavesLoopAfter(site.at(), loop)
                        ? Keys.ON_PREVIOUS_ITERATION_OUTER
                        : Keys.ON_PREVIOUS_ITERATION)
                : branchOf(site.at(), readStart);
      }
      boolean release = isRelease(site);
      details.append(
          reporter.text(
              release ? Keys.CLOSED_AT : Keys.MOVED_AT,
              moved,
              pos.line(),
              pos.column(),
              destination(site),
              where));
      notes.add(
          new Reporter.Note(
              site.at(),
              reporter.text(release ? Keys.NOTE_CLOSED_HERE : Keys.NOTE_MOVED_HERE, moved)));
    }
    if (sites.size() == 1 && state.onEveryPath() && !isRelease(sites.get(0))) {
      Long line = statementAbove(sites.get(0).at(), c.at());
      if (line != null) {
        details.append(reporter.text(Keys.HELP_MOVE_ABOVE, moved, line));
      }
    }
    reporter.error(
        c.at(), Keys.USE_AFTER_MOVE, notes, reporter.text(valueKey), shown, details.toString());
  }

  /**
   * The line of the statement that moves, when the read's statement follows it in the same
   * block: then the usual fix is to read first ("move this line above line 12"); else null.
   */
  private Long statementAbove(Tree move, Tree read) {
    TreePath m = statementOf(move);
    TreePath r = statementOf(read);
    if (m == null || r == null || m.getParentPath().getLeaf() != r.getParentPath().getLeaf()
        || m.getLeaf() == r.getLeaf() || reporter.start(m.getLeaf()) > reporter.start(r.getLeaf())) {
      return null;
    }
    return reporter.position(m.getLeaf()).line();
  }

  /** The innermost statement of a block that holds the tree, with its path. */
  private TreePath statementOf(Tree tree) {
    for (TreePath p = reporter.trees().getPath(reporter.root(), tree);
        p != null && p.getParentPath() != null;
        p = p.getParentPath()) {
      if (p.getParentPath().getLeaf() instanceof BlockTree) {
        return p;
      }
    }
    return null;
  }

  /** True for the release of a resource by {@code close()}, explicit or implicit. */
  static boolean isRelease(MovePlan.Move move) {
    String key = move.destination().key();
    return key.equals(Keys.INTO_CLOSE) || key.equals(Keys.INTO_IMPLICIT_CLOSE);
  }

  private static boolean allReleases(OwnershipStore.Moved state) {
    for (MovePlan.Move m : state.moves()) {
      if (!isRelease(m)) {
        return false;
      }
    }
    return true;
  }

  private String destination(MovePlan.Move move) {
    return render(move.destination());
  }

  /** A destination's text; a destination inside one (a lambda's) is rendered first. */
  private String render(MovePlan.Destination d) {
    Object[] args = d.args().clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof MovePlan.Destination) {
        args[i] = render((MovePlan.Destination) args[i]);
      } else if (args[i] instanceof Tree) {
        args[i] = reporter.position((Tree) args[i]).line();
      }
    }
    return reporter.text(d.key(), args);
  }

  /**
   * For a move that happens on some paths only: the innermost branching construct around the
   * move that does not also hold the read, as "on the path through the `if` at line 10".
   */
  private String branchOf(Tree site, long readStart) {
    TreePath path = reporter.trees().getPath(reporter.root(), site);
    for (TreePath p = path; p != null && p.getParentPath() != null; p = p.getParentPath()) {
      Tree t = p.getLeaf();
      String construct = construct(t, p.getParentPath().getLeaf());
      if (construct == null) {
        continue;
      }
      long start = reporter.start(t);
      long end = reporter.positions().getEndPosition(reporter.root(), t);
      if (readStart >= start && readStart < end) {
        continue;
      }
      return reporter.text(Keys.ON_BRANCH, construct, reporter.position(t).line());
    }
    return "";
  }

  /**
   * True if, in the innermost loop carrying a move, the statement that moves is followed by a
   * jump out of that loop ({@code take(b); break;}): the value comes round again through an
   * enclosing loop, as rustc says, "in previous iteration of the outer loop".
   */
  private boolean leavesLoopAfter(Tree site, Tree loop) {
    TreePath path = reporter.trees().getPath(reporter.root(), site);
    for (TreePath p = path; p != null && p.getParentPath() != null; p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      if (parent instanceof BlockTree) {
        List<? extends com.sun.source.tree.StatementTree> ss = ((BlockTree) parent).getStatements();
        int i = ss.indexOf(p.getLeaf());
        if (i >= 0 && i + 1 < ss.size()) {
          com.sun.source.tree.StatementTree next = ss.get(i + 1);
          if (next instanceof com.sun.source.tree.BreakTree
              || (next instanceof com.sun.source.tree.ContinueTree
                  && ((com.sun.source.tree.ContinueTree) next).getLabel() != null)) {
            return true;
          }
        }
        return false;
      }
      if (p.getLeaf() == loop) {
        return false;
      }
    }
    return false;
  }

  /**
   * The loop the move reaches the read around, or {@code null}: the innermost loop that holds
   * both, when the read comes before the move in the source.
   */
  private Tree carryingLoop(Tree site, Tree read) {
    long siteStart = reporter.start(site);
    long readStart = reporter.start(read);
    if (siteStart < readStart) {
      return null;
    }
    TreePath path = reporter.trees().getPath(reporter.root(), read);
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      switch (p.getLeaf().getKind()) {
        case WHILE_LOOP:
        case DO_WHILE_LOOP:
        case FOR_LOOP:
        case ENHANCED_FOR_LOOP:
          long end = reporter.positions().getEndPosition(reporter.root(), p.getLeaf());
          if (siteStart < end) {
            return p.getLeaf();
          }
          break;
        case METHOD:
        case LAMBDA_EXPRESSION:
        case CLASS:
          return null;
        default:
          break;
      }
    }
    return null;
  }

  /** The name of a branching construct for messages, or {@code null}. */
  private static String construct(Tree t, Tree parent) {
    if (t instanceof BlockTree && parent instanceof TryTree) {
      TryTree tt = (TryTree) parent;
      return tt.getBlock() == t ? "try" : tt.getFinallyBlock() == t ? "finally" : null;
    }
    switch (t.getKind()) {
      case IF:
        return "if";
      case CASE:
        return "case";
      case SWITCH:
      case SWITCH_EXPRESSION:
        return "switch";
      case CONDITIONAL_EXPRESSION:
        return "?:";
      case CONDITIONAL_AND:
        return "&&";
      case CONDITIONAL_OR:
        return "||";
      case CATCH:
        return "catch";
      case WHILE_LOOP:
        return "while";
      case DO_WHILE_LOOP:
        return "do";
      case FOR_LOOP:
      case ENHANCED_FOR_LOOP:
        return "for";
      default:
        return null;
    }
  }
}
