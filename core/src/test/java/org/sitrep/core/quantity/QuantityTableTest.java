package org.sitrep.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTableTest {

  @ParameterizedTest(name = "{0} {1} {2} gives {3}..{4}")
  @CsvSource({
    // value, value2, bound, low, high  -- the rows of the format's table
    "40, 0, EXACT, 40, 40",
    "10, 0, VAGUE, 20, 99",        // 수십, dozens
    "100, 0, VAGUE, 200, 999",     // 수백, hundreds
    "1000, 0, VAGUE, 2000, 9999",  // 수천, thousands
    "1, 0, VAGUE, 2, 9",           // 수 명, a few, several
    "1, 3, VAGUE, 3, 9",           // a handful
    "10, 0, PLUS, 10, 19",         // 십여
    "100, 0, PLUS, 100, 199",      // 백여
    "1000, 0, PLUS, 1000, 1999",   // 천여
    "50, 0, PLUS, 50, 59",         // 50여
    "20, 0, PLUS, 20, 29",
    "200, 0, PLUS, 200, 299",
    "1500, 0, PLUS, 1500, 1599",   // 1,500여
    "20, 30, BETWEEN, 20, 30",     // 20~30명
    "40, 0, APPROX, 36, 44",       // 약 40명
    "50, 0, APPROX, 45, 55",       // about 50
    "600, 0, APPROX, 540, 660",
    "25, 0, APPROX, 22, 28",       // floor(22.5), ceil(27.5)
    "1, 0, APPROX, 1, 2",          // low never below 1
    "25, 0, AT_LEAST, 25, 50",     // 최소 25명
    "1000, 0, AT_LEAST, 1000, 2000",
    "40, 0, MORE_THAN, 41, 80",    // more than 40, 40명 넘게
    "12, 0, MORE_THAN, 13, 24",    // more than a dozen
    "40, 0, UP_TO, 1, 40",         // 최대 40명
    "40, 0, UNDER, 1, 39",         // 40명 미만
    "100000, 0, UNDER, 1, 99999",  // 10만이 안되는
  })
  void gives_the_range_of_the_format_table(long value, long value2, Bound bound, long low, long high) {
    assertThat(QuantityTable.range(value, value2, bound)).isEqualTo(new Range(low, high));
  }

  @Test
  void rejects_phrases_that_give_no_count() {
    assertThatThrownBy(() -> QuantityTable.range(0, 0, Bound.EXACT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuantityTable.range(1, 0, Bound.UNDER)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuantityTable.range(-5, 0, Bound.AT_LEAST)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejects_malformed_values() {
    assertThatThrownBy(() -> QuantityTable.range(30, 20, Bound.BETWEEN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuantityTable.range(20, 30, Bound.EXACT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuantityTable.range(30, 0, Bound.VAGUE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuantityTable.range(10, 0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuantityTable.range(QuantityTable.MAX_VALUE + 1, 0, Bound.EXACT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_range_rejects_zero_and_reversed_ends() {
    assertThatThrownBy(() -> new Range(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Range(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Range(3, 3).exact()).isTrue();
    assertThat(new Range(3, 9).contains(9)).isTrue();
  }
}
