import java.io.*;
import java.net.Socket;
import java.nio.file.*;
import java.sql.*;

// The categories of JDK-resource findings: on by default, and on only with
// -Aownership.resources=strict (SPEC §11, precision first). This file runs with the default.
class JdkResourceCategories {
  // -- a finally that runs for the exception and lets it go on
  void closedAfterAFinallyThatDoesNotClose(Path p) throws IOException {
    // :: error: [owned.not.released]
    BufferedWriter out = Files.newBufferedWriter(p);
    try {
      out.write("x");
    } finally {
      System.out.println("written");
    }
    out.close();
  }

  // -- categories on only with -Aownership.resources=strict

  Socket configuredAndReturned(String host, int timeout) throws IOException {
    Socket s = new Socket(host, 80);
    s.setSoTimeout(timeout); // if this throws, the socket leaks
    return s;
  }

  void wrapperConstructorThrows(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    try (ObjectInputStream objects = new ObjectInputStream(in)) { // reads a header: may throw
      objects.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
  }

  void anotherResourcesCloseThrows(File a, File b) throws IOException {
    // :: error: [owned.not.released]
    InputStream first = new FileInputStream(a); // leaks if opening the second throws
    InputStream second = new FileInputStream(b);
    try {
      first.transferTo(System.out);
      second.transferTo(System.out);
    } finally {
      first.close(); // if this throws, second is not closed
      second.close();
    }
  }

  // -- never reported

  static ResultSet placeholder(Statement st, ResultSet rs) {
    throw new IllegalStateException("the real body is generated");
  }

  ResultSet handedToAPlaceholder(Statement st) throws SQLException {
    ResultSet rs = st.executeQuery("select 1");
    return placeholder(st, rs);
  }

  boolean aStatementsCurrentResultIsItsStatements(Statement st) throws SQLException {
    ResultSet rs = st.getResultSet();
    return rs != null && rs.next();
  }
}
