import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class Primitives {
  static final class Buf {
    void write(int b) {}
  }

  // :: error: [ownership.annotation.invalid]
  @Owned int count;

  // :: error: [ownership.annotation.invalid]
  @Owned
  long total;

  @Owned Buf buf;

  // :: error: [ownership.annotation.invalid]
  void ownedIntParameter(@Owned int x) {}

  // :: error: [ownership.annotation.invalid]
  void borrowedBooleanParameter(@Borrowed boolean flag) {}

  // :: error: [ownership.annotation.invalid]
  void mutDoubleParameter(@Mut double d) {}

  void parametersOnSeveralLines(
      @Owned Buf b,
      // :: error: [ownership.annotation.invalid]
      @Owned int n,
      int m) {}

  // :: error: [ownership.annotation.invalid]
  @Owned int ownedIntReturn() {
    return 0;
  }

  int plainIntReturn() {
    return 0;
  }

  void locals() {
    // :: error: [ownership.annotation.invalid]
    @Owned int i = 0;
    // :: error: [ownership.annotation.invalid]
    @Owned char c = 'c';
    int j = i + c;
    @Owned Buf b = new Buf();
    b.write(j);
  }

  // `@Owned byte[]` annotates the element type `byte`: a primitive.
  // :: error: [ownership.annotation.invalid]
  void elementTypeIsPrimitive(@Owned byte[] data) {}

  // `byte @Owned []` annotates the array: an owned array.
  void ownedArray(byte @Owned [] data) {}

  void ownedArrayOfArrays(int @Owned [][] grid) {}

  // :: error: [ownership.annotation.invalid]
  void innerElementTypeIsPrimitive(@Owned int[][] grid) {}

  // Owned elements: accepted (elements are not tracked yet).
  void ownedElements(@Owned Buf[] bufs) {}

  void ownedArrayOfOwnedElements(@Owned Buf @Owned [] bufs) {}

  void ownedBoxedInteger(@Owned Integer boxed) {}

  byte @Owned [] freshBytes() {
    return new byte[4];
  }

  // :: error: [ownership.annotation.invalid]
  @Owned byte[] freshBytesWrongly() {
    return new byte[4];
  }
}
