import dev.ownership.annotations.*;
import java.sql.Connection;

class NullGuard {
  static void closeQuietly(@Owned Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception ignored) {
      }
    }
  }
}
