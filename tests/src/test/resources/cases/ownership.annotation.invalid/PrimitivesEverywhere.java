import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

// An ownership annotation on a primitive means nothing wherever it is written: in type
// arguments and wildcard bounds, on array components, varargs, casts, instanceof, array
// creation and explicit type arguments. One error per annotation.
class PrimitivesEverywhere {
  // :: error: [ownership.annotation.invalid]
  List<@Owned int[]> rows;

  // :: error: [ownership.annotation.invalid]
  Map<String, @Borrowed long[]> sums;

  // :: error: [ownership.annotation.invalid]
  void bounded(List<? extends @Owned int[]> xs) {}

  // :: error: [ownership.annotation.invalid]
  void varargs(@Mut int... xs) {}

  // :: error: [ownership.annotation.invalid]
  @Borrowed int borrowedIntField;

  Object cast() {
    // :: error: [ownership.annotation.invalid]
    return (@Owned int) 3;
  }

  int[] creation() {
    // :: error: [ownership.annotation.invalid]
    return new @Owned int[3];
  }

  List<int[]> creationWithTypeArguments() {
    // :: error: [ownership.annotation.invalid]
    return new ArrayList<@Owned int[]>();
  }

  List<int[]> explicitTypeArguments() {
    // :: error: [ownership.annotation.invalid]
    return List.<@Owned int[]>of();
  }

  void lambdaTypes() {
    // :: error: [ownership.annotation.invalid]
    IntFunction<@Owned int[]> make = n -> new int[n];
    IntSupplier one = () -> 1;
    make.apply(one.getAsInt());
  }

  // Silent: boxed types, arrays themselves, and owners in type arguments.
  List<@Owned Integer> boxed;
  List<int @Owned []> ownedArrays;
  Map<String, @Owned StringBuilder> builders;

  void ownedArrayParameter(int @Owned [] xs) {}

  Object boxedCast(Object o) {
    return (@Owned StringBuilder) o;
  }
}
