package org.policykb.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The 文号 registry of one agency code (机关代字): for each year, the serials the corpus holds, the documents behind
 * them, and the serials between 1 and the highest that it does not hold — what a corpus lacks, or what was never
 * published. Each work counts once, by its shown member.
 *
 * @param agencyCode the agency code, as documents state it (国办发, 苏政办发, 国务院令)
 * @param year the year asked for; null for every year
 * @param years one entry per year the code numbers documents in (null first for a series numbered without years)
 */
public record RegistryResult(String agencyCode, Integer year, String generation, long documents, List<Year> years) {

  /**
   * @param highest the highest serial held
   * @param missing how many serials from 1 to {@code highest} no document holds
   * @param missingRanges those serials as ranges {@code [first, last]}, in order
   * @param numbers each serial held, in order, with its documents
   */
  public record Year(Integer year, int highest, int present, int missing, List<int[]> missingRanges, List<Serial> numbers) {}

  /** One serial and the documents (works) that state it: more than one is a clash worth a look. */
  public record Serial(int serial, String number, List<Numbered> documents) {}

  /** A document stating a number of the code. */
  public record Numbered(String id, String work, String number, Integer year, int serial, String title, LocalDate date) {}

  /** The registry of {@code documents} (shown members stating a number of the code). */
  public static RegistryResult of(String agencyCode, Integer year, String generation, List<Numbered> documents) {
    Map<Integer, Map<Integer, List<Numbered>>> byYear = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    for (Numbered d : documents) {
      if (year == null || Objects.equals(year, d.year())) {
        byYear.computeIfAbsent(d.year(), k -> new TreeMap<>()).computeIfAbsent(d.serial(), k -> new ArrayList<>()).add(d);
      }
    }
    List<Year> years = new ArrayList<>();
    long count = 0;
    for (Map.Entry<Integer, Map<Integer, List<Numbered>>> y : byYear.entrySet()) {
      List<Serial> serials = new ArrayList<>();
      List<int[]> gaps = new ArrayList<>();
      int next = 1;
      int missing = 0;
      for (Map.Entry<Integer, List<Numbered>> s : y.getValue().entrySet()) {
        int serial = s.getKey();
        if (serial > next) {
          gaps.add(new int[] {next, serial - 1});
          missing += serial - next;
        }
        next = Math.max(next, serial + 1);
        List<Numbered> docs = s.getValue().stream().sorted(Comparator.comparing(Numbered::id)).toList();
        count += docs.size();
        serials.add(new Serial(serial, docs.get(0).number(), docs));
      }
      int highest = next - 1;
      years.add(new Year(y.getKey(), highest, serials.size(), missing, gaps, serials));
    }
    return new RegistryResult(agencyCode, year, generation, count, years);
  }
}
