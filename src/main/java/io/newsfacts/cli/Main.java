package io.newsfacts.cli;

import io.newsfacts.FactKinds;
import io.newsfacts.Pipeline;
import io.newsfacts.model.FactKindList;
import io.newsfacts.nlp.NlpSettings;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsfacts}: extract, index and search facts in French news. */
@Command(
    name = "newsfacts",
    mixinStandardHelpOptions = true,
    version = "newsfacts 0.1.0",
    description = "Extract, index and search facts (entities, numbers, dates, quotes) in French news.",
    subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class, StatsCommand.class,
        ExportCommand.class, ServeCommand.class,
        BenchCommand.class, BaselineCommand.class,
        CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
    footer = {"%nExamples:",
        "  ./newsfacts index corpus",
        "  ./newsfacts search visas --topic immigration",
        "  ./newsfacts export --format csv > facts.csv",
        "  source <(./newsfacts generate-completion)   # Tab completion in bash or zsh",
        ExitCodes.HELP})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final FactKindList kinds;
  private final Supplier<Pipeline> pipelines;
  private Pipeline pipeline;

  /**
   * {@code pipelines} is called at most once, by the first command that needs CoreNLP; its pipeline
   * extracts {@code kinds}, which the index and search commands read.
   */
  Main(FactKindList kinds, Supplier<Pipeline> pipelines) {
    this.kinds = kinds;
    this.pipelines = pipelines;
  }

  /** The fact kinds this command line extracts, indexes and searches. */
  FactKindList kinds() {
    return kinds;
  }

  synchronized Pipeline pipeline() {
    if (pipeline == null) {
      Pipeline p = pipelines.get();
      if (p.kinds() != kinds) {
        throw new IllegalStateException("the pipeline extracts other fact kinds than the command line's");
      }
      pipeline = p;
    }
    return pipeline;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract, index or search");
  }

  /** The configured command line, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, () -> Pipeline.create(NlpSettings.FULL));
  }

  /** The command line for the standard fact kinds with a given source of pipelines (tests share one loaded pipeline). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<Pipeline> pipelines) {
    return commandLine(out, err, FactKinds.STANDARD, pipelines);
  }

  /** The command line for {@code kinds}, whose pipeline {@code pipelines} builds. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, FactKindList kinds,
      Supplier<Pipeline> pipelines) {
    CommandLine cl = new CommandLine(new Main(kinds, pipelines));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    cl.registerConverter(LocalDate.class, Main::date);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("newsfacts: " + Visible.of(UsageErrors.message(ex)));
      if (!UsageErrors.saysWhatIsExpected(ex)) {
        c.getErr().println("Try 'newsfacts " + (c == cl ? "" : c.getCommandName() + " ") + "--help'.");
      }
      c.getErr().flush();
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      Failures.line(c.getErr(), null, "unexpected error: " + what + " (please report it)");
      return ExitCodes.FAILED;
    });
    return cl;
  }

  /** A day as YYYY-MM-DD; the error says so in words, without Java's exception names. */
  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      throw new CommandLine.TypeConversionException("'" + shown + (value.matches("\\d{4}-\\d{2}-\\d{2}")
          ? "' is not a day of the calendar (YYYY-MM-DD)" : "' is not a date written YYYY-MM-DD"));
    }
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
