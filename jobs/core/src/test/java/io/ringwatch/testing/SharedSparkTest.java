package io.ringwatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SparkTest
class SharedSparkTest {
  @TempDir Path dir;

  @Test
  void sessionWritesAndReadsDelta() {
    Dataset<Row> df = SharedSpark.get().range(10).toDF("id");
    String path = dir.resolve("t").toString();
    df.write().format("delta").save(path);
    assertEquals(10, SharedSpark.get().read().format("delta").load(path).count());
  }

  /** Local files through java.nio (SparkSessionFactory): no chmod or readlink process per file. */
  @Test
  void localFilesGoThroughTheNioFileSystem() throws Exception {
    org.apache.hadoop.conf.Configuration conf = SharedSpark.get().sparkContext().hadoopConfiguration();
    assertEquals(io.ringwatch.spark.NioLocalFileSystem.class,
        org.apache.hadoop.fs.FileSystem.newInstance(java.net.URI.create("file:///"), conf).getClass());
    assertEquals(io.ringwatch.spark.NioLocalFs.class,
        org.apache.hadoop.fs.FileContext.getFileContext(java.net.URI.create("file:///"), conf).getDefaultFileSystem()
            .getClass());
  }
}
