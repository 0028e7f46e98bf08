import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

// Returns may only strengthen: @Borrowed -> @Mut -> @Owned.
class ReturnOverrides {
  static final class Buf {
    void write(int b) {}
  }

  static class Base {
    @Owned Buf ownedToBorrowed() {
      return new Buf();
    }

    @Owned Buf ownedToMut() {
      return new Buf();
    }

    @Mut Buf mutToBorrowed() {
      return null;
    }

    @Borrowed Buf borrowedToOwned() {
      return null;
    }

    @Borrowed Buf borrowedToMut() {
      return null;
    }

    @Mut Buf mutToOwned() {
      return null;
    }

    @Owned Buf ownedToOwned() {
      return new Buf();
    }

    Buf legacyToBorrowed() {
      return null;
    }

    @Owned Buf ownedToLegacy() {
      return new Buf();
    }
  }

  static class Sub extends Base {
    @Override
    // :: error: [override.invalid]
    @Borrowed Buf ownedToBorrowed() {
      return null;
    }

    @Override
    // :: error: [override.invalid]
    @Mut Buf ownedToMut() {
      return null;
    }

    @Override
    // :: error: [override.invalid]
    @Borrowed Buf mutToBorrowed() {
      return null;
    }

    @Override
    @Owned Buf borrowedToOwned() {
      return new Buf();
    }

    @Override
    @Mut Buf borrowedToMut() {
      return null;
    }

    @Override
    @Owned Buf mutToOwned() {
      return new Buf();
    }

    @Override
    @Owned Buf ownedToOwned() {
      return new Buf();
    }

    @Override
    @Borrowed Buf legacyToBorrowed() {
      return null;
    }

    @Override
    Buf ownedToLegacy() {
      return new Buf();
    }
  }

  static class SplitLines extends Base {
    @Override
    @Borrowed
    // :: error: [override.invalid]
    Buf ownedToBorrowed() {
      return null;
    }
  }
}
