package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.normalize.Phones;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SynthFormatsTest {

  @Test
  void abaCheckDigitMatchesRealRoutingNumbers() {
    // JPMorgan Chase (NY), Bank of America (NY), Wells Fargo (CA), Federal Reserve Bank of Boston
    for (String real : new String[] {"021000021", "026009593", "121000248", "011000015"}) {
      assertTrue(Formats.abaValid(real), real);
    }
    assertFalse(Formats.abaValid("021000022"));
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 1000; i++) {
      assertTrue(Formats.abaValid(Formats.routing(r)));
    }
  }

  @Test
  void ibansCarryValidCheckDigits() {
    assertEquals("82", Formats.ibanCheck("GB", "WEST12345698765432"));
    assertEquals("89", Formats.ibanCheck("DE", "370400440532013000"));
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < 200; i++) {
      String iban = Formats.iban(r, i % 2 == 0 ? "GB" : "DE").replace(" ", "");
      String moved = iban.substring(4) + iban.substring(0, 4);
      StringBuilder num = new StringBuilder();
      for (char c : moved.toCharArray()) {
        num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
      }
      assertEquals(1, new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue(), iban);
    }
  }

  @Test
  void everyPhoneNotationParsesToTheSameNumber() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      assertEquals("+14155550134", Phones.toE164(Formats.usPhone(r, "4155550134"), "US"));
    }
  }

  @Test
  void ssnsAndMacsComeInTheirUsualNotations() {
    SplittableRandom r = new SplittableRandom(4);
    for (int i = 0; i < 200; i++) {
      String ssn = Formats.newSsn(r);
      assertFalse(CompanyPlan.invalidArea(ssn), ssn);
      assertEquals(ssn, Formats.ssn(r, ssn).replaceAll("[^0-9]", ""));
      assertTrue(CompanyPlan.invalidArea(Formats.invalidSsn(r)));
      String mac = Formats.mac(r, "3ca9f4048f8a");
      assertEquals("3ca9f4048f8a", mac.replaceAll("[^0-9A-Fa-f]", "").toLowerCase());
    }
  }

  @Test
  void theSanctionedWalletComesFromTheRealSdnRemarks() {
    OfacReference.SanctionedWallet w = OfacReference.dprkWallet();
    assertEquals("42498", w.entNum());
    assertEquals("SIM, Hyon Sop", w.entryName());
    assertEquals("ETH", w.currency());
    assertEquals("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", w.address());
  }
}
