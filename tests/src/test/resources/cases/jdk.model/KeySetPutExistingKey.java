import java.util.*;

// Map.put of a key that is already in the map only replaces its value and does not throw at
// run time, but the checker still reports it, as Rust would: the message suggests
// replaceAll or Map.Entry.setValue, which say what is meant.
class KeySetPutExistingKey {
  void incrementEveryValue(Map<String, Integer> counts) {
    for (String k : counts.keySet()) {
      // :: error: [mutation.while.borrowed]
      counts.put(k, counts.get(k) + 1);
    }
  }

  void replaceEveryValue(Map<String, String> props) {
    for (String k : props.keySet()) {
      // :: error: [mutation.while.borrowed]
      props.replace(k, props.get(k).trim());
    }
  }

  void mergeEveryKey(Map<String, Integer> counts) {
    for (String k : counts.keySet()) {
      // :: error: [mutation.while.borrowed]
      counts.merge(k, 1, Integer::sum);
    }
  }

  void computeIfPresentForEveryKey(TreeMap<String, Integer> counts) {
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      // :: error: [mutation.while.borrowed]
      counts.computeIfPresent(e.getKey(), (k, v) -> v * 2);
    }
  }

  // The forms that say what is meant.
  void replaceAllValues(Map<String, Integer> counts) {
    counts.replaceAll((k, v) -> v + 1);
  }

  void setValueThroughEntry(Map<String, Integer> counts) {
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      e.setValue(e.getValue() + 1);
    }
  }

  // Counting words: the loop is over another collection.
  Map<String, Integer> countWords(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      counts.merge(w, 1, Integer::sum);
      counts.put(w, counts.getOrDefault(w, 0));
    }
    return counts;
  }
}
