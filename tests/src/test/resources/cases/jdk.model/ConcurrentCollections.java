import java.util.*;
import java.util.concurrent.*;

// The java.util.concurrent collections never throw ConcurrentModificationException: a path
// whose static type or initializer is one of them is left alone.
class ConcurrentCollections {
  private final ConcurrentMap<String, Integer> sessions = new ConcurrentHashMap<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  void chmKeySet(ConcurrentHashMap<String, Integer> map) {
    for (String k : map.keySet()) {
      map.remove(k);
      map.put(k + "'", 0);
    }
    map.forEach((k, v) -> map.remove(k));
    map.computeIfAbsent("a", k -> map.size());
  }

  void mapTypedLocalWithConcurrentInitializer() {
    Map<String, Integer> m = new ConcurrentHashMap<>();
    m.put("a", 1);
    for (String k : m.keySet()) {
      m.put(k + k, 2);
    }
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      m.remove(e.getKey());
    }
  }

  void concurrentKeySet() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    for (String s : seen) {
      seen.add(s + "'");
    }
  }

  void copyOnWriteList(CopyOnWriteArrayList<String> list) {
    for (String s : list) {
      list.add(s);
    }
    list.forEach(list::remove);
  }

  void listenerField() {
    for (Runnable r : listeners) {
      listeners.remove(r);
    }
    sessions.keySet().forEach(sessions::remove);
  }

  void concurrentQueues(ConcurrentLinkedQueue<String> q, BlockingQueue<String> bq) {
    for (String s : q) {
      q.poll();
      q.offer(s);
    }
    Iterator<String> it = bq.iterator();
    while (it.hasNext()) {
      bq.offer(it.next());
    }
  }

  void concurrentDeque(ConcurrentLinkedDeque<Integer> d) {
    for (Integer x : d) {
      d.push(x);
    }
  }

  void skipListViews(ConcurrentSkipListMap<Integer, String> map) {
    for (Integer k : map.headMap(10).keySet()) {
      map.remove(k);
    }
    NavigableMap<Integer, String> desc = map.descendingMap();
    map.clear();
    desc.size();
  }

  // A user type that extends a concurrent collection is left alone too.
  static class Registry extends ConcurrentHashMap<String, String> {}

  void userSubtype(Registry registry) {
    for (String k : registry.keySet()) {
      registry.put(k, k);
    }
  }

  // A synchronized wrapper of a java.util list is still fail-fast.
  void synchronizedListIsNotConcurrent() {
    List<String> list = Collections.synchronizedList(new ArrayList<>());
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      list.add(s);
    }
  }
}
