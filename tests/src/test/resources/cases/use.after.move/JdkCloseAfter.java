import java.io.*;
import java.sql.*;

// Use of a JDK resource after it was closed, through any alias, wrapper or parent (SPEC §11).
class JdkCloseAfter {
  void readAfterClose(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    in.close();
    // :: error: [use.after.move]
    in.read();
  }

  void readThroughAnAliasAfterClose(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    InputStream same = in;
    same.close();
    // :: error: [use.after.move]
    in.read();
  }

  void wrappedReadAfterTheWrapperClosed(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    try (BufferedInputStream b = new BufferedInputStream(in)) {
      b.read();
    }
    // :: error: [use.after.move]
    in.read();
  }

  void resultSetAfterItsConnectionClosed(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url);
    ResultSet rs;
    try {
      Statement st = c.createStatement();
      rs = st.executeQuery("select 1");
    } finally {
      c.close();
    }
    // :: error: [use.after.move]
    rs.next();
  }

  void closedTwiceIsFine(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    try {
      in.read();
    } finally {
      in.close();
    }
    in.close();
  }

  void readBeforeClose(File f) throws IOException {
    try (InputStream in = new FileInputStream(f)) {
      in.read();
    }
  }
}
