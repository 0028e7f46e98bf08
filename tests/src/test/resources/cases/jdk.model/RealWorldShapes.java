import java.util.*;

// Shapes from real code: a graph kept as an adjacency map, a cache with expiry, listener
// lists, and an access-ordered LinkedHashMap.
class RealWorldShapes {
  private final Map<String, Set<String>> graph = new HashMap<>();
  private final Map<String, Long> expiry = new LinkedHashMap<>();
  private final List<Runnable> listeners = new ArrayList<>();

  // Making the graph undirected: adds new nodes while iterating the nodes.
  void makeUndirectedWrong() {
    for (String from : graph.keySet()) {
      for (String to : graph.get(from)) {
        // :: error: [mutation.while.borrowed]
        graph.computeIfAbsent(to, k -> new HashSet<>()).add(from);
      }
    }
  }

  // The edges (elements of the map) may change; the set of nodes may not.
  void makeUndirectedRight() {
    Map<String, Set<String>> reverse = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : graph.entrySet()) {
      for (String to : e.getValue()) {
        reverse.computeIfAbsent(to, k -> new HashSet<>()).add(e.getKey());
      }
    }
    reverse.forEach((k, v) -> graph.merge(k, v, (a, b) -> { a.addAll(b); return a; }));
  }

  void dropSelfLoops() {
    for (String n : graph.keySet()) {
      graph.get(n).remove(n);
    }
  }

  void evictWrong(long now) {
    for (Map.Entry<String, Long> e : expiry.entrySet()) {
      if (e.getValue() < now) {
        // :: error: [mutation.while.borrowed]
        expiry.remove(e.getKey());
      }
    }
  }

  void evictRight(long now) {
    expiry.entrySet().removeIf(e -> e.getValue() < now);
    expiry.values().removeIf(t -> t == 0);
  }

  // A listener that unregisters itself while the list is being notified.
  void addOneShot(Runnable r) {
    listeners.add(new Runnable() {
      @Override
      public void run() {
        r.run();
        listeners.remove(this);
      }
    });
  }

  void fireWrong() {
    for (Runnable l : listeners) {
      l.run();
      // :: error: [mutation.while.borrowed]
      listeners.remove(l);
    }
  }

  void fireRight() {
    for (Runnable l : new ArrayList<>(listeners)) {
      l.run();
    }
    List<Runnable> snapshot = List.copyOf(listeners);
    listeners.clear();
    snapshot.forEach(Runnable::run);
  }

  // get on an access-ordered LinkedHashMap reorders it, but that is not modelled.
  void accessOrderedGet(List<String> keys) {
    LinkedHashMap<String, Long> lru = new LinkedHashMap<>(16, 0.75f, true);
    for (String k : lru.keySet()) {
      lru.get(k);
      lru.getOrDefault(k, 0L);
    }
  }
}
