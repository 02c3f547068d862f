package org.sitrep.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class QuantityTablePropertyTest {

  @Property
  void every_range_has_one_as_least_low_and_high_not_below_low(
      @ForAll @LongRange(min = 2, max = QuantityTable.MAX_VALUE) long n, @ForAll Bound bound) {
    long value = bound == Bound.VAGUE ? powerOfTenAtMost(n) : n;
    long value2 = bound == Bound.BETWEEN ? Math.min(QuantityTable.MAX_VALUE, n + n / 3) : 0;
    Range r = QuantityTable.range(value, value2, bound);
    assertThat(r.low()).isGreaterThanOrEqualTo(1);
    assertThat(r.high()).isGreaterThanOrEqualTo(r.low());
  }

  @Property
  void the_number_as_written_lies_in_its_range_unless_the_phrase_excludes_it(
      @ForAll @LongRange(min = 1, max = QuantityTable.MAX_VALUE) long n) {
    for (Bound b : new Bound[] {Bound.EXACT, Bound.APPROX, Bound.AT_LEAST, Bound.UP_TO, Bound.PLUS}) {
      assertThat(QuantityTable.range(n, 0, b).contains(n)).as(b.name()).isTrue();
    }
    assertThat(QuantityTable.range(n, 0, Bound.MORE_THAN).contains(n)).isFalse();
    if (n >= 2) assertThat(QuantityTable.range(n, 0, Bound.UNDER).contains(n)).isFalse();
  }

  @Property
  void a_vague_order_of_magnitude_covers_two_to_nine_of_its_unit(@ForAll @IntRange(min = 0, max = 14) int exponent) {
    long unit = (long) Math.pow(10, exponent);
    Range r = QuantityTable.range(unit, 0, Bound.VAGUE);
    assertThat(r.contains(2 * unit)).isTrue();
    assertThat(r.contains(9 * unit)).isTrue();
    assertThat(r.contains(unit)).isFalse();
    assertThat(r.contains(10 * unit)).isFalse();
  }

  @Property
  void n_plus_stays_below_the_next_step_of_its_last_digit(@ForAll @LongRange(min = 1, max = 99_999) long n) {
    Range r = QuantityTable.range(n, 0, Bound.PLUS);
    long step = QuantityTable.placeOfLastNonZeroDigit(n);
    assertThat(r.high() - r.low() + 1).isEqualTo(step);
  }

  @Property
  void about_n_is_symmetric_within_a_tenth(@ForAll @LongRange(min = 10, max = 1_000_000) long n) {
    Range r = QuantityTable.range(n, 0, Bound.APPROX);
    assertThat(r.low()).isBetween(n - n / 10 - 1, n);
    assertThat(r.high()).isBetween(n, n + n / 10 + 1);
  }

  private static long powerOfTenAtMost(long n) {
    long u = 1;
    while (u * 10 <= n && u * 10 <= QuantityTable.MAX_VALUE / 10) u *= 10;
    return u;
  }
}
