import dev.ownership.annotations.*;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

// @SuppressWarnings("ownership") on a class silences every key in all of it: fields, methods,
// nested classes, and the JDK model's findings too. A class next to it is still checked.
@SuppressWarnings("ownership")
class OnClass {
  static void send(@Owned ByteBuffer data) {}

  @Borrowed ByteBuffer notAllowedOnAField;

  void moved() {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    buf.flip();
  }

  void iterating(List<String> names) {
    for (String n : names) {
      names.add(n);
    }
  }

  static class Nested {
    void borrowed(@Borrowed ByteBuffer b) {
      send(b);
    }
  }
}

class NextToIt {
  // :: error: [ownership.annotation.invalid]
  @Borrowed ByteBuffer notAllowedOnAField;

  void moved() {
    ByteBuffer buf = ByteBuffer.allocate(8);
    OnClass.send(buf);
    // :: error: [use.after.move]
    buf.flip();
  }

  void iterating(List<String> names) {
    for (String n : new ArrayList<>(names)) {
      names.add(n);
    }
    for (String n : names) {
      // :: error: [mutation.while.borrowed]
      names.add(n);
    }
  }
}
