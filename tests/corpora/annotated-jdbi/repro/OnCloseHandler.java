import dev.ownership.annotations.*;
import java.util.Scanner;
import java.util.stream.Stream;

abstract class OnCloseHandler {
  abstract @Owned Scanner open();

  // The stream's close handler closes the scanner; the caller owns the stream and closes it.
  @Owned Stream<String> tokens() {
    Scanner in = open();
    return in.tokens().onClose(in::close);
  }
}
