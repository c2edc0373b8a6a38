package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generator's foreign mobile numbers are numbers real people could hold: valid for
 * libphonenumber in every country a variation writes. An
 * invalid one is junk to the detector, so a ring's shared number would vanish from the graph.
 */
class SynthPhonesTest {
  private static List<Countries.Country> countries() {
    List<Countries.Country> out = new ArrayList<>(Countries.CONTRACTOR_COUNTRIES);
    out.add(Countries.GB);
    out.add(Countries.DE);
    out.add(Countries.ES);
    out.add(Countries.PT);
    return out;
  }

  @Test
  void everyDrawnMobileNumberIsValidInItsCountry() throws Exception {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    for (Countries.Country c : countries()) {
      SplittableRandom r = new SplittableRandom(7);
      for (int i = 0; i < 500; i++) {
        String nsn = Countries.mobileNsn(r, c);
        // The number itself, internationally (Argentina marks mobiles with a 9 after the
        // country code); the notations HR writes it in are SynthFormatsTest's business.
        String written = "+" + c.dial() + (c.code().equals("AR") ? " 9 " : " ") + nsn;
        Phonenumber.PhoneNumber parsed = util.parse(written, c.code());
        assertTrue(util.isValidNumber(parsed), () -> c.code() + ": " + written + " is no valid number");
        assertEquals(c.dial(), String.valueOf(parsed.getCountryCode()), () -> c.code() + ": " + written);
      }
    }
  }

  @Test
  void theDramaRangeAndOverlongNumbersAreNeverDrawn() {
    assertTrue(!Countries.validMobile(Countries.GB, "7700900123"), "Ofcom's drama range is not a real number");
    assertTrue(!Countries.validMobile(Countries.DE, "17061224162"), "0170 numbers have seven subscriber digits");
    assertTrue(Countries.validMobile(Countries.DE, "15112345678"));
  }
}
