package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the PDF may break a line: between words, never inside a time, an id or an e-mail. */
class LineBreaksTest {
  static List<String> pieces(String text) {
    LineBreaks b = new LineBreaks();
    b.setText(text);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int end = b.next(); end != -1; end = b.next()) {
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }

  @Test
  void breaksBetweenWordsOnly() {
    assertEquals(List.of("(01:00–10:00 ", "UTC) ", "or"), pieces("(01:00–10:00 UTC) or"));
    assertEquals(List.of("email ", "t***@gmail.com ", "(all"), pieces("email t***@gmail.com (all"));
    assertEquals(List.of("Asia/Pyongyang ", "or ", "Asia/Shanghai"), pieces("Asia/Pyongyang or Asia/Shanghai"));
    assertEquals(List.of("C-67BE740682 ", "claiming ", "US-IL;"), pieces("C-67BE740682 claiming US-IL;"));
    assertEquals(List.of("payout-", "platform  ", "account"), pieces("payout-platform  account"));
    assertEquals(List.of(), pieces(""));
  }
}
