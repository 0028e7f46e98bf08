import dev.ownership.annotations.*;
import java.util.*;

// A value replaced under its own key (SPEC §6 as amended): in code nobody annotated,
// put/replace/merge/compute of the loop's own key (the keySet loop variable, or e.getKey() of an
// entrySet loop) writes a value, leaves the key set alone, and is not reported. Any other key,
// and any write to an annotated map, is reported as in Rust.
class KeySetPutExistingKey {
  void incrementEveryValue(Map<String, Integer> counts) {
    for (String k : counts.keySet()) {
      counts.put(k, counts.get(k) + 1);
    }
  }

  void replaceEveryValue(Map<String, String> props) {
    for (String k : props.keySet()) {
      props.replace(k, props.get(k).trim());
    }
  }

  void mergeEveryKey(Map<String, Integer> counts) {
    for (String k : counts.keySet()) {
      counts.merge(k, 1, Integer::sum);
    }
  }

  void computeIfPresentForEveryKey(TreeMap<String, Integer> counts) {
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      counts.computeIfPresent(e.getKey(), (k, v) -> v * 2);
    }
  }

  void putOfAnotherKey(Map<String, Integer> counts) {
    for (String k : counts.keySet()) {
      // :: error: [mutation.while.borrowed]
      counts.put(k + "'", 0);
    }
  }

  void putOwnKeyThenRemove(Map<String, Integer> counts) {
    for (String k : counts.keySet()) {
      counts.put(k, 0);
      // :: error: [mutation.while.borrowed]
      counts.remove(k);
    }
  }

  void putOfOwnKeyOverValues(Map<String, Integer> counts) {
    for (Integer v : counts.values()) {
      // :: error: [mutation.while.borrowed]
      counts.put("total", v);
    }
  }

  void annotatedMapKeepsTheRustRule(@Mut Map<String, Integer> counts) {
    for (String k : counts.keySet()) {
      // :: error: [mutation.while.borrowed]
      counts.put(k, counts.get(k) + 1);
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
