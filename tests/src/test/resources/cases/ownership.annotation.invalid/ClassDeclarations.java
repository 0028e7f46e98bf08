import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class ClassDeclarations {
  // :: error: [ownership.annotation.invalid]
  @Mut static class MutClass {}

  // :: error: [ownership.annotation.invalid]
  @Borrowed static final class BorrowedClass {}

  // :: error: [ownership.annotation.invalid]
  @Borrowed interface BorrowedInterface {}

  // :: error: [ownership.annotation.invalid]
  @Mut
  static class MutOnItsOwnLine {}

  @Owned static final class OwnedClass {}

  @Owned interface OwnedInterface {}

  static final class PlainClass {}

  // :: error: [ownership.annotation.invalid]
  @Mut enum MutEnum {
    A
  }

  // :: error: [ownership.annotation.invalid]
  @Borrowed record BorrowedRecord(int x) {}

  void localClasses() {
    // :: error: [ownership.annotation.invalid]
    @Mut class LocalMut {}

    @Owned class LocalOwned {}
  }
}
