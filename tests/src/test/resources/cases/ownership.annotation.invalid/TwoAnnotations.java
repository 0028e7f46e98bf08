import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class TwoAnnotations {
  static final class Buf {
    void write(int b) {}
  }

  // :: error: [ownership.annotation.invalid]
  void ownedAndBorrowed(@Owned @Borrowed Buf b) {}

  // :: error: [ownership.annotation.invalid]
  void borrowedAndMut(@Borrowed @Mut Buf b) {}

  // :: error: [ownership.annotation.invalid]
  void mutAndOwned(@Mut @Owned Buf b) {}

  void oneEach(@Owned Buf a, @Borrowed Buf b, @Mut Buf c) {}

  // :: error: [ownership.annotation.invalid]
  @Owned @Mut Buf returnWithTwo() {
    return new Buf();
  }

  @Owned Buf returnWithOne() {
    return new Buf();
  }

  void receiverWithTwo(
      // :: error: [ownership.annotation.invalid]
      @Borrowed @Owned TwoAnnotations this) {}

  void receiverWithOne(@Borrowed TwoAnnotations this) {}

  void locals() {
    // :: error: [ownership.annotation.invalid]
    @Owned @Borrowed Buf b = new Buf();
    @Owned Buf c = new Buf();
    c.write(1);
  }

  // Annotations on different types of one declaration are each alone on their type.
  void arrayAndElement(@Owned Buf @Owned [] bufs) {}

  // :: error: [ownership.annotation.invalid]
  void twoOnTheArrayType(Buf @Owned @Mut [] bufs) {}
}
