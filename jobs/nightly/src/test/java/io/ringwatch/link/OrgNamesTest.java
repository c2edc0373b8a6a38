package io.ringwatch.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrgNamesTest {
  @Test
  void legalFormsPunctuationAndOrderDoNotMatter() {
    assertEquals("brightpath staffing", OrgNames.key("Brightpath Staffing, L.L.C."));
    assertTrue(OrgNames.same("BRIGHTPATH STAFFING LLC", "Brightpath Staffing Inc."));
    assertTrue(OrgNames.same("Acme Talent Group Ltd", "Acme Talent"));
    assertTrue(OrgNames.same("Reynolds & Reynolds", "Reynolds and Reynolds Co"));
  }

  @Test
  void differentOrganisationsAndPeopleDoNotMatch() {
    assertFalse(OrgNames.same("Brightpath Staffing", "Harbor Staffing"));
    assertFalse(OrgNames.same("John Smith", "Brightpath Staffing"));
    assertFalse(OrgNames.same(null, "Acme"));
    assertNull(OrgNames.key("LLC"));
  }
}
