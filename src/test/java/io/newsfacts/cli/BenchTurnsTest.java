package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code newsfacts bench} times its sides taking turns, each first as often as the others. */
class BenchTurnsTest {
  @Test
  void twoSidesAlternateWhoGoesFirst() {
    assertArrayEquals(new int[] {0, 1}, BenchCommand.turnOrder(2, 0));
    assertArrayEquals(new int[] {1, 0}, BenchCommand.turnOrder(2, 1));
    assertArrayEquals(new int[] {0, 1}, BenchCommand.turnOrder(2, 2));
  }

  @Test
  void everySideRunsOnceATurnAndLeadsOnceEveryRound() {
    int sides = 3;
    int[] firsts = new int[sides];
    for (int turn = 0; turn < 6; turn++) {
      int[] order = BenchCommand.turnOrder(sides, turn);
      assertEquals(sides, java.util.Arrays.stream(order).distinct().count());
      firsts[order[0]]++;
    }
    assertArrayEquals(new int[] {2, 2, 2}, firsts);
  }

  @Test
  void oneSideRunsAlone() {
    assertArrayEquals(new int[] {0}, BenchCommand.turnOrder(1, 5));
  }
}
