package io.ringwatch.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The java.nio local file system leaves files exactly as Hadoop's own, without its processes. */
class NioLocalFileSystemTest {
  @TempDir java.nio.file.Path dir;

  /** A file system of the class, not cached (the JVM's cached file:/// one may be either). */
  private static FileSystem fs(Class<? extends FileSystem> impl) throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", impl.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.set("fs.permissions.umask-mode", "027");
    return FileSystem.get(java.net.URI.create("file:///"), conf);
  }

  private String perms(java.nio.file.Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void filesAndFoldersGetThePermissionsHadoopsOwnGives() throws Exception {
    for (FsPermission asked : new FsPermission[] {new FsPermission((short) 0777), new FsPermission((short) 0640),
        new FsPermission((short) 0700)}) {
      String name = Integer.toOctalString(asked.toShort());
      try (FileSystem hadoop = fs(LocalFileSystem.class); FileSystem nio = fs(NioLocalFileSystem.class)) {
        assertTrue(nio instanceof NioLocalFileSystem);
        for (FileSystem f : new FileSystem[] {hadoop, nio}) {
          String who = f.getClass().getSimpleName();
          try (FSDataOutputStream out = f.create(new Path(dir.resolve(who + "-file-" + name).toUri()), asked, true,
              4096, (short) 1, 1 << 20, null)) {
            out.write("x".getBytes(StandardCharsets.UTF_8));
          }
          assertTrue(f.mkdirs(new Path(dir.resolve(who + "-dir-" + name + "/a/b").toUri()), asked));
        }
      }
      for (String kind : new String[] {"-file-", "-dir-"}) {
        String expected = perms(dir.resolve("LocalFileSystem" + kind + name));
        assertEquals(expected, perms(dir.resolve("NioLocalFileSystem" + kind + name)), kind + name);
      }
      assertEquals(perms(dir.resolve("LocalFileSystem-dir-" + name + "/a/b")),
          perms(dir.resolve("NioLocalFileSystem-dir-" + name + "/a/b")));
    }
    // The umask (027) applied as Hadoop applies it: 0777 asked gives rwxr-x---.
    assertEquals("rwxr-x---", perms(dir.resolve("NioLocalFileSystem-file-777")));
  }

  @Test
  void setPermissionSetsExactlyTheBitsAsked() throws Exception {
    try (FileSystem nio = fs(NioLocalFileSystem.class)) {
      java.nio.file.Path file = Files.writeString(dir.resolve("f"), "x");
      nio.setPermission(new Path(file.toUri()), new FsPermission((short) 0604));
      assertEquals("rw----r--", perms(file));
      // A sticky bit (java.nio has none) goes Hadoop's way, and still sets the rest.
      java.nio.file.Path folder = Files.createDirectory(dir.resolve("d"));
      nio.setPermission(new Path(folder.toUri()), new FsPermission((short) 01750));
      assertEquals("rwxr-x---", perms(folder));
    }
  }

  @Test
  void listedStatusesCarryThePermissionOwnerAndGroupHadoopsOwnReads() throws Exception {
    java.nio.file.Path folder = Files.createDirectories(dir.resolve("t/run_date=2026-11-20"));
    Files.writeString(folder.resolve("part-0.parquet"), "x");
    Files.setPosixFilePermissions(Files.writeString(folder.resolve("part-1.parquet"), "xy"),
        PosixFilePermissions.fromString("rw-r-----"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x--x"));
    try (FileSystem nio = fs(NioLocalFileSystem.class); FileSystem hadoop = fs(LocalFileSystem.class)) {
      java.util.Map<Path, FileStatus> ours = new java.util.HashMap<>();
      var it = nio.listLocatedStatus(new Path(dir.resolve("t").toUri()));
      var files = nio.listFiles(new Path(dir.resolve("t").toUri()), true);
      while (files.hasNext()) {
        FileStatus f = files.next();
        ours.put(f.getPath(), f);
      }
      while (it.hasNext()) {
        FileStatus f = it.next();
        ours.put(f.getPath(), f);
      }
      assertEquals(3, ours.size(), ours.keySet().toString());
      for (FileStatus s : ours.values()) {
        FileStatus h = hadoop.getFileStatus(s.getPath());
        assertEquals(h.getPermission(), s.getPermission(), s.getPath().toString());
        assertEquals(h.getOwner(), s.getOwner());
        assertEquals(h.getGroup(), s.getGroup());
        assertEquals(h.getLen(), s.getLen());
        assertEquals(h.isDirectory(), s.isDirectory());
        assertEquals(h.getModificationTime(), s.getModificationTime());
      }
      assertEquals("rwxr-x--x", ours.values().stream().filter(f -> f.getPath().getName().startsWith("run_date="))
          .findFirst().orElseThrow().getPermission().toString());
      // The sticky bit, as `ls -ld` shows it.
      java.nio.file.Path sticky = Files.createDirectory(dir.resolve("sticky"));
      hadoop.setPermission(new Path(sticky.toUri()), new FsPermission((short) 01777));
      assertEquals(hadoop.getFileStatus(new Path(sticky.toUri())).getPermission(),
          nio.getFileStatus(new Path(sticky.toUri())).getPermission());
      assertTrue(nio.getFileStatus(new Path(sticky.toUri())).getPermission().getStickyBit());
    }
  }

  @Test
  void linkStatusIsTheStatusOfAPathThatIsNoLinkAndHadoopsForALink() throws Exception {
    try (FileSystem nio = fs(NioLocalFileSystem.class); FileSystem hadoop = fs(LocalFileSystem.class)) {
      java.nio.file.Path file = Files.writeString(dir.resolve("plain"), "abc");
      FileStatus plain = nio.getFileLinkStatus(new Path(file.toUri()));
      assertFalse(plain.isSymlink());
      assertEquals(3, plain.getLen());
      assertThrows(FileNotFoundException.class, () -> nio.getFileLinkStatus(new Path(dir.resolve("none").toUri())));
      java.nio.file.Path link = Files.createSymbolicLink(dir.resolve("link"), file);
      FileStatus linked = nio.getFileLinkStatus(new Path(link.toUri()));
      FileStatus hadoops = hadoop.getFileLinkStatus(new Path(link.toUri()));
      assertEquals(hadoops.isSymlink(), linked.isSymlink());
      assertEquals(hadoops.getLen(), linked.getLen());
      assertEquals(hadoops.getPath(), linked.getPath());
    }
  }

  /** Delta's log store commits by a FileContext rename that must not replace an existing file. */
  @Test
  void fileContextRenamesAndRefusesToReplaceThroughTheNioLayer() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName());
    FileContext fc = FileContext.getFileContext(java.net.URI.create("file:///"), conf);
    assertTrue(fc.getDefaultFileSystem() instanceof NioLocalFs);
    Path temp = new Path(dir.resolve(".00001.json.tmp").toUri());
    try (FSDataOutputStream out = fc.create(temp, EnumSet.of(CreateFlag.CREATE), Options.CreateOpts.createParent())) {
      out.write("{}".getBytes(StandardCharsets.UTF_8));
    }
    Path commit = new Path(dir.resolve("00001.json").toUri());
    fc.rename(temp, commit, Options.Rename.NONE);
    assertEquals("{}", Files.readString(dir.resolve("00001.json")));
    Path again = new Path(dir.resolve(".again.tmp").toUri());
    fc.create(again, EnumSet.of(CreateFlag.CREATE)).close();
    assertThrows(FileAlreadyExistsException.class, () -> fc.rename(again, commit, Options.Rename.NONE));
  }
}
