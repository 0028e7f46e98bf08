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
import org.checkerframework.dataflow.cfg.node.Node;

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
    inputs.put(entry, new OwnershipStore());
    worklist.add(entry);
    Set<Block> queued = new HashSet<>();
    queued.add(entry);
    while (!worklist.isEmpty()) {
      Block block = worklist.poll();
      queued.remove(block);
      OwnershipStore store = inputs.get(block).copy();
      for (Node n : block.getNodes()) {
        transfer.apply(n, store);
      }
      // Owned resources are kept to the end: whether they were released is asked at the exits.
      store.prune(local -> liveness.isLiveOut(block, local) || resources.test(local));
      for (Block successor : successors(block)) {
        OwnershipStore old = inputs.get(successor);
        OwnershipStore joined = old == null ? store.copy() : old.join(store);
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
    boolean thrown = eb.getNode() instanceof ThrowNode;
    for (Map.Entry<TypeMirror, Set<Block>> e : eb.getExceptionalSuccessors().entrySet()) {
      if (thrown || isChecked(e.getKey())) {
        result.addAll(e.getValue());
      }
    }
    return result;
  }

  /** The state at one way out of the body, and where that exit is ({@code null}: the end). */
  record Exit(OwnershipStore state, Tree at) {}

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
        transfer.apply(n, out);
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
        result.add(new Exit(out, last instanceof ReturnNode ? last.getTree() : null));
      }
      if (block instanceof ExceptionBlock) {
        ExceptionBlock eb = (ExceptionBlock) block;
        for (Map.Entry<TypeMirror, Set<Block>> e : eb.getExceptionalSuccessors().entrySet()) {
          boolean counts = eb.getNode() instanceof ThrowNode || isChecked(e.getKey());
          if (counts && e.getValue().contains(exceptional)) {
            result.add(new Exit(out, eb.getNode().getTree()));
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
        visitor.visit(n, store);
        transfer.apply(n, store);
      }
    }
  }

  private int indexOf(Block b) {
    Integer i = order.get(b);
    return i == null ? Integer.MAX_VALUE : i;
  }
}
