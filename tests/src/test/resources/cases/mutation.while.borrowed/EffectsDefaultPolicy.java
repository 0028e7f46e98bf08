import java.util.*;

// Under javac's default compile policy a class is attributed and checked one at a time, so a
// callee in another top-level class is not known: the call has no effect (SPEC §10, the checker
// never guesses), and nothing crashes. The same call is reported under -XDcompilePolicy=simple
// (EffectsOtherClasses.java). A callee in the same class is always known.
class EffectsDefaultPolicy {
  private final List<String> own = new ArrayList<>();

  private void dropOwn(String s) {
    own.remove(s);
  }

  void sameClass() {
    for (String s : own) {
      // :: error: [mutation.while.borrowed]
      dropOwn(s);
    }
  }

  void laterClass(Later r) {
    for (String n : r.names) {
      r.unregister(n);
    }
  }
}

class Later {
  final List<String> names = new ArrayList<>();

  void unregister(String n) {
    names.remove(n);
  }
}
