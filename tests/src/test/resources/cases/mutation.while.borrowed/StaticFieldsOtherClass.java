import java.util.*;

// A static collection field of another class is one path wherever it is named; a concurrent
// collection in a static field is left alone (SPEC §6).
class StaticFieldsOtherClass {
  static final class Registry {
    static final List<String> ENTRIES = new ArrayList<>();
    static final List<Runnable> LISTENERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    static void unregister(String e) {
      ENTRIES.remove(e);
    }

    static final Registry INSTANCE = new Registry();
    final List<String> items = new ArrayList<>();

    void drop(String s) {
      items.remove(s);
    }
  }

  // A field of the object a static field holds.
  void fieldOfStaticObject() {
    for (String s : Registry.INSTANCE.items) {
      // :: error: [mutation.while.borrowed]
      Registry.INSTANCE.items.add(s);
    }
    for (String s : Registry.INSTANCE.items) {
      // :: error: [mutation.while.borrowed]
      Registry.INSTANCE.drop(s);
    }
  }

  void loopInAnotherClass() {
    for (String e : Registry.ENTRIES) {
      // :: error: [mutation.while.borrowed]
      Registry.ENTRIES.remove(e);
    }
  }

  void helperInAnotherClass() {
    for (String e : Registry.ENTRIES) {
      // :: error: [mutation.while.borrowed]
      Registry.unregister(e);
    }
  }

  // Silent: a concurrent collection's iterator never fails.
  void concurrentField() {
    for (Runnable r : Registry.LISTENERS) {
      Registry.LISTENERS.remove(r);
    }
  }

  // Silent: a local that is not the field.
  void localCopy() {
    List<String> mine = new ArrayList<>(Registry.ENTRIES);
    for (String e : mine) {
      Registry.ENTRIES.remove(e);
    }
  }
}
