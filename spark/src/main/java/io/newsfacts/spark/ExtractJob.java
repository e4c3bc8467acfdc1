package io.newsfacts.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The job: every part of an {@link InputPlan} becomes items, the items are extracted on the
 * executors ({@link ExtractItems}) and their JSON lines saved as {@code DIR/part-NNNNN} files.
 * Partitions keep the input order, so the part files concatenated in name order are what {@code
 * newsfacts extract --format jsonl} prints for the same inputs.
 */
final class ExtractJob {
  /** Bytes of JSON Lines per partition by default (about 500 articles of the bench's length). */
  static final long JSONL_BYTES_PER_PARTITION = 2L * 1024 * 1024;
  /** Article files per partition at most. */
  static final int FILES_PER_PARTITION = 100;

  /** What the job did: articles written, and the messages of every input in input order. */
  record Result(long articles, List<Message> messages) {
    long failures() {
      return messages.stream().filter(Message::failure).count();
    }
  }

  private final JavaSparkContext sc;
  private final long splitBytes;

  /** A job on {@code sc} that gives each task about {@code splitBytes} of a JSON Lines file. */
  ExtractJob(JavaSparkContext sc, long splitBytes) {
    if (splitBytes < 1) {
      throw new IllegalArgumentException("split size must be positive, was " + splitBytes);
    }
    this.sc = sc;
    this.splitBytes = splitBytes;
  }

  /** Runs the job on {@code plan}, writing under {@code output} (a folder that must not exist yet). */
  Result run(InputPlan plan, String output, LocalDate fallbackPublished) {
    CollectionAccumulator<Message> messages = sc.sc().collectionAccumulator("newsfacts messages");
    LongAccumulator articles = sc.sc().longAccumulator("newsfacts articles");
    List<JavaRDD<Item>> parts = new ArrayList<>();
    for (Object part : plan.parts()) {
      if (part instanceof InputPlan.Files f) {
        parts.add(files(f));
      } else if (part instanceof InputPlan.Jsonl j) {
        parts.add(lines(j));
      }
    }
    JavaRDD<Item> items = parts.isEmpty() ? sc.emptyRDD()
        : parts.size() == 1 ? parts.get(0)
        : sc.union(parts.toArray(JavaRDD[]::new));
    items.flatMap(new ExtractItems(fallbackPublished, messages, articles)).saveAsTextFile(output);
    List<Message> all = new ArrayList<>(plan.messages());
    all.addAll(messages.value());
    all.sort(Message.INPUT_ORDER);
    List<Message> once = new ArrayList<>(); // a task run twice (speculation) reports its messages twice
    for (Message m : all) {
      if (once.isEmpty() || !once.get(once.size() - 1).samePlace(m)) {
        once.add(m);
      }
    }
    return new Result(articles.value(), once);
  }

  private JavaRDD<Item> files(InputPlan.Files f) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < f.paths().size(); i++) {
      items.add(Item.file(f.part(), i, f.paths().get(i)));
    }
    int slices = Math.max(1, Math.min(items.size(),
        Math.max(sc.defaultParallelism(), (items.size() + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION)));
    return sc.parallelize(items, slices);
  }

  /**
   * One item per line, numbered from 1 as the CLI numbers them ({@code FILE#LINE}). Lines end at
   * {@code \n} only, as the CLI's reader has it (Hadoop's default also ends them at a lone {@code \r}).
   */
  private JavaRDD<Item> lines(InputPlan.Jsonl j) {
    sc.hadoopConfiguration().set("textinputformat.record.delimiter", "\n");
    int partitions = (int) Math.max(sc.defaultParallelism(),
        Math.min(Integer.MAX_VALUE, (j.bytes() + splitBytes - 1) / splitBytes));
    String uri = java.nio.file.Path.of(j.path()).toAbsolutePath().toUri().toString();
    String path = j.path();
    int part = j.part();
    return sc.hadoopFile(uri, TextInputFormat.class, LongWritable.class, Text.class, partitions)
        .map(t -> t._2().copyBytes()) // Hadoop reuses its Text: copy before the next line
        .zipWithIndex()
        .map(t -> Item.jsonlLine(part, t._2(), path, t._1()));
  }
}
