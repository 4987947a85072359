package org.enforcementdesk.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.enforcementdesk.store.PersonalDataRead;

/**
 * The audit trail of reads as CSV, for the court's security auditor (等保): one row per read, with a header, in UTF-8
 * with a byte-order mark so that Excel on a Chinese Windows opens it without garbling. A cell that Excel would run
 * as a formula ({@code = + - @} first) is written with a leading apostrophe.
 *
 * <pre>{@code
 * try (Stream<PersonalDataRead> reads = desk.personalData().reads(from, to, director);
 *     Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
 *   ReadAuditCsv.write(reads, out);
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>holds</th></tr>
 *   <tr><td>at</td><td>when the desk answered, ISO-8601 UTC</td></tr>
 *   <tr><td>reader_role, reader_id</td><td>who read</td></tr>
 *   <tr><td>query</td><td>the desk's query, e.g. {@code workOrder}</td></tr>
 *   <tr><td>subject</td><td>what it was asked about: a request id, case number, tier, party or resolver id</td></tr>
 *   <tr><td>party_ids</td><td>the parties whose data the answer held, separated by spaces</td></tr>
 *   <tr><td>purpose</td><td>why, as the host stated it ({@code (not stated)} if it did not)</td></tr>
 * </table>
 */
public final class ReadAuditCsv {

  /** The header row's names, in column order. */
  public static final List<String> COLUMNS =
      List.of("at", "reader_role", "reader_id", "query", "subject", "party_ids", "purpose");

  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema SCHEMA = schema();

  private ReadAuditCsv() {}

  /**
   * Writes the reads, the byte-order mark and the header first. Does not close {@code out}.
   *
   * @param reads the reads; not null
   * @param out where to write; its encoding should be UTF-8; not null
   * @return how many reads it wrote
   * @throws IOException if writing fails
   */
  public static long write(Stream<PersonalDataRead> reads, Writer out) throws IOException {
    requireNonNull(reads, "reads");
    requireNonNull(out, "out");
    out.write('\uFEFF');
    long written = 0;
    // The writer must not close the host's Writer: the host opened it and closes it.
    try (SequenceWriter rows = CSV.writer(SCHEMA)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
      for (Iterator<PersonalDataRead> it = reads.iterator(); it.hasNext(); written++) {
        rows.write(row(it.next()));
      }
    }
    out.flush();
    return written;
  }

  private static List<String> row(PersonalDataRead read) {
    return List.of(
        read.at().toString(),
        read.reader().role().name(),
        cell(read.reader().id()),
        cell(read.query()),
        cell(read.subject()),
        cell(String.join(" ", read.partyIds())),
        cell(read.purpose().text()));
  }

  /** Keeps Excel from running a cell as a formula (CSV injection). */
  private static String cell(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static CsvSchema schema() {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    return schema.build();
  }
}
