import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.List;

// An object cannot hold a borrow: a field is owned or legacy.
class Fields {
  static final class Buf {
    void write(int b) {}
  }

  // :: error: [ownership.annotation.invalid]
  @Borrowed Buf view;

  // :: error: [ownership.annotation.invalid]
  @Mut Buf cursor;

  // :: error: [ownership.annotation.invalid]
  static @Borrowed Buf sharedView;

  // :: error: [ownership.annotation.invalid]
  private final @Mut Buf finalCursor = new Buf();

  // :: error: [ownership.annotation.invalid]
  @Mut
  Buf onItsOwnLine;

  // :: error: [ownership.annotation.invalid]
  Buf @Borrowed [] borrowedArray;

  @Owned Buf owned;

  static @Owned Buf ownedStatic = new Buf();

  Buf legacy;

  // Owned elements: accepted.
  @Owned Buf[] ownedElements;

  Buf @Owned [] ownedArray;

  List<@Owned Buf> ownedInAList;

  static final class Inner {
    // :: error: [ownership.annotation.invalid]
    @Borrowed Buf innerView;

    @Owned Buf innerOwned;
  }

  void localsMayBorrow(@Owned Buf o) {
    @Borrowed Buf b = o;
    b.write(1);
  }
}
