import dev.ownership.annotations.*;
import java.sql.Connection;

final class MemReplace {
  @Owned Connection connection;

  MemReplace(@Owned Connection c) { this.connection = c; }

  // Take the connection out and leave null behind: Rust's mem::replace / Option::take.
  @Owned Connection take(@Mut MemReplace this) {
    var con = connection;
    connection = null;
    return con;
  }
}
