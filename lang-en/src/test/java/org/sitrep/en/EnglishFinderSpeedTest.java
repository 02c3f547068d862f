package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * English extraction must run at 2 MB/s or more on one thread, OpenNLP included, so the finders
 * must cost little beside it: they are linear scans. The time is the thread's CPU time, so a busy
 * build machine does not fail the test, and the bound is loose (the finders run at tens of MB/s
 * once warm); a quadratic or backtracking finder fails it by orders of magnitude. The paragraph is
 * far denser in numbers and dates than any report.
 */
class EnglishFinderSpeedTest {
  private static final String PARAGRAPH =
      "KABUL, Aug 28 (Wire) - A U.S. drone strike killed two \"high-profile\" members late on Friday, a day after "
          + "a bombing killed more than 170 people, including 13 American service members. Health officials said at "
          + "least 169 Afghans were killed in Thursday's attack and more than 200 were wounded; dozens of women "
          + "protested on Sunday. On 17 August 2021, several hundred people waved flags; Taliban forces fired, "
          + "killing at least 3 people and wounding more than a dozen. Fatalities: 2. The crossing closed on "
          + "Wednesday last week, nine days after talks at 13:00 on 2 Nov; about 50 families moved since spring.\n\n";

  @Test
  void both_finders_read_at_least_five_megabytes_a_second() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 400_000) sb.append(PARAGRAPH);
    String text = sb.toString();
    EnglishQuantityFinder quantities = new EnglishQuantityFinder();
    EnglishDateFinder dates = new EnglishDateFinder();
    String warmUp = text.substring(0, 50_000);
    for (int round = 0; round < 20; round++) {
      quantities.find(warmUp, 0, warmUp.length());
      dates.find(warmUp, 0, warmUp.length());
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    int found = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      found = quantities.find(text, 0, text.length()).size() + dates.find(text, 0, text.length()).size();
      best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
    }
    double megabytesPerSecond = text.getBytes(StandardCharsets.UTF_8).length / 1e6 / (best / 1e9);
    assertThat(found).isGreaterThan(0);
    assertThat(megabytesPerSecond).as("MB/s").isGreaterThan(5.0);
  }
}
