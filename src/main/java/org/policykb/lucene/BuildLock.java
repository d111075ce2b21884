package org.policykb.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.policykb.index.IndexBusyException;

/**
 * The one-builder-at-a-time lock: an operating-system lock on {@code <index>/.lock}. The system
 * releases it when its process ends, however it ends, so a build killed with {@code kill -9} never
 * leaves a lock that blocks the next one. The file names the holder for the message.
 */
final class BuildLock implements AutoCloseable {
  /**
   * Lock files this process holds. Checked before the file is opened, because on POSIX closing
   * any descriptor of a file drops every lock the process holds on it.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private BuildLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  static BuildLock acquire(Path root) throws IOException {
    Files.createDirectories(root);
    Path file = root.resolve(".lock").toAbsolutePath().normalize();
    if (!HELD.add(file)) {
      throw busy(Files.readString(file, StandardCharsets.UTF_8).strip());
    }
    try {
      return lock(file);
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  private static BuildLock lock(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      channel.close();
      throw busy(holder);
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + Instant.now())
        .getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    return new BuildLock(file, channel, lock);
  }

  private static IndexBusyException busy(String holder) {
    return new IndexBusyException("another index build is running (" + (holder.isEmpty() ? "holder unknown" : holder)
        + "); wait for it to finish, or stop it — its lock is released the moment its process ends");
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
      HELD.remove(file);
    }
  }
}
