import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.function.Function;

class HierarchiesAndInterfaces {
  static final class Buf {
    void write(int b) {}
  }

  interface Sink {
    void put(@Borrowed Buf b);

    void putAll(@Mut Buf b);

    @Owned Buf drain();

    default void flush(@Borrowed Buf b) {}
  }

  static final class KeepingSink implements Sink {
    @Override
    // :: error: [override.invalid]
    public void put(@Owned Buf b) {}

    @Override
    public void putAll(@Borrowed Buf b) {}

    @Override
    // :: error: [override.invalid]
    public @Borrowed Buf drain() {
      return null;
    }

    @Override
    // :: error: [override.invalid]
    public void flush(@Mut Buf b) {}
  }

  static final class PoliteSink implements Sink {
    @Override
    public void put(Buf b) {}

    @Override
    public void putAll(@Mut Buf b) {}

    @Override
    public @Owned Buf drain() {
      return new Buf();
    }
  }

  abstract static class Stage {
    abstract void accept(@Borrowed Buf b);

    abstract void consume(@Owned Buf b);

    void notOverriddenBelow(@Borrowed Buf b) {}

    void legacyInTheMiddle(@Borrowed Buf b) {}
  }

  static class Middle extends Stage {
    @Override
    void accept(@Borrowed Buf b) {}

    @Override
    void consume(@Borrowed Buf b) {}

    @Override
    void legacyInTheMiddle(Buf b) {}
  }

  static final class Leaf extends Middle {
    // Two levels down: still checked against what the callers of Stage were promised.
    @Override
    // :: error: [override.invalid]
    void notOverriddenBelow(@Owned Buf b) {}

    // Wrong against both Middle and Stage: still one mistake, one error.
    @Override
    // :: error: [override.invalid]
    void accept(@Mut Buf b) {}

    // Middle's unannotated parameter asks nothing, but Stage's callers were promised a borrow.
    @Override
    // :: error: [override.invalid]
    void legacyInTheMiddle(@Owned Buf b) {}

    @Override
    void consume(@Borrowed Buf b) {}
  }

  interface Source<T> {
    @Borrowed T peek();

    void offer(@Borrowed T t);
  }

  static final class BufSource implements Source<Buf> {
    @Override
    public @Owned Buf peek() {
      return new Buf();
    }

    @Override
    // :: error: [override.invalid]
    public void offer(@Owned Buf t) {}
  }

  // Unannotated positions of the overridden method ask nothing.
  static final class Transform implements Function<Buf, Buf> {
    @Override
    public @Owned Buf apply(@Owned Buf b) {
      return b;
    }
  }

  interface Reader {
    void read(@Borrowed Buf b);
  }

  interface Writer {
    void read(@Mut Buf b);
  }

  static final class Both implements Reader, Writer {
    // Must satisfy both: @Borrowed does.
    @Override
    public void read(@Borrowed Buf b) {}
  }

  static final class Greedy implements Reader, Writer {
    @Override
    // :: error: [override.invalid]
    public void read(@Mut Buf b) {}
  }
}
