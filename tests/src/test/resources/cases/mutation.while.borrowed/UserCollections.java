// options: -XDcompilePolicy=simple
import java.util.*;

// User collections (SPEC §10): a class that implements a collection interface over a JDK
// collection field. Iterating it borrows it (a java.util supertype's iterator, or its own
// iterator() that returns the field's), and its remove/add change the field, as their
// summaries say.
class Bag extends AbstractList<String> {
  private final List<String> items = new ArrayList<>();

  @Override
  public String get(int i) {
    return items.get(i);
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public Iterator<String> iterator() {
    return items.iterator();
  }

  @Override
  public boolean remove(Object o) {
    return items.remove(o);
  }
}

class Names implements Iterable<String> {
  private final Set<String> names = new HashSet<>();

  @Override
  public Iterator<String> iterator() {
    return names.iterator();
  }

  void forget(String n) {
    names.remove(n);
  }

  int count() {
    return names.size();
  }

  private final List<String> log = new ArrayList<>();

  void note(String n) {
    log.add(n);
  }
}

class UserCollectionsUse {
  void removeFromBagWhileIterating(Bag bag) {
    for (String s : bag) {
      // :: error: [mutation.while.borrowed]
      bag.remove(s);
    }
  }

  void forgetWhileIterating(Names names) {
    for (String n : names) {
      // :: error: [mutation.while.borrowed]
      names.forget(n);
    }
  }

  // Silent: reading while iterating, changing after the loop, or another collection.
  void readWhileIterating(Names names) {
    int total = 0;
    for (String n : names) {
      total += names.count();
    }
    names.forget("x");
  }

  // The loop borrows the field the iterator walks, not the object's other fields.
  void changeAnotherFieldWhileIterating(Names names) {
    for (String n : names) {
      names.note(n);
    }
  }

  void removeFromBagWhileIteratingOther(Bag bag, List<String> other) {
    for (String s : other) {
      bag.remove(s);
    }
  }
}
