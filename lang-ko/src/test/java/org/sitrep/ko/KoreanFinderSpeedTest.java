package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading must keep up with tokenisation (Nori runs at about 5 MB/s on one thread): the finders
 * are linear scans and should run far faster. The bound here is loose so that a slow build
 * machine does not fail it; a quadratic or backtracking finder fails it by orders of magnitude.
 */
class KoreanFinderSpeedTest {
  private static final String PARAGRAPH =
      "9월23일 탈레반이 판지시르 계곡을 공격했으나 수십명이 사망하고 40명이 부상, 100명이투항하는 피해를 입었다. "
          + "지난 20일에는 최소 25명이 숨지고 50여 명이 다쳤으며 약 600명을 사살했다고 주장했다. "
          + "어제 오후 3시 30분께 UH-60 헬기 2대와 MI-17 1대가 착륙했고, 이틀 전 10만이 안되는 병력이 이동했다. "
          + "지난주 1,500여 명이 피란했고 이달 초 2021년 9월 5일 이후 48시간동안 교전이 이어졌다. ";

  @Test
  void both_finders_read_at_least_five_megabytes_a_second() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 400_000) sb.append(PARAGRAPH);
    String text = sb.toString();
    KoreanQuantityFinder quantities = new KoreanQuantityFinder();
    KoreanDateFinder dates = new KoreanDateFinder();
    long best = Long.MAX_VALUE;
    int found = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      found = quantities.find(text, 0, text.length()).size() + dates.find(text, 0, text.length()).size();
      best = Math.min(best, System.nanoTime() - t0);
    }
    double megabytesPerSecond = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6 / (best / 1e9);
    assertThat(found).isGreaterThan(0);
    assertThat(megabytesPerSecond).as("MB/s").isGreaterThan(5.0);
  }
}
