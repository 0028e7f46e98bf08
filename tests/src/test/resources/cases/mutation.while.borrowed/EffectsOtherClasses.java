// options: -XDcompilePolicy=simple
import java.util.*;

// SPEC §10: callees in other classes, constructors, and the calls that are not resolved
// (interfaces, overridden methods), which stay silent. A callee in another top-level class is
// known when javac has attributed every class before checking any: -XDcompilePolicy=simple.
class Registry {
  final List<String> names = new ArrayList<>();

  void unregister(String n) {
    names.remove(n);
  }

  void log(String n) {
    System.out.println(n);
  }
}

final class Remover {
  Remover(List<String> from, String what) {
    from.remove(what);
  }
}

interface Sink {
  void accept(List<String> list);
}

class Base {
  void touch(List<String> list) {
    list.add("base");
  }
}

class Derived extends Base {
  @Override
  void touch(List<String> list) {
    System.out.println(list.size());
  }
}

class EffectsOtherClasses {
  void calleeInAnotherClass(Registry r) {
    for (String n : r.names) {
      // :: error: [mutation.while.borrowed]
      r.unregister(n);
    }
  }

  void readingCalleeInAnotherClass(Registry r) {
    for (String n : r.names) {
      r.log(n);
    }
  }

  void constructorModifies(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      new Remover(list, s);
    }
  }

  // Silent: which Sink runs is not known at compile time.
  void interfaceCall(List<String> list, Sink sink) {
    for (String s : list) {
      sink.accept(list);
    }
  }

  // Silent: Derived overrides touch, so which one runs is not known.
  void overriddenCall(List<String> list, Base b) {
    for (String s : list) {
      b.touch(list);
    }
  }
}
