import java.io.BufferedReader;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;

/**
 * A subclass of a JDK resource opens it through {@code super(...)} (commons-io
 * IORandomAccessFile.java:46 and :60). The {@code super(...)} call initializes {@code this}, the
 * object that the constructor's caller receives and must close: nothing is dropped.
 *
 * <p>The checker reports nothing here (checked by run.sh). At c1a31dc it reported lines 23 and 34: it takes the
 * {@code super(...)} call of a resource constructor (and the resource given to a wrapper's
 * {@code super(...)}) for a {@code new} whose value is dropped.
 */
class SuperConstructorOfResource {

  /** Like commons-io's IORandomAccessFile. */
  static class NamedRandomAccessFile extends RandomAccessFile {
    NamedRandomAccessFile(File file, String mode) throws FileNotFoundException {
      super(file, mode);
    }
  }

  /** The same through a wrapper: the FileReader is joined to {@code this}. */
  static class FileLineReader extends BufferedReader {
    FileLineReader(Reader in) {
      super(in);
    }

    FileLineReader(File file) throws IOException {
      super(new FileReader(file));
    }
  }
}
