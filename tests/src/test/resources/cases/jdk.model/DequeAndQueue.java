import java.util.*;

// Queues and deques: iterating one while pushing or polling throws (ArrayDeque, LinkedList,
// PriorityQueue are all fail-fast). The work-list loop that polls until empty is fine.
class DequeAndQueue {
  void pushWhileIteratingStack(ArrayDeque<String> stack) {
    for (String s : stack) {
      if (s.startsWith("(")) {
        // :: error: [mutation.while.borrowed]
        stack.push(s.substring(1));
      }
    }
  }

  void pollWhileIteratingQueue(Queue<Integer> queue) {
    for (Integer x : queue) {
      if (x < 0) {
        // :: error: [mutation.while.borrowed]
        queue.poll();
      }
    }
  }

  void offerWhileIteratingPriorityQueue(PriorityQueue<Integer> pq) {
    for (Integer x : pq) {
      // :: error: [mutation.while.borrowed]
      pq.offer(x * 2);
    }
  }

  void popWhileIteratingLinkedList(Deque<String> deque) {
    Iterator<String> it = deque.iterator();
    while (it.hasNext()) {
      String s = it.next();
      if (s.equals("drop")) {
        // :: error: [mutation.while.borrowed]
        deque.pop();
      }
    }
  }

  void addLastWhileIteratingBackwards(Deque<String> deque) {
    Iterator<String> it = deque.descendingIterator();
    while (it.hasNext()) {
      // :: error: [mutation.while.borrowed]
      deque.addLast(it.next());
    }
  }

  // The work-list idiom: no iterator, poll until empty.
  List<String> breadthFirst(Map<String, List<String>> graph, String start) {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.add(start);
    while (!work.isEmpty()) {
      String n = work.poll();
      order.add(n);
      for (String m : graph.getOrDefault(n, List.of())) {
        if (seen.add(m)) {
          work.offer(m);
        }
      }
    }
    return order;
  }

  void drainStack(Deque<Integer> stack) {
    while (!stack.isEmpty()) {
      int top = stack.pop();
      if (top > 1) {
        stack.push(top / 2);
        stack.push(top - top / 2);
      }
    }
  }

  // Removing through the iterator.
  void removeThroughIterator(Queue<String> queue) {
    for (Iterator<String> it = queue.iterator(); it.hasNext(); ) {
      if (it.next().isEmpty()) {
        it.remove();
      }
    }
  }

  // Iterating one queue while feeding another.
  void moveAll(Queue<String> from, Deque<String> to) {
    for (String s : from) {
      to.push(s);
    }
    from.clear();
  }

  // Polling with a stop after it.
  void pollThenBreak(Deque<String> deque) {
    for (String s : deque) {
      if (s.isEmpty()) {
        deque.pollFirst();
        break;
      }
    }
  }
}
