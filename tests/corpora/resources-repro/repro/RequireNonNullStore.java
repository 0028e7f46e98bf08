import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A constructor that stores its argument into a field through {@code Objects.requireNonNull}
 * (commons-compress FileRandomAccessOutputStream.java:48; commons-io XmlStreamReader.java:627,
 * where it goes on through {@code new BufferedInputStream(Objects.requireNonNull(in, ..))}).
 * {@code requireNonNull} returns its argument: the field holds the channel and {@code close()}
 * closes it.
 *
 * <p>The checker reports nothing here (checked by run.sh). At c1a31dc it reported lines 29 and 39 ("... only reads
 * it"): the summary of the callee does not see the argument reach the field, because the value
 * that {@code requireNonNull} returns is not taken for its argument. Without the call
 * ({@code this.channel = channel}) the same code is silent.
 */
final class RequireNonNullStore {

  static final class ChannelStream implements Closeable {
    private final FileChannel channel;

    ChannelStream(FileChannel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
    }

    ChannelStream(Path file) throws IOException {
      this(FileChannel.open(file));
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  static ChannelStream open(Path file) throws IOException {
    return new ChannelStream(FileChannel.open(file));
  }
}
