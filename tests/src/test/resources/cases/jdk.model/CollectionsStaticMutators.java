import java.util.*;

// Each static mutator of java.util.Collections changes the list it is given (SPEC §6): inside a
// for-each loop over that list it is reported; before or after the loop, or on another list,
// it is not. List.sort reached through a helper is a change of the list too (SPEC §10).
class CollectionsStaticMutators {
  void sort(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.sort(list, Comparator.reverseOrder());
    }
    Collections.sort(list, Comparator.reverseOrder());
  }

  void shuffle(List<String> list, Random random) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.shuffle(list, random);
    }
    Collections.shuffle(list, random);
  }

  void reverse(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.reverse(list);
    }
    Collections.reverse(list);
  }

  void swap(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.swap(list, 0, 1);
    }
    Collections.swap(list, 0, 1);
  }

  void fill(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.fill(list, s);
    }
    Collections.fill(list, "");
  }

  void rotate(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.rotate(list, 1);
    }
    Collections.rotate(list, 1);
  }

  void addAll(Set<String> set) {
    for (String s : set) {
      // :: error: [mutation.while.borrowed]
      Collections.addAll(set, s, s + "'");
    }
    Collections.addAll(set, "a", "b");
  }

  // List.sort through a helper, and a static mutator through a helper.
  private static void order(List<String> list) {
    list.sort(null);
  }

  private static void turn(List<String> list) {
    Collections.rotate(list, -1);
  }

  void throughHelpers(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      order(list);
    }
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      turn(list);
    }
    order(list);
    turn(list);
  }

  // Silent: the mutators change another list than the one iterated.
  void otherList(List<String> list, List<String> other) {
    for (String s : list) {
      Collections.sort(other);
      Collections.shuffle(other);
      Collections.reverse(other);
      Collections.swap(other, 0, 1);
      Collections.fill(other, s);
      Collections.rotate(other, 1);
      Collections.addAll(other, s);
      order(other);
    }
  }

  // Silent: the readers of Collections change nothing.
  void readers(List<String> list) {
    for (String s : list) {
      Collections.frequency(list, s);
      Collections.max(list);
      Collections.binarySearch(list, s);
      Collections.indexOfSubList(list, List.of(s));
    }
  }

  // A comparator given to the sort runs while the sort holds the list: it may read the list
  // (Java fails on structural changes, not on reads), not change it.
  void comparators(List<String> list) {
    Collections.sort(list, (a, b) -> list.indexOf(a) - list.indexOf(b));
    Collections.sort(
        list,
        (a, b) -> {
          // :: error: [mutation.while.borrowed]
          list.add(a);
          return 0;
        });
  }

  // Silent: a copy is iterated.
  void copy(List<String> list) {
    for (String s : new ArrayList<>(list)) {
      Collections.sort(list);
      Collections.swap(list, 0, 1);
    }
  }
}
