package io.ringwatch.reference.sanctions;

import io.ringwatch.formats.OfacCsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.run.RunFailure;
import io.ringwatch.reference.sanctions.SanctionsEntry.Dob;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class OfacParserTest {
  @Test
  void csvReaderHandlesQuotesEmptiesCtrlZAndCrlf() {
    List<String[]> rows = OfacCsv.parse("1,\"A, B\",-0- ,\"say \"\"hi\"\"\"\r\n2,\"x\",-0-,-0- \r\n\u001a");
    assertEquals(2, rows.size());
    assertEquals("A, B", rows.get(0)[1]);
    assertNull(rows.get(0)[2]);
    assertEquals("say \"hi\"", rows.get(0)[3]);
    assertNull(rows.get(1)[2]);
    assertNull(rows.get(1)[3]);
  }

  @Test
  void entriesTypesProgramsAndSources() throws Exception {
    SanctionsList list = OfacFixture.list();
    assertEquals(6, list.size());
    SanctionsEntry song = list.byUid("OFAC-SDN:100");
    assertEquals("sdn_extra.csv", song.source(), "a later sdn file replaces the earlier row");
    assertEquals(List.of("CYBER4", "DPRK3"), song.programs());
    assertEquals(SanctionsEntry.Type.INDIVIDUAL, song.type());
    SanctionsEntry silver = list.byUid("OFAC-SDN:101");
    assertEquals(SanctionsEntry.Type.ENTITY, silver.type());
    assertEquals(List.of("DPRK3", "DPRK4"), silver.programs());
    assertTrue(silver.citesNorthKoreaRegulations());
    assertEquals(SanctionsEntry.Type.VESSEL, list.byUid("OFAC-SDN:104").type());
    assertEquals(1, list.report().get("sdn_ent_num_replaced"));
  }

  @Test
  void strongAndWeakAliases() throws Exception {
    SanctionsList list = OfacFixture.list();
    SanctionsEntry silver = list.byUid("OFAC-SDN:101");
    assertEquals(3, silver.aliases().size());
    assertEquals(new SanctionsEntry.Alias("CHINA SILVERSTAR NETWORK", "fka", false), silver.aliases().get(0));
    assertEquals(new SanctionsEntry.Alias("CHINA SILVER STAR", "aka", true), silver.aliases().get(1));
    assertEquals(new SanctionsEntry.Alias("O'HARA TRADING", "aka", true), silver.aliases().get(2));
    assertEquals(List.of("www.silverstarchina.com"), silver.websites());
    assertEquals("Room 1, \"Silver\" Tower", silver.addresses().get(0).street());
    assertEquals(new SanctionsEntry.Alias("SONG, Geum-Hyeok", "aka", false), list.byUid("OFAC-SDN:100").aliases().get(0));
    assertEquals("nka", list.byUid("OFAC-SDN:200").aliases().get(0).kind());
  }

  @Test
  void truncatedRemarksAreJoinedWithTheirContinuationOnly() throws Exception {
    SanctionsList list = OfacFixture.list();
    SanctionsEntry kim = list.byUid("OFAC-SDN:102");
    assertEquals(List.of("kim.tester@example.com"), kim.emails(), "address split across the two files");
    assertEquals(3, kim.wallets().size());
    assertEquals(new SanctionsEntry.Wallet("XBT", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), kim.wallets().get(0));
    assertEquals(new SanctionsEntry.Wallet("ETH", "0xAbCdEf0123456789abcdef0123456789ABCDEF01"), kim.wallets().get(1));
    assertEquals(new SanctionsEntry.Wallet("USDT", "TE3mCcTronAddressXyZ12345"), kim.wallets().get(2));
    // continuation for 100 whose remark is complete: a different publication, not appended
    assertEquals(List.of("wangge327@yahoo.com"), list.byUid("OFAC-SDN:100").emails());
    assertEquals(1, list.report().get("comments_appended"));
    assertEquals(1, list.report().get("comments_stale"));
    assertEquals(1, list.report().get("comments_orphan"));
    assertEquals(1, list.report().get("alt_orphan"));
    assertEquals(1, list.report().get("add_orphan"));
  }

  @Test
  void identifiersInRemarks() throws Exception {
    SanctionsEntry ri = OfacFixture.list().byUid("OFAC-SDN:103");
    assertEquals(3, ri.dobs().size());
    Dob circa = ri.dobs().get(0);
    assertTrue(circa.circa());
    assertTrue(circa.covers(LocalDate.of(1966, 5, 1), 1));
    assertFalse(circa.covers(LocalDate.of(1967, 5, 1), 1));
    Dob range = ri.dobs().get(1);
    assertEquals(LocalDate.of(1970, 1, 1), range.from());
    assertEquals(LocalDate.of(1972, 12, 31), range.to());
    Dob month = ri.dobs().get(2);
    assertEquals(LocalDate.of(1966, 3, 31), month.to());
    assertEquals(List.of("St. Petersburg, Russia"), ri.placesOfBirth());
    assertEquals("Female", ri.gender());
    assertEquals(new SanctionsEntry.IdDocument("109484100", "Korea, North", "109484100 (Korea, North) expires 24 Dec 2024"),
        ri.passports().get(0));
    assertEquals("1234567890", ri.nationalIds().get(0).number());
    assertEquals("Iran", ri.nationalIds().get(0).country());
    assertEquals(List.of("8613314257947"), ri.phones());
    assertEquals(List.of("KOREA KWANGSON BANKING CORP."), ri.linkedTo());
    SanctionsEntry song = OfacFixture.list().byUid("OFAC-SDN:100");
    assertEquals(List.of("Korea, North"), song.nationalities());
    assertEquals(LocalDate.of(1987, 8, 30), song.dobs().get(0).from());
  }

  @Test
  void dobForms() {
    assertNotNull(RemarksParser.parseDob("01 Jan 1970 to 31 Dec 1971"));
    assertEquals(1972, RemarksParser.parseDob("circa 1970-1972").to().getYear());
    assertEquals(LocalDate.of(1983, 11, 25), RemarksParser.parseDob("25 Nov 1983.").from());
    assertNull(RemarksParser.parseDob("unknown"));
    assertNull(RemarksParser.parseDob("31 Feb 1980"));
  }

  @Test
  void missingRequiredFilesAreNamed() throws Exception {
    Path dir = OfacFixture.dir();
    assertThrows(RunFailure.class, () -> OfacParser.parse(dir, List.of("nope.csv"), true));
    SanctionsList lenient = OfacParser.parse(dir, List.of("nope.csv"), false);
    assertEquals(1, lenient.report().get("extra_files_missing"));
    assertThrows(RunFailure.class, () -> OfacParser.parse(dir.resolve("absent"), List.of(), true));
  }

  @Test
  void readsTheFolderThroughHadoopFileSystemsAsTheNightlyRunNamesIt() throws Exception {
    // The nightly run names the sanctions folder as Hadoop does (file:/…, hdfs://…, s3a://…,
    // dbfs:/…): on a cluster it is not on the driver's disk, and java.nio cannot open such names.
    String uri = OfacFixture.dir().toUri().toString();
    assertTrue(uri.startsWith("file:"), uri);
    SanctionsList viaHadoop = OfacParser.parse(uri, List.of("sdn_extra.csv"), true, new Configuration());
    SanctionsList local = OfacFixture.list();
    assertEquals(local.entries(), viaHadoop.entries());
    assertEquals(local.report().counts(), viaHadoop.report().counts());
    RunFailure missing = assertThrows(RunFailure.class,
        () -> OfacParser.parse(uri + "absent", List.of(), true, new Configuration()));
    assertTrue(missing.getMessage().contains("file:"), missing.getMessage());
  }
}
