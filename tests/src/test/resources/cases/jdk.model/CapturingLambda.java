import java.util.*;
import java.util.function.*;

// A lambda that captures a collection but is not passed to a method over that collection:
// whatever it does runs when it is called, and if that is outside any loop over the
// collection, nothing can throw.
class CapturingLambda {
  void runLater(List<String> list) {
    Runnable r = () -> list.clear();
    list.add("x");
    System.out.println(list.size());
    r.run();
    list.add("y");
  }

  void supplierOfSize(List<String> list) {
    Supplier<Integer> size = list::size;
    list.add("x");
    System.out.println(size.get());
  }

  void consumerThatAddsUsedOnAnotherList(List<String> list, List<String> other) {
    Consumer<String> addToList = list::add;
    other.forEach(addToList);
    for (String s : other) {
      addToList.accept(s);
    }
  }

  void callbacksMapValue(Map<String, Runnable> actions, List<String> log) {
    actions.put("reset", () -> log.clear());
    actions.put("mark", () -> log.add("mark"));
    actions.get("reset").run();
  }

  void lambdaRunAfterTheLoop(List<String> list) {
    Runnable cleanup = () -> list.removeIf(String::isEmpty);
    for (String s : list) {
      System.out.println(s);
    }
    cleanup.run();
  }

  // An anonymous class that captures the list, passed to an unrelated method.
  void anonymousComparator(List<String> list, List<String> keys) {
    keys.sort(new Comparator<String>() {
      @Override
      public int compare(String a, String b) {
        return Integer.compare(list.indexOf(a), list.indexOf(b));
      }
    });
    list.clear();
  }

  // A lambda given to Thread or an executor: run elsewhere, not during a call over the list.
  void handOffToThread(List<String> list) {
    Thread t = new Thread(() -> list.add("from thread"));
    t.start();
    list.size();
  }
}
