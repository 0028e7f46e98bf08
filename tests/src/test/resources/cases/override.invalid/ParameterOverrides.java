import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.function.Consumer;

// Parameters may only weaken: @Owned -> @Mut -> @Borrowed.
class ParameterOverrides {
  static final class Buf {
    void write(int b) {}
  }

  static class Base {
    void borrowedToMut(@Borrowed Buf b) {}

    void borrowedToOwned(@Borrowed Buf b) {}

    void mutToOwned(@Mut Buf b) {}

    void ownedToBorrowed(@Owned Buf b) {}

    void ownedToMut(@Owned Buf b) {}

    void mutToBorrowed(@Mut Buf b) {}

    void sameMode(@Mut Buf b) {}

    void legacyToOwned(Buf b) {}

    void ownedToLegacy(@Owned Buf b) {}

    void borrowedToLegacy(@Borrowed Buf b) {}

    void secondParameter(@Owned Buf a, @Borrowed Buf b) {}

    void bothParameters(@Borrowed Buf a, @Borrowed Buf b) {}
  }

  static class Sub extends Base {
    @Override
    // :: error: [override.invalid]
    void borrowedToMut(@Mut Buf b) {}

    @Override
    // :: error: [override.invalid]
    void borrowedToOwned(@Owned Buf b) {}

    @Override
    // :: error: [override.invalid]
    void mutToOwned(@Owned Buf b) {}

    @Override
    void ownedToBorrowed(@Borrowed Buf b) {}

    @Override
    void ownedToMut(@Mut Buf b) {}

    @Override
    void mutToBorrowed(@Borrowed Buf b) {}

    @Override
    void sameMode(@Mut Buf b) {}

    @Override
    void legacyToOwned(@Owned Buf b) {}

    @Override
    void ownedToLegacy(Buf b) {}

    @Override
    void borrowedToLegacy(Buf b) {}

    @Override
    // :: error: [override.invalid]
    void secondParameter(
        @Owned Buf a,
        @Owned Buf b) {}

    // Positions are compared one by one: each wrong position is reported.
    @Override
    // :: error: [override.invalid]
    // :: error: [override.invalid]
    void bothParameters(@Owned Buf a, @Mut Buf b) {}
  }

  static final class OwningConsumer implements Consumer<Buf> {
    @Override
    public void accept(@Owned Buf b) {
      b.write(1);
    }
  }
}
