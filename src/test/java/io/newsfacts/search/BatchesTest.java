package io.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hits are worked out a batch at a time, as the output reads them (issue 17: large tables). */
class BatchesTest {
  @Test
  void eachBatchIsLoadedWhenFirstReadAndOnlyOnce() {
    List<String> loads = new ArrayList<>();
    Batches<Integer> list = new Batches<>(1_201, 500, (from, to) -> {
      loads.add(from + "-" + to);
      return IntStream.range(from, to).boxed().toList();
    });
    assertEquals(1_201, list.size());
    assertEquals(List.of(), loads, "nothing is computed before it is read");
    assertEquals(0, list.get(0));
    assertEquals(List.of("0-500"), loads);
    int sum = 0;
    for (int i : list) {
      sum += i;
    }
    assertEquals(1_200 * 1_201 / 2, sum);
    assertEquals(List.of("0-500", "500-1000", "1000-1201"), loads, "in order, each batch once");
  }
}
