package dev.ownership.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import com.sun.source.tree.Tree;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlock;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.cfg.node.ThrowNode;
import org.checkerframework.dataflow.cfg.node.EqualToNode;
import org.checkerframework.dataflow.cfg.node.MarkerNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;

/**
 * The forward flow analysis of moves over one body's control-flow graph (SPEC §5).
 *
 * <p>A small worklist over the Checker Framework's CFG: blocks are visited in depth-first order,
 * each block's input is the join of its predecessors' outputs, and the analysis stops when no
 * input changes. The CFG already spells out every construct of Java's control flow — branches,
 * switches, loops and their back edges, labelled jumps, {@code finally} blocks (duplicated per
 * exit), try-with-resources with its implicit {@code close()}, and the exceptions each call may
 * throw — so the analysis needs no case for any of them.
 *
 * <p>An exceptional edge leaves a call with the state after the call: a call that throws has
 * still moved what it was given (SPEC §4, Order).
 */
final class OwnershipAnalysis {

  /** Receives every node with the state just before it, once the analysis is done. */
  interface NodeVisitor {
    void visit(Node node, OwnershipStore before);
  }

  private final ControlFlowGraph cfg;
  private final OwnershipTransfer transfer;
  private final Map<Block, OwnershipStore> inputs = new HashMap<>();
  private final Map<Block, Integer> order = new HashMap<>();

  private final Liveness liveness;
  private final java.util.function.Predicate<javax.lang.model.element.Element> resources;
  private final boolean onlyCountedExceptions;

  /**
   * @param onlyCountedExceptions follow only the exceptions that count as exits for the exit
   *     rules (throw statements and checked exceptions): the unchecked exceptions any call may
   *     throw do not count (SPEC §4), nor do the paths they start
   */
  OwnershipAnalysis(
      ControlFlowGraph cfg,
      OwnershipTransfer transfer,
      Liveness liveness,
      java.util.function.Predicate<javax.lang.model.element.Element> resources,
      boolean onlyCountedExceptions) {
    this.cfg = cfg;
    this.transfer = transfer;
    this.liveness = liveness;
    this.resources = resources;
    this.onlyCountedExceptions = onlyCountedExceptions;
    List<Block> blocks = cfg.getDepthFirstOrderedBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      order.put(blocks.get(i), i);
    }
  }

  /** Runs the analysis to its fixed point. */
  OwnershipAnalysis run() {
    PriorityQueue<Block> worklist =
        new PriorityQueue<>((a, b) -> Integer.compare(indexOf(a), indexOf(b)));
    Block entry = cfg.getEntryBlock();
    inputs.put(entry, transfer.entry());
    worklist.add(entry);
    Set<Block> queued = new HashSet<>();
    queued.add(entry);
    while (!worklist.isEmpty()) {
      Block block = worklist.poll();
      queued.remove(block);
      OwnershipStore store = inputs.get(block).copy();
      for (Node n : block.getNodes()) {
        if (!ImplicitClose.isHidden(n)) {
          transfer.apply(n, store);
        }
      }
      // Owned resources are kept to the end: whether they were released is asked at the exits.
      store.prune(local -> liveness.isLiveOut(block, local) || resources.test(local));
      for (Block successor : successors(block)) {
        OwnershipStore out = along(block, successor, store);
        if (out == null) {
          continue; // a branch its condition rules out
        }
        OwnershipStore old = inputs.get(successor);
        OwnershipStore joined = old == null ? out.copy() : old.join(out);
        if (!joined.equals(old)) {
          inputs.put(successor, joined);
          if (queued.add(successor)) {
            worklist.add(successor);
          }
        }
      }
    }
    return this;
  }

  /**
   * The state a block passes along one edge: on an exceptional edge, the owed values now lie on
   * the path of that exception (for messages); on a branch of {@code x == null} or
   * {@code x != null}, the branch where {@code x} is null owes nothing through {@code x}
   * (SPEC §11: {@code finally { if (in != null) in.close(); }}).
   */
  private OwnershipStore along(Block block, Block successor, OwnershipStore store) {
    if (block instanceof ExceptionBlock) {
      ExceptionBlock eb = (ExceptionBlock) block;
      MovePlan.Move release =
          eb.getNode().getTree() == null
              ? null
              : transfer.plan().release().releaseOf(eb.getNode().getTree());
      if (release != null || !store.debts().isEmpty()) {
        for (Map.Entry<TypeMirror, Set<Block>> e : eb.getExceptionalSuccessors().entrySet()) {
          if (e.getValue().contains(successor) && successor != eb.getSuccessor()) {
            OwnershipStore out = store.copy();
            if (release != null) {
              // A close() that throws may have left the resource open: the handler may close
              // it again. Its release still counts for owned.not.released (it was attempted).
              out.undoMove(release.path(), release);
            }
            out.throughException(thrown(eb.getNode(), e.getKey(), successor));
            return out;
          }
        }
      }
    }
    if (block instanceof ConditionalBlock) {
      ConditionalBlock cb = (ConditionalBlock) block;
      Node cond = conditionOf(cb);
      Boolean known = valueOf(cond, store);
      if (known != null && (successor == cb.getThenSuccessor()) != known
          && cb.getThenSuccessor() != cb.getElseSuccessor()) {
        return null;
      }
      OwnershipStore refused = refused(cond, successor == cb.getThenSuccessor(), store);
      if (refused != null) {
        return refused;
      }
      Node tested = nullTested(cond);
      if (tested != null) {
        boolean nullOnThen = Paths.withoutCasts(cond) instanceof EqualToNode;
        boolean isThen = successor == cb.getThenSuccessor();
        if (isThen == nullOnThen) {
          Path p = Paths.of(tested);
          OwnershipStore out = store.copy();
          if (p.isRoot() && !p.isThisRooted()) {
            out.settle(p.root());
          } else {
            out.setNull(p, true);
          }
          return out;
        }
      }
    }
    return store;
  }

  /**
   * On the branch where a put-in said it refused its argument ({@code !queue.offer(buf)},
   * {@code map.putIfAbsent(k, c) != null}), the state with the argument not moved (SPEC §12);
   * {@code null} if the condition is not such a test or this is the other branch.
   */
  private OwnershipStore refused(Node cond, boolean isThen, OwnershipStore store) {
    boolean negated = false;
    Node c = cond;
    while (c instanceof org.checkerframework.dataflow.cfg.node.ConditionalNotNode) {
      c = ((org.checkerframework.dataflow.cfg.node.ConditionalNotNode) c).getOperand();
      negated = !negated;
    }
    MovePlan.Refusable r = null;
    boolean refusedHere = false;
    if (c instanceof MethodInvocationNode && c.getTree() != null) {
      r = transfer.plan().refusableAt(c.getTree());
      // The call said false on the else branch of `if (offer(x))`, the then branch of `if (!..)`.
      refusedHere = r != null && r.when() == OwnedElements.Refusal.FALSE && isThen == negated;
    } else if (c instanceof EqualToNode || c instanceof NotEqualNode) {
      org.checkerframework.dataflow.cfg.node.BinaryOperationNode b =
          (org.checkerframework.dataflow.cfg.node.BinaryOperationNode) c;
      Node left = Paths.withoutCasts(b.getLeftOperand());
      Node right = Paths.withoutCasts(b.getRightOperand());
      Node call = right instanceof NullLiteralNode ? left : left instanceof NullLiteralNode ? right : null;
      if (call instanceof MethodInvocationNode && call.getTree() != null) {
        r = transfer.plan().refusableAt(call.getTree());
        // A value came back, so the put-in refused: the then branch of `!= null`.
        boolean nonNullOnThen = c instanceof NotEqualNode;
        refusedHere =
            r != null && r.when() == OwnedElements.Refusal.NON_NULL && isThen == (nonNullOnThen != negated);
      }
    }
    if (!refusedHere) {
      return null;
    }
    OwnershipStore out = store.copy();
    for (MovePlan.Move m : r.moves()) {
      out.undoMove(m.path(), m);
    }
    return out;
  }

  /**
   * The value of a condition that reads a boolean local of known value ({@code ok},
   * {@code !ok}), or {@code null}: {@code boolean ok = false; try { ...; ok = true; return c; }
   * finally { if (!ok) c.close(); }} closes only on the paths that did not return.
   */
  private static Boolean valueOf(Node cond, OwnershipStore store) {
    if (cond instanceof org.checkerframework.dataflow.cfg.node.ConditionalNotNode) {
      Boolean inner =
          valueOf(
              ((org.checkerframework.dataflow.cfg.node.ConditionalNotNode) cond).getOperand(),
              store);
      return inner == null ? null : !inner;
    }
    if (cond instanceof org.checkerframework.dataflow.cfg.node.LocalVariableNode) {
      return store.flag(((org.checkerframework.dataflow.cfg.node.LocalVariableNode) cond).getElement());
    }
    return null;
  }

  /** The exception of one exceptional edge, as messages name it. */
  private OwnershipStore.Thrown thrown(Node node, TypeMirror type, Block handler) {
    String name =
        type instanceof DeclaredType
            ? ((DeclaredType) type).asElement().getSimpleName().toString()
            : type.toString();
    Tree caught = null;
    if (handler != cfg.getExceptionalExitBlock()) {
      for (Node n : handler.getNodes()) {
        if (n.getTree() != null) {
          caught = n.getTree();
          break;
        }
      }
    }
    Tree call = node.getTree();
    boolean implicit = false;
    if (node instanceof MethodInvocationNode && !((MethodInvocationNode) node).getInSource()) {
      Tree[] resource = tryResourceOf(((MethodInvocationNode) node).getTarget().getReceiver());
      implicit = resource != null;
      call = implicit ? resource[1] : null;
    }
    return new OwnershipStore.Thrown(call, implicit, name, caught);
  }

  private Tree[] tryResourceOf(Node receiver) {
    Path p = Paths.of(receiver);
    return p != null && p.isRoot() && !p.isThisRooted()
        ? transfer.plan().release().tryResourceOf(p.root())
        : null;
  }

  /** The condition a conditional block branches on: the last node of its predecessor. */
  private static Node conditionOf(ConditionalBlock cb) {
    if (cb.getPredecessors().size() != 1) {
      return null;
    }
    List<Node> nodes = cb.getPredecessors().iterator().next().getNodes();
    return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
  }

  /** The path {@code x} of a condition {@code x == null} or {@code x != null}, or null. */
  private static Node nullTested(Node cond) {
    if (!(cond instanceof EqualToNode) && !(cond instanceof NotEqualNode)) {
      return null;
    }
    org.checkerframework.dataflow.cfg.node.BinaryOperationNode b =
        (org.checkerframework.dataflow.cfg.node.BinaryOperationNode) cond;
    Node left = Paths.withoutCasts(b.getLeftOperand());
    Node right = Paths.withoutCasts(b.getRightOperand());
    Node tested =
        right instanceof NullLiteralNode ? left : left instanceof NullLiteralNode ? right : null;
    return tested != null && Paths.of(tested) != null ? tested : null;
  }

  /** The blocks a block passes its state to. */
  private List<Block> successors(Block block) {
    if (!onlyCountedExceptions || !(block instanceof ExceptionBlock)) {
      return Liveness.successors(block);
    }
    ExceptionBlock eb = (ExceptionBlock) block;
    List<Block> result = new ArrayList<>();
    if (eb.getSuccessor() != null) {
      result.add(eb.getSuccessor());
    }
    // The end of a `finally` run for an exception rethrows it: it was followed in, so it counts.
    boolean thrown = eb.getNode() instanceof ThrowNode || eb.getNode() instanceof MarkerNode;
    for (Map.Entry<TypeMirror, Set<Block>> e : eb.getExceptionalSuccessors().entrySet()) {
      if (thrown || isChecked(e.getKey())) {
        result.addAll(e.getValue());
      }
    }
    return result;
  }

  /**
   * The state at one way out of the body, and where that exit is ({@code null}: the end); for
   * an exit by exception, the exception ({@code null} otherwise).
   */
  record Exit(OwnershipStore state, Tree at, OwnershipStore.Thrown thrown) {}

  /**
   * The states at the exits that count for {@code field.moved.at.exit} (SPEC §4): the normal end
   * of the body and every {@code return}, {@code throw} statements, and checked exceptions; not
   * the unchecked exceptions any call may throw.
   */
  List<Exit> exits() {
    List<Exit> result = new ArrayList<>();
    Block regular = cfg.getRegularExitBlock();
    Block exceptional = cfg.getExceptionalExitBlock();
    for (Block block : cfg.getDepthFirstOrderedBlocks()) {
      OwnershipStore in = inputs.get(block);
      if (in == null) {
        continue;
      }
      OwnershipStore out = in.copy();
      for (Node n : block.getNodes()) {
        if (!ImplicitClose.isHidden(n)) {
          transfer.apply(n, out);
        }
      }
      boolean toEnd =
          (block instanceof SingleSuccessorBlock
                  && ((SingleSuccessorBlock) block).getSuccessor() == regular)
              || (block instanceof ConditionalBlock
                  && (((ConditionalBlock) block).getThenSuccessor() == regular
                      || ((ConditionalBlock) block).getElseSuccessor() == regular));
      if (toEnd) {
        List<Node> nodes = block.getNodes();
        Node last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
        // A branch straight to the end (`if (c == null) return;`) carries what its condition
        // says.
        OwnershipStore state = block instanceof ConditionalBlock ? along(block, regular, out) : out;
        if (state != null) {
          result.add(new Exit(state, last instanceof ReturnNode ? last.getTree() : null, null));
        }
      }
      if (block instanceof ExceptionBlock) {
        ExceptionBlock eb = (ExceptionBlock) block;
        for (Map.Entry<TypeMirror, Set<Block>> e : eb.getExceptionalSuccessors().entrySet()) {
          boolean counts = eb.getNode() instanceof ThrowNode || isChecked(e.getKey());
          if (eb.getNode() instanceof MarkerNode && e.getValue().contains(exceptional)) {
            // The end of a `finally` run for an exception, which goes on: only the exceptions
            // that count were followed into it, and the debts' paths name them.
            OwnershipStore.Thrown via = null;
            for (OwnershipStore.Debt d : out.debts().values()) {
              via = via == null ? d.via() : via;
            }
            if (via != null) {
              result.add(new Exit(out, via.call(), via));
            }
            continue;
          }
          if (counts && e.getValue().contains(exceptional)) {
            OwnershipStore.Thrown thrown = thrown(eb.getNode(), e.getKey(), exceptional);
            boolean synthetic =
                eb.getNode() instanceof MethodInvocationNode
                    && !((MethodInvocationNode) eb.getNode()).getInSource();
            Tree at = synthetic ? thrown.call() : eb.getNode().getTree();
            result.add(new Exit(out, at, thrown));
          }
        }
      }
    }
    return result;
  }

  /** True for a checked exception type: not a RuntimeException or an Error. */
  private static boolean isChecked(TypeMirror type) {
    for (TypeMirror t = type; t instanceof DeclaredType; ) {
      TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
      String name = e.getQualifiedName().toString();
      if (name.equals("java.lang.RuntimeException") || name.equals("java.lang.Error")) {
        return false;
      }
      if (name.equals("java.lang.Exception")) {
        return true;
      }
      t = e.getSuperclass();
    }
    return false;
  }

  /** Shows every reachable node, in block order, with the state before it. */
  void forEachNode(NodeVisitor visitor) {
    for (Block block : cfg.getDepthFirstOrderedBlocks()) {
      OwnershipStore in = inputs.get(block);
      if (in == null) {
        continue; // unreachable
      }
      OwnershipStore store = in.copy();
      for (Node n : block.getNodes()) {
        if (!ImplicitClose.isHidden(n)) {
          visitor.visit(n, store);
          transfer.apply(n, store);
        }
      }
    }
  }

  private int indexOf(Block b) {
    Integer i = order.get(b);
    return i == null ? Integer.MAX_VALUE : i;
  }
}
