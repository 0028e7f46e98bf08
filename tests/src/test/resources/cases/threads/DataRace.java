import dev.ownership.annotations.*;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Handing an object to another thread moves it (Rust: thread::spawn with a move closure).
class DataRace {
  static @Owned List<Integer> fresh() {
    return new ArrayList<>();
  }

  void twoThreadsShareOneOwner() {
    @Owned List<Integer> data = fresh();
    new Thread(() -> data.add(4)).start();
    // The first thread owns `data` now: the second capture is a data race.
    // :: error: [use.after.move]
    new Thread(() -> data.add(5)).start();
  }

  void eachThreadGetsItsOwn() {
    @Owned List<Integer> first = fresh();
    @Owned List<Integer> second = fresh();
    new Thread(() -> first.add(4)).start();
    new Thread(() -> second.add(5)).start();
  }

  void captureMovedIntoAnExecutor(ExecutorService pool) {
    List<Integer> batch = fresh();
    pool.execute(() -> batch.add(1));
    // :: error: [use.after.move]
    batch.clear();
  }

  void submitThenReadTheCopy(ExecutorService pool) {
    List<Integer> batch = fresh();
    List<Integer> copy = new ArrayList<>(batch);
    pool.submit(() -> batch.add(1));
    copy.clear();
  }

  void sharedStateStaysUnannotated() {
    // An object meant to be shared across threads is not owned: a thread-safe type, unannotated.
    ConcurrentLinkedQueue<Integer> shared = new ConcurrentLinkedQueue<>();
    new Thread(() -> shared.add(4)).start();
    new Thread(() -> shared.add(5)).start();
    shared.poll();
  }

  void legacyListsAreNotTracked() {
    List<Integer> legacy = new ArrayList<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    pool.execute(() -> legacy.add(1));
    legacy.add(2);
    pool.shutdown();
  }

  static void consume(@Owned List<Integer> l) {}

  void movedLambdaMayMoveWhatItOwns(ExecutorService pool) {
    @Owned List<Integer> data = fresh();
    pool.execute(() -> consume(data));
  }

  void aLambdaThatIsNotMovedOnlyBorrows() {
    @Owned List<Integer> data = fresh();
    // :: error: [move.out.of.borrow]
    Runnable r = () -> consume(data);
    r.run();
  }

  void borrowedCaptureCannotGoToAnotherThread(@Borrowed List<Integer> view, ExecutorService pool) {
    // :: error: [borrow.escapes]
    pool.execute(() -> System.out.println(view.size()));
  }
}
