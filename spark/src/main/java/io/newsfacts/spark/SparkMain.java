package io.newsfacts.spark;

import io.newsfacts.cli.Visible;
import io.newsfacts.ingest.ArticleReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts-spark}: the facts of many articles, extracted by a Spark job. */
@Command(name = "newsfacts-spark", mixinStandardHelpOptions = true, version = "newsfacts-spark 0.1.0",
    description = "Extract entities, numbers, dates and quotes from French articles with Spark: the same facts "
        + "as 'newsfacts extract --format jsonl', one JSON object per article, written as part files.",
    footer = {"%nExamples:",
        "  ./newsfacts-spark --master 'local[2]' corpus --output facts/",
        "  ./newsfacts-spark archive.jsonl more/ --output facts/",
        "  cat facts/part-* > facts.jsonl   # as 'newsfacts extract --format jsonl'",
        "%nExit codes:%n"
            + "  0  every input processed%n"
            + "  1  some inputs failed (each named on stderr: newsfacts: PATH: reason),%n"
            + "     or the Spark job failed%n"
            + "  2  usage error: bad flag or value, no input, standard input, an existing%n"
            + "     output folder, a Spark that cannot start"})
public final class SparkMain implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, directories (walked recursively) and .jsonl streams (one article per line).")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Folder to write (must not exist): DIR/part-00000, part-00001, ... in input order.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[N], spark://HOST:PORT, yarn ... (default: spark.master if set, else local[*]).")
  String master;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Anchor date for relative dates when an article has no publication date of its own.")
  String published;

  @Option(names = "--solr", paramLabel = "URL", description = "Index into SolrCloud from the executors (not supported yet).")
  String solr;

  @Option(names = "--split-kb", paramLabel = "N",
      description = "Kilobytes of a JSON Lines file per task (default: ${DEFAULT-VALUE}, about 500 news articles).")
  long splitKb = ExtractJob.JSONL_BYTES_PER_PARTITION / 1024;

  @Option(names = {"-q", "--quiet"}, description = "No summary on stderr (errors are still printed).")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate fallback;
    try {
      fallback = published == null ? null : LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      return usage(err, "--published '" + published + "' is not a date written YYYY-MM-DD");
    }
    if (splitKb < 1) {
      return usage(err, "--split-kb must be at least 1, was " + splitKb);
    }
    if (solr != null) {
      return usage(err, "--solr: indexing into SolrCloud from the Spark job is not supported yet; write the "
          + "facts with --output, or index the articles with 'newsfacts index'");
    }
    if (Files.exists(Path.of(output))) {
      return usage(err, output + ": the output folder exists already (Spark does not overwrite it); remove it "
          + "or name another");
    }
    InputPlan plan;
    try {
      plan = InputPlan.of(inputs, new ArticleReader());
    } catch (InputPlan.Unsupported e) {
      return usage(err, e.getMessage());
    }
    ExtractJob.Result result;
    SparkSession spark;
    try {
      spark = session();
    } catch (Exception e) { // a bad --master, a port in use ... (Scala throws SparkException undeclared)
      return usage(err, "cannot start Spark: " + firstLine(e));
    }
    try {
      result = new ExtractJob(JavaSparkContext.fromSparkContext(spark.sparkContext()), splitKb * 1024).run(plan, output, fallback);
    } catch (Exception e) { // SparkException too: a task failed past its retries
      line(err, null, "the Spark job failed: " + firstLine(e));
      return FAILED;
    } finally {
      spark.stop();
    }
    for (Message m : result.messages()) {
      line(err, m.source(), m.failure() ? m.text() : "warning: " + m.text());
    }
    if (!quiet) {
      err.println("newsfacts-spark: " + result.articles() + " articles, " + result.failures() + " failed inputs; "
          + "the facts are in " + output + "/part-* (cat " + output + "/part-* > facts.jsonl)");
      err.flush();
    }
    return result.failures() == 0 ? OK : FAILED;
  }

  private SparkSession session() {
    SparkConf conf = new SparkConf(true).setAppName("newsfacts extract")
        .setIfMissing("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) { // one machine: no web UI port, no host name lookup
      conf.setIfMissing("spark.ui.enabled", "false")
          .setIfMissing("spark.driver.host", "127.0.0.1")
          .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** An exception as one line, without Java's class name when it has a message. */
  private static String firstLine(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
  }

  private static int usage(PrintWriter err, String message) {
    line(err, null, message);
    return USAGE;
  }

  /** {@code newsfacts: SOURCE: message}, as the CLI prints it. */
  static void line(PrintWriter err, String source, String message) {
    err.println("newsfacts: " + (source == null ? "" : Visible.of(source) + ": ") + Visible.of(message));
    err.flush();
  }

  /** The configured command line, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("newsfacts: " + Visible.of(ex.getMessage()));
      ex.getCommandLine().getErr().println("Try 'newsfacts-spark --help'.");
      ex.getCommandLine().getErr().flush();
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      line(c.getErr(), null, "unexpected error: " + firstLine(ex) + " (please report it)");
      return FAILED;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
