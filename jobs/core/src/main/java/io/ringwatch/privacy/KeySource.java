package io.ringwatch.privacy;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.run.RunFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the pseudonym key comes from, first found wins:
 * <ol>
 *   <li>the environment variable {@value #ENV} (the key itself; e.g. from the cluster's secret store);</li>
 *   <li>the file named by {@code ringwatch.privacy.key-file} (or {@code RINGWATCH_KEY_FILE}), whose
 *   content is the key;</li>
 *   <li>only on the embedded local Spark: the output root's local key
 *   ({@code OUTPUT/_ringwatch/local.key}), made at random on first use, with a warning. A run on a
 *   cluster without a key refuses to start.</li>
 * </ol>
 * There is no default key in any file: a key in the repository would be a public key.
 */
public final class KeySource {
  public static final String ENV = "RINGWATCH_KEY";
  private static final Logger LOG = LoggerFactory.getLogger(KeySource.class);

  private KeySource() {}

  /** The key of a run writing to {@code localKey}'s output root; {@code local}: the embedded local Spark. */
  public static PseudonymKey resolve(Settings settings, Path localKey, Configuration hadoop, boolean local) {
    return resolve(System.getenv(ENV), keyFile(settings), localKey, hadoop, local);
  }

  /** The configured key file, or "" for none. */
  public static String keyFile(Settings settings) {
    return new ConfigReader(settings.raw(), "ringwatch.privacy").string("key-file", "").strip();
  }

  static PseudonymKey resolve(String env, String keyFile, Path localKey, Configuration hadoop, boolean local) {
    if (env != null && !env.isBlank()) {
      return make(env, "environment variable " + ENV);
    }
    if (!keyFile.isEmpty()) {
      Path p = new Path(keyFile);
      try {
        return make(read(p, hadoop), "key file " + keyFile);
      } catch (java.io.FileNotFoundException e) {
        throw RunFailure.usage("setting ringwatch.privacy.key-file names " + keyFile + ", which does not exist");
      } catch (IOException e) {
        throw RunFailure.usage("cannot read the key file " + keyFile + ": " + e.getMessage());
      }
    }
    if (!local) {
      throw RunFailure.usage("no pseudonym key: a run on a cluster needs " + ENV + " or ringwatch.privacy.key-file"
          + " (from your secret store; README \"Pseudonym key\")");
    }
    return localKey(localKey, hadoop);
  }

  /** The output root's local key, made on first use. */
  static PseudonymKey localKey(Path path, Configuration hadoop) {
    try {
      FileSystem fs = io.ringwatch.run.LocalRawFileSystem.of(path, hadoop);
      if (!fs.exists(path)) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        fs.mkdirs(path.getParent());
        // Owner-only before the key is in it; a second run making it at the same moment reads the first's.
        try (OutputStream out = fs.create(path, new FsPermission((short) 0600), false, 4096, fs.getDefaultReplication(path),
            fs.getDefaultBlockSize(path), null)) {
          out.write(Base64.getEncoder().encodeToString(random).getBytes(StandardCharsets.US_ASCII));
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
          return make(read(path, hadoop), "local key " + path);
        }
        fs.setPermission(path, new FsPermission((short) 0600));
        LOG.warn("no pseudonym key given ({} or ringwatch.privacy.key-file): made a random key for this output root at"
            + " {}. Keep it to recompute hashes and to keep value hashes comparable across nights; in production give a"
            + " key from your secret store", ENV, path);
      } else {
        LOG.warn("no pseudonym key given ({} or ringwatch.privacy.key-file): using this output root's local key at {}",
            ENV, path);
      }
      return make(read(path, hadoop), "local key " + path);
    } catch (IOException e) {
      throw RunFailure.output("cannot make or read the local pseudonym key " + path + ": " + e.getMessage());
    }
  }

  private static PseudonymKey make(String material, String source) {
    try {
      return new PseudonymKey(material, source);
    } catch (IllegalArgumentException e) {
      throw RunFailure.usage("the pseudonym key from " + source + " is too short: " + e.getMessage());
    }
  }

  private static String read(Path p, Configuration hadoop) throws IOException {
    FileSystem fs = p.getFileSystem(hadoop);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = fs.open(p)) {
      in.transferTo(out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
