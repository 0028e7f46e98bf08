package dev.ownership.checker;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.PriorityQueue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlock;
import org.checkerframework.dataflow.cfg.node.Node;

/**
 * How many CFG nodes lie between a move and a read, along the control flow: "the first read after
 * a move" (SPEC §4) is the nearest one, which is not always the first in the source (a read at
 * the top of a loop comes after a move at its bottom only through the back edge).
 */
final class FlowDistance {
  private final ControlFlowGraph cfg;
  private final Map<MovePlan.Move, Map<Node, Integer>> fromMove = new IdentityHashMap<>();

  FlowDistance(ControlFlowGraph cfg) {
    this.cfg = cfg;
  }

  /** The distance from the nearest of the moves to the node; large if unreachable. */
  int from(Collection<MovePlan.Move> moves, Node node) {
    int best = Integer.MAX_VALUE;
    for (MovePlan.Move m : moves) {
      Integer d = fromMove.computeIfAbsent(m, this::distances).get(node);
      if (d != null && d < best) {
        best = d;
      }
    }
    return best;
  }

  /**
   * Shortest distances from a move's nodes to every node after them. An exceptional edge counts
   * for much more than a normal one: the first read after a move is the one on the path where no
   * call throws.
   */
  private Map<Node, Integer> distances(MovePlan.Move move) {
    Map<Node, Integer> dist = new IdentityHashMap<>();
    Set<Node> starts = cfg.getNodesCorrespondingToTree(move.at());
    if (starts == null) {
      return dist;
    }
    // A read at the move's own node happens before the move; it is reached again, if at all,
    // only around a loop. So the search starts after the move.
    PriorityQueue<Map.Entry<Node, Integer>> todo =
        new PriorityQueue<>(Comparator.comparingInt(Map.Entry::getValue));
    for (Node s : starts) {
      relaxFrom(s, 0, dist, todo);
    }
    while (!todo.isEmpty()) {
      Map.Entry<Node, Integer> e = todo.poll();
      if (dist.get(e.getKey()) < e.getValue()) {
        continue;
      }
      relaxFrom(e.getKey(), e.getValue(), dist, todo);
    }
    return dist;
  }

  private static final int EXCEPTIONAL = 1000;

  private static void relaxFrom(
      Node n, int d, Map<Node, Integer> dist, PriorityQueue<Map.Entry<Node, Integer>> todo) {
    Block b = n.getBlock();
    List<Node> nodes = b.getNodes();
    int i = nodes.indexOf(n);
    if (i >= 0 && i + 1 < nodes.size()) {
      // The read and null test before an implicit close() are no steps of their own.
      Node next = nodes.get(i + 1);
      relax(next, ImplicitClose.isHidden(next) ? d : d + 1, dist, todo);
      return;
    }
    Set<Block> exceptional = Collections.newSetFromMap(new IdentityHashMap<>());
    if (b instanceof ExceptionBlock) {
      for (Set<Block> targets : ((ExceptionBlock) b).getExceptionalSuccessors().values()) {
        exceptional.addAll(targets);
      }
    }
    for (Block s : Liveness.successors(b)) {
      int cost = exceptional.contains(s) && !isRegularSuccessor(b, s) ? EXCEPTIONAL : 1;
      firstNodes(s, d + cost, dist, todo, Collections.newSetFromMap(new IdentityHashMap<>()));
    }
  }

  private static boolean isRegularSuccessor(Block b, Block s) {
    return b instanceof SingleSuccessorBlock && ((SingleSuccessorBlock) b).getSuccessor() == s;
  }

  /** The first node of a block, looking through empty blocks. */
  private static void firstNodes(
      Block s,
      int d,
      Map<Node, Integer> dist,
      PriorityQueue<Map.Entry<Node, Integer>> todo,
      Set<Block> seen) {
    if (!seen.add(s)) {
      return;
    }
    if (s.getNodes().isEmpty()) {
      for (Block next : Liveness.successors(s)) {
        firstNodes(next, d, dist, todo, seen);
      }
    } else {
      relax(s.getNodes().get(0), d, dist, todo);
    }
  }

  private static void relax(
      Node n, int d, Map<Node, Integer> dist, PriorityQueue<Map.Entry<Node, Integer>> todo) {
    Integer old = dist.get(n);
    if (old == null || d < old) {
      dist.put(n, d);
      todo.add(Map.entry(n, d));
    }
  }
}
