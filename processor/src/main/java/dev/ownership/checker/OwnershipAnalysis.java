package dev.ownership.checker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
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

  OwnershipAnalysis(ControlFlowGraph cfg, OwnershipTransfer transfer) {
    this.cfg = cfg;
    this.transfer = transfer;
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
      for (Block successor : Liveness.successors(block)) {
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
