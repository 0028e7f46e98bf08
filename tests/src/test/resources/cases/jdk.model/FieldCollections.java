import java.util.*;

// Collections held in fields: `this.items` and the implicit `items` are one path. Two
// different fields do not overlap.
class FieldCollections {
  private final List<String> items = new ArrayList<>();
  private final List<String> archive = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();

  void explicitThis() {
    for (String x : this.items) {
      // :: error: [mutation.while.borrowed]
      this.items.add(x + "'");
    }
  }

  void implicitThis() {
    for (String x : items) {
      if (x.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        items.remove(x);
      }
    }
  }

  void mixedSpellings() {
    for (String x : items) {
      // :: error: [mutation.while.borrowed]
      this.items.remove(x);
    }
    for (String k : this.counts.keySet()) {
      // :: error: [mutation.while.borrowed]
      counts.remove(k);
    }
  }

  void fieldOfAnotherObject(FieldCollections other) {
    for (String x : other.items) {
      // :: error: [mutation.while.borrowed]
      other.items.add(x);
    }
  }

  void lambdaOnField() {
    // :: error: [mutation.while.borrowed]
    items.forEach(x -> archive.add(x + items.remove(0)));
  }

  // Another field, another object's field, or a local.
  void moveToArchive() {
    for (String x : items) {
      archive.add(x);
    }
    items.clear();
  }

  void copyFromOther(FieldCollections other) {
    for (String x : other.items) {
      this.items.add(x);
    }
    for (String x : this.items) {
      other.items.remove(x);
    }
  }

  void countItems() {
    for (String x : items) {
      counts.merge(x, 1, Integer::sum);
    }
    items.forEach(archive::add);
  }

  void iterateFieldCopy() {
    for (String x : new ArrayList<>(items)) {
      items.remove(x);
    }
  }

  void iteratorRemoveOnField() {
    for (Iterator<String> it = items.iterator(); it.hasNext(); ) {
      String x = it.next();
      if (x.isEmpty()) {
        it.remove();
        archive.add(x);
      }
    }
  }
}
