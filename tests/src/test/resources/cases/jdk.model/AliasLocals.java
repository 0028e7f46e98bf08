import java.util.*;

// An unannotated local of a collection type given a path, and nothing else, is an alias of that
// path (SPEC §10): changing through it while the path is iterated, or the reverse, is reported.
class AliasLocals {
  private final List<String> items = new ArrayList<>();
  private final List<String> other = new ArrayList<>();

  void modifyThroughAlias() {
    List<String> a = items;
    for (String s : items) {
      // :: error: [mutation.while.borrowed]
      a.remove(s);
    }
  }

  void iterateAliasModifyField() {
    List<String> a = items;
    for (String s : a) {
      // :: error: [mutation.while.borrowed]
      items.remove(s);
    }
  }

  void aliasOfParameter(Map<String, Integer> map) {
    var m = map;
    for (String k : map.keySet()) {
      // :: error: [mutation.while.borrowed]
      m.remove(k);
    }
  }

  // Silent: the local holds a copy, or was given two different paths, or another collection.
  void copyIsNoAlias() {
    List<String> a = new ArrayList<>(items);
    for (String s : items) {
      a.remove(s);
    }
  }

  void givenTwoPaths(boolean b) {
    List<String> a = items;
    if (b) {
      a = other;
    }
    for (String s : items) {
      a.add(s);
    }
  }

  void aliasOfOther() {
    List<String> a = other;
    for (String s : items) {
      a.add(s);
    }
  }

  // Silent: the alias holds another value when the loop runs. A parameter given a path after
  // the loop held its argument during it; a local given `r` holds the old list once `r` is
  // given a new one.
  List<String> aliasMadeAfterTheLoop(List<String> a) {
    List<String> b = new ArrayList<>();
    for (String s : a) {
      b.add(s);
    }
    a = b;
    return a;
  }

  List<String> sourceGivenANewList(List<String> r) {
    List<String> t = r;
    r = new LinkedList<>();
    for (String s : t) {
      r.add(s);
    }
    return r;
  }

  // Reported: the same shapes where the alias still holds the iterated list.
  void aliasOfLocalKeptItsValue() {
    List<String> r = new ArrayList<>(items);
    List<String> t = r;
    for (String s : t) {
      // :: error: [mutation.while.borrowed]
      r.add(s);
    }
  }
}
