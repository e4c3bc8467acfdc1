package io.newsfacts.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one CSV dialect of the tool: RFC 4180, a header, empty cells for nulls, "\n" line ends. */
final class Rows {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private Rows() {}

  static CSVPrinter printer(Appendable out, List<String> header) {
    try {
      return new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void print(CSVPrinter printer, List<String> values) {
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number as the JSON writes it: 14137, 3.5; empty for null. */
  static String number(Double v) {
    if (v == null) {
      return null;
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : v.toString();
  }
}
