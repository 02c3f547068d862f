package org.sitrep.core.quantity;

/**
 * How a number phrase bounds the count it gives. {@link QuantityTable} turns a value and its
 * bound into a {@link Range}; the javadoc there lists the range of each bound.
 */
public enum Bound {
  /** The number as written: "40명", "twelve". */
  EXACT,
  /** A vague order of magnitude: "수십", "수백", "수 명", "dozens", "a few", "a handful". */
  VAGUE,
  /** About N: "약 40명", "40명 가량", "about 50". */
  APPROX,
  /** At least N: "최소 25명", "150명 이상", "at least 5". */
  AT_LEAST,
  /** More than N: "100명 넘게", "more than 40". */
  MORE_THAN,
  /** At most N: "최대 40명", "40명 이하", "40명까지", "up to ten". */
  UP_TO,
  /** Fewer than N: "10만이 안되는", "40명 미만", "fewer than 40". */
  UNDER,
  /** Between two numbers: "20~30명", "두세 명", "between 20 and 30". */
  BETWEEN,
  /** N and some more (Korean 여): "50여 명", "십여 명", "1,500여 명". */
  PLUS
}
