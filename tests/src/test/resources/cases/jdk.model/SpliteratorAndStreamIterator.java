import java.util.*;
import java.util.stream.*;

// spliterator() and a stream's iterator() are live views of the source as well.
class SpliteratorAndStreamIterator {
  void spliteratorThenAdd(List<String> list) {
    Spliterator<String> sp = list.spliterator();
    sp.tryAdvance(System.out::println);
    // :: error: [mutation.while.borrowed]
    list.add("x");
    sp.forEachRemaining(System.out::println);
  }

  void spliteratorActionAdds(List<String> list) {
    Spliterator<String> sp = list.spliterator();
    // :: error: [mutation.while.borrowed]
    sp.tryAdvance(s -> list.add(s));
  }

  void streamIteratorThenRemove(Set<String> set) {
    Iterator<String> it = set.stream().filter(s -> !s.isEmpty()).iterator();
    while (it.hasNext()) {
      String s = it.next();
      // :: error: [mutation.while.borrowed]
      set.remove(s);
    }
  }

  void intStreamOverList(List<Integer> list) {
    IntStream lengths = list.stream().mapToInt(Integer::intValue);
    // :: error: [mutation.while.borrowed]
    list.clear();
    lengths.sum();
  }

  // Done with the spliterator before the list changes.
  void spliteratorDone(List<String> list) {
    Spliterator<String> sp = list.spliterator();
    long n = sp.estimateSize();
    list.add("n=" + n);
  }

  // A stream over a spliterator of a copy.
  void streamOfCopy(List<String> list) {
    Iterator<String> it = List.copyOf(list).stream().iterator();
    while (it.hasNext()) {
      list.remove(it.next());
    }
  }

  // Streams made from arrays or Stream.of are not views of the list.
  void unrelatedStreams(List<String> list, String[] extra) {
    Arrays.stream(extra).forEach(list::add);
    Stream.of("a", "b").forEach(s -> list.remove(s));
    IntStream.range(0, list.size()).forEach(i -> list.set(i, list.get(i).trim()));
  }
}
