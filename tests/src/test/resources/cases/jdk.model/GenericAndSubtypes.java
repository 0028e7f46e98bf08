import java.util.*;

// The model follows the static type: generic helpers, `var` locals and user subclasses of
// java.util collections are covered like the JDK types they extend.
class GenericAndSubtypes {
  static class Inventory extends ArrayList<String> {
    void restock(String item) {
      add(item);
    }
  }

  static class Registry<K> extends HashMap<K, Integer> {}

  static <T> void dropNulls(Collection<T> c) {
    for (T t : c) {
      if (t == null) {
        // :: error: [mutation.while.borrowed]
        c.remove(t);
      }
    }
  }

  static <K, V> void invertInPlace(Map<K, K> m) {
    for (Map.Entry<K, K> e : m.entrySet()) {
      // :: error: [mutation.while.borrowed]
      m.put(e.getValue(), e.getKey());
    }
  }

  static <E extends Comparable<E>> void addMax(List<E> list) {
    for (E e : list) {
      if (e.compareTo(list.get(0)) > 0) {
        // :: error: [mutation.while.borrowed]
        list.add(0, e);
      }
    }
  }

  void varLocal() {
    var names = new ArrayList<String>(List.of("a", "b"));
    for (var n : names) {
      // :: error: [mutation.while.borrowed]
      names.add(n + n);
    }
  }

  void userSubclass(Inventory inv) {
    for (String s : inv) {
      // :: error: [mutation.while.borrowed]
      inv.add(s + "'");
    }
  }

  void userSubclassOfMap(Registry<String> reg) {
    for (String k : reg.keySet()) {
      // :: error: [mutation.while.borrowed]
      reg.remove(k);
    }
  }

  // restock is the user's own method: only the JDK methods it inherits are modelled.
  void userMethodOutsideLoop(Inventory inv) {
    inv.restock("x");
    inv.removeIf(String::isEmpty);
  }

  // The safe forms, generically.
  static <T> void dropNullsRight(Collection<T> c) {
    c.removeIf(Objects::isNull);
    for (T t : new ArrayList<>(c)) {
      c.remove(t);
    }
  }

  static <K> void invertRight(Map<K, K> m) {
    Map<K, K> inverse = new HashMap<>();
    for (Map.Entry<K, K> e : m.entrySet()) {
      inverse.put(e.getValue(), e.getKey());
    }
    m.clear();
    m.putAll(inverse);
  }
}
