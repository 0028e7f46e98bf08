import java.io.*;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

// The JDK's resources in code nobody annotated (SPEC §11): an obligation the method must meet
// on every path, shared by its aliases and wrappers.
class JdkResources {

  // -- each source family, never closed

  void fileStream(File f) throws IOException {
    // :: error: [owned.not.released]
    InputStream in = new FileInputStream(f);
    in.read();
  }

  void filesFactory(Path p) throws IOException {
    // :: error: [owned.not.released]
    BufferedReader r = Files.newBufferedReader(p);
    r.readLine();
  }

  void zip(File f) throws IOException {
    // :: error: [owned.not.released]
    ZipFile z = new ZipFile(f);
    z.size();
  }

  void socket(String host) throws IOException {
    // :: error: [owned.not.released]
    Socket s = new Socket(host, 80);
    s.getInputStream();
  }

  void accepted(ServerSocket server) throws IOException {
    // :: error: [owned.not.released]
    Socket s = server.accept();
    s.getPort();
  }

  void channel(Path p) throws IOException {
    // :: error: [owned.not.released]
    FileChannel ch = FileChannel.open(p);
    ch.size();
  }

  void printWriterOnAFileName(String name) throws IOException {
    // :: error: [owned.not.released]
    PrintWriter w = new PrintWriter(name);
    w.println("x");
  }

  // -- the paths Java leaks on

  void closedOnTheNormalPathOnly(File f) throws IOException {
    // :: error: [owned.not.released]
    InputStream in = new FileInputStream(f);
    in.read();
    in.close();
  }

  void closedOnOneBranchOnly(File f, boolean b) throws IOException {
    // :: error: [owned.not.released]
    InputStream in = new FileInputStream(f);
    if (b) {
      in.close();
    }
  }

  void caughtAndRethrownWithoutClose(File f) throws IOException {
    // :: error: [owned.not.released]
    OutputStream out = new FileOutputStream(f);
    try {
      out.write(1);
    } catch (IOException e) {
      f.delete();
      throw e;
    }
    out.close();
  }

  void overwritten(File a, File b) throws IOException {
    // :: error: [owned.not.released]
    InputStream in = new FileInputStream(a); // and leaks if the second open throws
    // :: error: [owned.not.released]
    in = new FileInputStream(b);
    in.close();
  }

  // -- never stored in a local

  long counted(Path p) throws IOException {
    // :: error: [owned.not.released]
    return Files.lines(p).count();
  }

  void loaded(Properties props, File f) throws IOException {
    // :: error: [owned.not.released]
    props.load(new FileInputStream(f));
  }

  void iterated(Path dir) throws IOException {
    // :: error: [owned.not.released]
    for (Path p : Files.newDirectoryStream(dir)) {
      System.out.println(p);
    }
  }

  void dropped(File f) throws IOException {
    // :: error: [owned.not.released]
    new FileOutputStream(f);
  }

  // -- wrappers join the obligation

  void wrapperClosesWhatItWraps(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    BufferedReader r = new BufferedReader(new InputStreamReader(in));
    try {
      r.readLine();
    } finally {
      r.close();
    }
  }

  void closingTheWrappedClosesTheWrapper(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    DataInputStream data = new DataInputStream(in);
    try {
      data.readInt();
    } finally {
      in.close();
    }
  }

  void wrapperNeverClosed(File f) throws IOException {
    // :: error: [owned.not.released]
    BufferedReader r = new BufferedReader(new FileReader(f));
    r.readLine();
  }

  void wrapperOfAChannel(Path p) throws IOException {
    FileChannel ch = FileChannel.open(p);
    try (InputStream in = Channels.newInputStream(ch)) {
      in.read();
    }
  }

  void aliasesShareIt(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    InputStream same = in;
    try {
      same.read();
    } finally {
      same.close();
    }
  }

  // -- dependent resources: released with their parent

  void statementAndResultSetClosedWithTheConnection(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url);
    try {
      Statement st = c.createStatement();
      ResultSet rs = st.executeQuery("select 1");
      rs.next();
    } finally {
      c.close();
    }
  }

  void statementLeaks(Connection c) throws SQLException {
    // :: error: [owned.not.released]
    Statement st = c.createStatement();
    st.execute("delete from t");
  }

  void aLeakedConnectionIsReportedAloneNotItsStatements(String url) throws SQLException {
    // :: error: [owned.not.released]
    Connection c = DriverManager.getConnection(url);
    Statement st = c.createStatement();
    st.execute("x");
  }

  void preparedQuery(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
    }
  }

  // -- handing on ends the duty

  InputStream factoryReturnsIt(File f) throws IOException {
    return new BufferedInputStream(new FileInputStream(f));
  }

  Reader factoryReturnsAWrapperOfALocal(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    return new InputStreamReader(in);
  }

  private InputStream held;

  void storedInAField(File f) throws IOException {
    held = new FileInputStream(f);
  }

  void keptByACollection(File f, List<Closeable> open) throws IOException {
    InputStream in = new FileInputStream(f);
    open.add(in);
  }

  void keptByAnArray(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    Closeable[] all = {in};
    register(all);
  }

  void givenToUnannotatedCodeOutsideTheCompilation(File f, Consumer sink) throws IOException {
    InputStream in = new FileInputStream(f);
    sink.take(in);
  }

  Supplier<Integer> capturedByALambdaHandedOn(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    return () -> {
      try (in) {
        return in.read();
      } catch (IOException e) {
        return -1;
      }
    };
  }

  interface Consumer {
    void take(InputStream in);
  }

  static void register(Closeable[] all) {}

  // -- Java's own idioms stay silent

  void severalResources(File a, File b) throws IOException {
    try (InputStream in = new FileInputStream(a);
        OutputStream out = new FileOutputStream(b)) {
      in.transferTo(out);
    }
  }

  void systemOutWrapped() {
    PrintWriter w = new PrintWriter(System.out);
    w.println("x");
    w.flush();
  }

  long linesInATryWithResources(Path p) throws IOException {
    try (Stream<String> lines = Files.lines(p)) {
      return lines.filter(s -> !s.isEmpty()).count();
    }
  }

  void nullCheckedInFinally(File f) throws IOException {
    InputStream in = null;
    try {
      in = new FileInputStream(f);
      in.read();
    } finally {
      if (in != null) {
        in.close();
      }
    }
  }

  void notResources(String s, byte[] bytes) throws IOException {
    BufferedReader r = new BufferedReader(new StringReader(s));
    r.readLine();
    InputStream in = new ByteArrayInputStream(bytes);
    in.read();
    Scanner words = new Scanner(s);
    words.next();
    Scanner console = new Scanner(System.in);
    console.next();
    Socket unconnected = new Socket();
    unconnected.getPort();
  }

  void gzipOverAFile(File f) throws IOException {
    try (InputStream in = new GZIPInputStream(new FileInputStream(f))) {
      in.read();
    }
  }

  void closedAtOnce(File f) throws IOException {
    new FileOutputStream(f).close();
  }

  // A field that owns a stream, closed in the class's close().
  static final class Log implements Closeable {
    private final Writer out;

    Log(File f) throws IOException {
      this.out = new BufferedWriter(new FileWriter(f));
    }

    void write(String s) throws IOException {
      out.write(s);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  // A subclass of a resource: `super(..)` opens the object being built, which its class closes.
  static final class NamedFile extends RandomAccessFile {
    NamedFile(File f) throws IOException {
      super(f, "r");
    }
  }

  // A wrapper's subclass gives its super constructor what it wraps.
  static final class FileLines extends BufferedReader {
    FileLines(File f) throws IOException {
      super(new FileReader(f));
    }
  }

  // Handed to a constructor that keeps it through Objects.requireNonNull.
  static final class Source implements Closeable {
    private final InputStream in;

    Source(InputStream in) {
      this.in = new BufferedInputStream(Objects.requireNonNull(in, "in"));
    }

    Source(Path p) throws IOException {
      this(Files.newInputStream(p));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
