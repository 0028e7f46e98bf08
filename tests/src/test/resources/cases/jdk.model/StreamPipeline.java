import java.util.*;
import java.util.stream.*;

// A stream over a collection borrows it until its terminal operation returns: a pipeline
// stage that modifies the collection is a bug; collecting first and modifying after is not.
class StreamPipeline {
  void forEachAddsToSource(List<String> list) {
    list.stream()
        .filter(s -> s.startsWith("a"))
        // :: error: [mutation.while.borrowed]
        .forEach(s -> list.add(s + "'"));
  }

  void mapStageRemovesFromSource(List<String> list) {
    long n = list.stream()
        .map(s -> {
          // :: error: [mutation.while.borrowed]
          list.remove(s);
          return s.length();
        })
        .count();
  }

  // A method reference that modifies the source.
  void peekRemovesFromSource(Set<String> set) {
    // :: error: [mutation.while.borrowed]
    set.stream().peek(set::remove).count();
  }

  void parallelStreamClears(List<Integer> list) {
    // :: error: [mutation.while.borrowed]
    list.parallelStream().forEach(x -> list.clear());
  }

  void keyStreamRemovesFromMap(Map<String, Integer> map) {
    // :: error: [mutation.while.borrowed]
    map.keySet().stream().filter(k -> map.get(k) == 0).forEach(map::remove);
  }

  // A stream kept in a local still borrows the list.
  void streamLocalThenModify(List<String> list) {
    Stream<String> s = list.stream().filter(x -> !x.isEmpty());
    // :: error: [mutation.while.borrowed]
    list.add("late");
    s.forEach(System.out::println);
  }

  // Collected into a new list: the stream's loan ended with collect().
  void collectThenAdd(List<String> list) {
    List<String> extra = list.stream().filter(s -> s.startsWith("a")).map(s -> s + "'")
        .collect(Collectors.toList());
    list.addAll(extra);
  }

  void collectAsArgument(List<String> list) {
    list.addAll(list.stream().map(String::toUpperCase).collect(Collectors.toList()));
  }

  void collectKeysThenRemove(Map<String, Integer> map) {
    map.keySet().stream().filter(k -> map.get(k) == 0).collect(Collectors.toList())
        .forEach(map::remove);
  }

  // The pipeline reads the source and writes elsewhere.
  void readsSourceWritesElsewhere(List<String> list, List<String> out) {
    list.stream().filter(s -> list.indexOf(s) == list.lastIndexOf(s)).forEach(out::add);
    list.stream().forEach(s -> out.add(s));
    int total = list.stream().mapToInt(String::length).sum();
    list.add("total=" + total);
  }

  // A stream over a copy.
  void streamOverCopy(List<String> list) {
    new ArrayList<>(list).stream().forEach(s -> list.add(s));
    List.copyOf(list).forEach(list::remove);
  }

  // A stream that is never given a terminal operation after the modification.
  void streamDeadBeforeModification(List<String> list) {
    Stream<String> s = list.stream();
    Optional<String> first = s.findFirst();
    list.add(first.orElse("none"));
  }
}
