import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

// A generic graph with traversals, written as ordinary Java: no diagnostics expected.
class LegacyGraph<N extends Comparable<N>> {
  private final Map<N, Set<N>> edges = new HashMap<>();
  private final Map<N, Map<N, Integer>> weights = new HashMap<>();
  private int edgeCount;

  final class Edge {
    final N from;
    final N to;

    Edge(N from, N to) {
      this.from = from;
      this.to = to;
    }

    int weight() {
      return weights.getOrDefault(from, Map.of()).getOrDefault(to, 1);
    }

    @Override
    public String toString() {
      return from + "->" + to + "(" + weight() + ")";
    }
  }

  /** A fixed-size ring of recent nodes, iterable without copying. */
  static final class Ring<T> implements Iterable<T> {
    private final Object[] slots;
    private int next;
    private int size;

    Ring(int capacity) {
      slots = new Object[capacity];
    }

    void add(T value) {
      slots[next] = value;
      next = (next + 1) % slots.length;
      size = Math.min(size + 1, slots.length);
    }

    @Override
    public Iterator<T> iterator() {
      return new Iterator<T>() {
        private int seen;

        @Override
        public boolean hasNext() {
          return seen < size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          int start = (next - size + slots.length) % slots.length;
          return (T) slots[(start + seen++) % slots.length];
        }
      };
    }
  }

  void addEdge(N from, N to, int weight) {
    if (edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to)) {
      edgeCount++;
    }
    edges.computeIfAbsent(to, k -> new LinkedHashSet<>());
    weights.computeIfAbsent(from, k -> new HashMap<>()).put(to, weight);
  }

  Set<N> nodes() {
    return edges.keySet();
  }

  List<Edge> edgesFrom(N node) {
    List<Edge> out = new ArrayList<>();
    for (N to : edges.getOrDefault(node, Set.of())) {
      out.add(new Edge(node, to));
    }
    return out;
  }

  List<N> breadthFirst(N start) {
    List<N> order = new ArrayList<>();
    Set<N> seen = new HashSet<>();
    Queue<N> queue = new ArrayDeque<>();
    queue.add(start);
    seen.add(start);
    while (!queue.isEmpty()) {
      N n = queue.poll();
      order.add(n);
      for (N m : edges.getOrDefault(n, Set.of())) {
        if (seen.add(m)) {
          queue.add(m);
        }
      }
    }
    return order;
  }

  Map<N, Integer> shortestDistances(N start) {
    Map<N, Integer> dist = new HashMap<>();
    PriorityQueue<Map.Entry<N, Integer>> pq =
        new PriorityQueue<>(Comparator.comparingInt(Map.Entry::getValue));
    pq.add(Map.entry(start, 0));
    while (!pq.isEmpty()) {
      Map.Entry<N, Integer> top = pq.poll();
      if (dist.containsKey(top.getKey())) {
        continue;
      }
      dist.put(top.getKey(), top.getValue());
      for (Edge e : edgesFrom(top.getKey())) {
        if (!dist.containsKey(e.to)) {
          pq.add(Map.entry(e.to, top.getValue() + e.weight()));
        }
      }
    }
    return dist;
  }

  void removeNodes(Predicate<N> doomed) {
    for (N n : new ArrayList<>(edges.keySet())) {
      if (doomed.test(n)) {
        Set<N> targets = edges.remove(n);
        edgeCount -= targets.size();
        weights.remove(n);
      }
    }
    for (Set<N> targets : edges.values()) {
      int before = targets.size();
      targets.removeIf(doomed);
      edgeCount -= before - targets.size();
    }
  }

  boolean hasCycle() {
    Map<N, Integer> color = new HashMap<>();
    for (N n : edges.keySet()) {
      if (color.getOrDefault(n, 0) == 0 && visit(n, color)) {
        return true;
      }
    }
    return false;
  }

  private boolean visit(N n, Map<N, Integer> color) {
    color.put(n, 1);
    for (N m : edges.getOrDefault(n, Set.of())) {
      int c = color.getOrDefault(m, 0);
      if (c == 1 || (c == 0 && visit(m, color))) {
        return true;
      }
    }
    color.put(n, 2);
    return false;
  }

  Map<Integer, List<N>> byOutDegree() {
    return edges.entrySet().stream()
        .collect(Collectors.groupingBy(
            e -> e.getValue().size(),
            Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
  }

  static <T extends Comparable<T>> T maxOf(Collection<? extends T> items) {
    T best = null;
    for (T t : items) {
      if (best == null || t.compareTo(best) > 0) {
        best = t;
      }
    }
    return best;
  }

  public static void main(String[] args) {
    LegacyGraph<String> g = new LegacyGraph<>();
    String[] names = {"a", "b", "c", "d", "e"};
    IntStream.range(0, names.length - 1).forEach(i -> g.addEdge(names[i], names[i + 1], i + 1));
    g.addEdge("a", "c", 10);
    g.addEdge("e", "a", 2);
    Ring<String> recent = new Ring<>(3);
    for (String n : g.breadthFirst("a")) {
      recent.add(n);
    }
    StringBuilder sb = new StringBuilder();
    for (String n : recent) {
      sb.append(n).append(' ');
    }
    System.out.println(sb.toString().trim());
    System.out.println(g.shortestDistances("a"));
    System.out.println(g.hasCycle() + " " + g.byOutDegree() + " " + maxOf(Arrays.asList(names)));
    g.removeNodes(n -> n.equals("e"));
    System.out.println(g.hasCycle() + " edges=" + g.edgeCount + " " + g.edgesFrom("a"));
  }
}
