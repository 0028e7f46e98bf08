import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

// Receivers may only weaken, like parameters: @Owned -> @Mut -> @Borrowed.
class ReceiverOverrides {
  static class Base {
    void read(@Borrowed Base this) {}

    void peek(@Borrowed Base this) {}

    void update(@Mut Base this) {}

    void close(@Owned Base this) {}

    void release(@Owned Base this) {}

    void touch(@Mut Base this) {}

    void legacy() {}

    void annotatedHere(@Mut Base this) {}
  }

  static class Sub extends Base {
    @Override
    // :: error: [override.invalid]
    void read(@Mut Sub this) {}

    @Override
    // :: error: [override.invalid]
    void peek(@Owned Sub this) {}

    @Override
    // :: error: [override.invalid]
    void update(@Owned Sub this) {}

    @Override
    void close(@Borrowed Sub this) {}

    @Override
    void release(@Mut Sub this) {}

    @Override
    void touch(@Borrowed Sub this) {}

    @Override
    void legacy(@Owned Sub this) {}

    @Override
    void annotatedHere() {}
  }

  interface Closeable {
    void shutdown(@Borrowed Closeable this);

    void dispose(@Owned Closeable this);
  }

  static final class Resource implements Closeable {
    @Override
    // :: error: [override.invalid]
    public void shutdown(@Owned Resource this) {}

    @Override
    public void dispose(@Mut Resource this) {}
  }
}
