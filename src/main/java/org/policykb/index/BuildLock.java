package org.policykb.index;

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

/**
 * The one-builder-at-a-time lock: an operating-system lock on {@code <index>/.lock}. The system
 * releases it when its process ends, however it ends, so a build killed with {@code kill -9} never
 * leaves a lock that blocks the next one. The file names the holder for the message.
 */
final class BuildLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private BuildLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static BuildLock acquire(Path root) throws IOException {
    Files.createDirectories(root);
    Path file = root.resolve(".lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      channel.close();
      throw new IndexBusyException("another index build is running (" + (holder.isEmpty() ? "holder unknown" : holder)
          + "); wait for it to finish, or stop it — its lock is released the moment its process ends");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + Instant.now())
        .getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    return new BuildLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }
}
