import java.util.*;

// Modifying a collection while iterating a different one is fine: loans are per path.
class OtherCollection {
  void filterInto(List<String> in, List<String> out) {
    for (String s : in) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    in.clear();
  }

  void removeAllOfOneFromAnother(List<String> from, Set<String> unwanted) {
    for (String u : unwanted) {
      from.remove(u);
    }
    for (String f : from) {
      unwanted.remove(f);
    }
  }

  void invertMap(Map<String, Integer> map, Map<Integer, String> inverse) {
    for (Map.Entry<String, Integer> e : map.entrySet()) {
      inverse.put(e.getValue(), e.getKey());
    }
    for (Integer k : inverse.keySet()) {
      map.remove(inverse.get(k));
    }
  }

  void overArray(String[] names, List<String> list) {
    for (String n : names) {
      list.add(n);
      list.remove(0);
    }
  }

  // A new local list built from the parameter is another path.
  void localCopy(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    for (String s : copy) {
      list.remove(s);
    }
    for (String s : list) {
      copy.add(s);
    }
  }

  // Two views of two different maps.
  void twoMaps(Map<String, Integer> a, Map<String, Integer> b) {
    Set<String> bKeys = b.keySet();
    for (String k : bKeys) {
      a.put(k, b.get(k));
    }
    b.keySet().retainAll(a.keySet());
  }

  // Elements taken out of a collection are untracked.
  void mutateElements(List<List<String>> rows) {
    for (List<String> row : rows) {
      row.add("end");
      row.removeIf(String::isEmpty);
    }
    for (List<String> row : rows) {
      for (String cell : row) {
        rows.get(0).add(cell);
      }
    }
  }

  // And to show the loan is per path: the same shape on one list is reported.
  void sameList(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      list.add(s);
    }
  }
}
