package io.smartstore.support.testing;

import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A disk that loses what was not synced, for H2: a database opened as {@code jdbc:h2:powercut:/abs/path} writes its
 * file as usual, and each write reaches a second copy, the <em>platters</em>, only when the file is forced (fsync),
 * as on a power cut where the operating system's cache is gone. {@link #platters} is what such a cut leaves at that
 * moment, as a database file of its own. By default nothing is written back unless synced: the worst case of a real
 * cut, held for the whole test. {@link #writeBackAfter} makes it behave like Linux's page cache, which writes a page
 * back once it has been dirty for {@code vm.dirty_expire_centisecs} (30 s by default).
 */
public final class PowerCut extends FilePathWrapper {

    private static final Map<String, Disk> DISKS = new ConcurrentHashMap<>();
    private static volatile long writeBackNanos = Long.MAX_VALUE;

    static {
        FilePath.register(new PowerCut());
    }

    /** Registers the {@code powercut:} prefix with H2 (once per JVM). */
    public static String url(Path database) {
        return "jdbc:h2:powercut:" + database.toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /** From now on, a write held back longer than {@code age} reaches the platters, as the kernel writes dirty pages back. */
    public static void writeBackAfter(java.time.Duration age) {
        writeBackNanos = age.toNanos();
    }

    /** How many times the database's file was forced (fsync) since it was first opened. */
    public static long syncs(Path database) {
        Disk disk = DISKS.get(database.toAbsolutePath() + ".mv.db");
        return disk == null ? 0 : disk.syncs;
    }

    /** What a power cut now leaves of {@code database}'s file, written as the database {@code copy} (its URL returned). */
    public static String platters(Path database, Path copy) {
        Disk disk = DISKS.get(database.toAbsolutePath() + ".mv.db");
        if (disk == null) {
            throw new IllegalStateException("no database was opened through powercut: at " + database + " (opened: " + DISKS.keySet() + ")");
        }
        disk.copyTo(Path.of(copy.toAbsolutePath() + ".mv.db"));
        return "jdbc:h2:file:" + copy.toAbsolutePath();
    }

    @Override
    public String getScheme() {
        return "powercut";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel file = getBase().open(mode);
        String name = getBase().toString();
        if (!name.endsWith(".mv.db")) {
            return file;
        }
        return new HeldBack(file, DISKS.computeIfAbsent(name, Disk::new));
    }

    /** The synced state of one file: a copy taken when first opened, and the writes held back since the last sync. */
    private static final class Disk {
        private final Path platters;
        private final java.util.ArrayDeque<Held> held = new java.util.ArrayDeque<>();
        private FileChannel channel;
        private long syncs;

        Disk(String name) {
            try {
                platters = Path.of(name + ".platters");
                Path file = Path.of(name);
                if (Files.exists(file)) { // what was there before this JVM opened it had reached the disk
                    Files.copy(file, platters, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(platters);
                }
                channel = FileChannel.open(platters, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void write(long position, byte[] bytes) {
            writeBack();
            hold(() -> {
                try {
                    channel.write(ByteBuffer.wrap(bytes), position);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        synchronized void truncate(long size) {
            hold(() -> {
                try {
                    channel.truncate(size);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private void hold(Runnable write) {
            held.add(new Held(System.nanoTime(), write));
        }

        /** The writes held back longer than the write-back age reach the platters, oldest first. */
        private void writeBack() {
            long now = System.nanoTime();
            while (!held.isEmpty() && now - held.getFirst().at() > writeBackNanos) {
                held.removeFirst().write().run();
            }
        }

        synchronized void sync() {
            held.forEach(write -> write.write().run());
            held.clear();
            syncs++;
        }

        synchronized void copyTo(Path target) {
            try {
                channel.force(true);
                Files.copy(platters, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Held(long at, Runnable write) {
    }

    /** The database's file channel: reads and writes as usual, each write also held for the platters until forced. */
    private static final class HeldBack extends FileBaseDefault {
        private final FileChannel file;
        private final Disk disk;

        HeldBack(FileChannel file, Disk disk) {
            this.file = file;
            this.disk = disk;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            ByteBuffer copy = src.duplicate();
            int written = file.write(src, position);
            byte[] bytes = new byte[written];
            copy.get(bytes);
            disk.write(position, bytes);
            return written;
        }

        @Override
        protected void implTruncate(long size) throws IOException {
            file.truncate(size);
            disk.truncate(size);
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
            disk.sync();
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
