package io.ringwatch.score.signals;

import io.ringwatch.testing.SparkTest;

import io.ringwatch.score.ScoreFrames;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.WorkerSignals;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SparkTest
class DeviceSignalsTest {
  static final Signal IP_KVM = IpKvm.ABOUT;
  static final Signal LAPTOP_FARM = LaptopFarm.ABOUT;
  static final Signal REMOTE_TOOL = RemoteToolOutsideIt.ABOUT;
  static final Signal SHIPPED_AWAY_FROM_HOME = ShippedAwayFromHome.ABOUT;
  static final Signal SHIPPED_FAR_FROM_HOME = ShippedFarFromHome.ABOUT;
  /** The signals this test computes. */
  static final List<Signal> SIGNALS = List.of(IP_KVM, LAPTOP_FARM, REMOTE_TOOL, SHIPPED_AWAY_FROM_HOME, SHIPPED_FAR_FROM_HOME);
  static final List<Signal> SHIPPING = List.of(LAPTOP_FARM, SHIPPED_FAR_FROM_HOME, SHIPPED_AWAY_FROM_HOME);
  static SignalAsserts rows;

  static void worker(ScoreFrames f, String id, String street, String city, String region, String zip,
      String... more) {
    String[] base = {"worker_id", id, "full_name", "Worker " + id, "home_address_line1", street, "home_city", city,
        "home_region", region, "home_postal_code", zip, "home_country", "US", "job_title", "Software Engineer",
        "department", "Engineering"};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    f.worker(all);
  }

  static void laptop(ScoreFrames f, String id, String worker, String street, String city, String region, String zip,
      String country) {
    f.device("device_id", id, "serial_number", "SN" + id, "assigned_worker_id", worker, "shipped_at", "2026-01-05",
        "ship_to_line1", street, "ship_to_city", city, "ship_to_region", region, "ship_to_postal_code", zip,
        "ship_to_country", country);
  }

  static void process(ScoreFrames f, String event, String device, String worker, String process) {
    f.endpoint("event_id", event, "event_time", "2026-11-02T15:00:00Z", "device_id", device, "worker_id", worker,
        "event_type", "process_start", "process_name", process);
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    // three workers across the country whose laptops went to one house that is none of their homes
    worker(f, "D1", "1 Oak St", "Austin", "TX", "78701");
    worker(f, "D2", "2 Pine St", "Denver", "CO", "80202");
    worker(f, "D3", "3 Elm St", "Seattle", "WA", "98101");
    laptop(f, "LT-1", "D1", "12 Elm St", "Phoenix", "AZ", "85001", "US");
    laptop(f, "LT-2", "D2", "12 Elm Street", "Phoenix", "AZ", "85001", "US");
    laptop(f, "LT-3", "D3", "12 Elm St.", "Phoenix", "AZ", "85001-1234", "US");
    // one laptop to another state, one abroad, one to another address in the home state (spelt out)
    worker(f, "D4", "4 Oak St", "Austin", "TX", "78701");
    laptop(f, "LT-4", "D4", "5 Main St", "Tulsa", "OK", "74103", "US");
    worker(f, "D5", "5 Oak St", "Austin", "TX", "78701");
    laptop(f, "LT-5", "D5", "88 Beijing Rd", "Shenyang", "Liaoning", "110000", "CN");
    worker(f, "D6", "6 Oak St", "Austin", "Texas", "78701");
    laptop(f, "LT-6", "D6", "7 Bay St", "Houston", "TX", "77002", "USA");
    // a laptop shipped home
    worker(f, "D7", "7 Oak St", "Austin", "TX", "78701");
    laptop(f, "LT-7", "D7", "7 Oak Street", "Austin", "TX", "78701", "US");
    // the office: ten workers' laptops (one of them living in another state) go to it
    for (int i = 0; i < 10; i++) {
      String w = "O" + i;
      if (i == 0) {
        worker(f, w, "20 Lake Dr", "Denver", "CO", "80203");
      } else {
        worker(f, w, (20 + i) + " Lake Dr", "Austin", "TX", "78702");
      }
      laptop(f, "LT-O" + i, w, "1100 Congress Avenue Suite 400", "Austin", "TX", "78701", "US");
    }
    // an IP-KVM and a plain keyboard; remote tools for an engineer and for IT staff
    f.endpoint("event_id", "EE-1", "event_time", "2026-11-02T14:00:00Z", "device_id", "LT-1", "worker_id", "D1",
        "event_type", "usb_attach", "usb_vendor_id", "1d6b", "usb_product_id", "0104", "usb_product_name", "PiKVM");
    f.endpoint("event_id", "EE-2", "event_time", "2026-11-02T14:00:00Z", "device_id", "LT-7", "worker_id", "D7",
        "event_type", "usb_attach", "usb_vendor_id", "046d", "usb_product_id", "c31c", "usb_product_name",
        "Logitech USB Keyboard");
    process(f, "EE-3", "LT-2", "D2", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe");
    worker(f, "D8", "8 Oak St", "Austin", "TX", "78701", "job_title", "IT Support Specialist", "department", "Operations");
    worker(f, "D9", "9 Oak St", "Austin", "TX", "78701", "job_title", "Analyst", "department", "Information Technology");
    laptop(f, "LT-8", "D8", "8 Oak St", "Austin", "TX", "78701", "US");
    laptop(f, "LT-9", "D9", "9 Oak St", "Austin", "TX", "78701", "US");
    process(f, "EE-4", "LT-8", "D8", "TeamViewer.exe");
    process(f, "EE-5", "LT-9", null, "rustdesk.exe");
    ScoreSettings s = ScoreFrames.scoreSettings();
    rows = new SignalAsserts(new WorkerSignals(s, f.inputs()).rowsOf(SIGNALS), s);
  }

  @Test
  @Fires("laptop_farm")
  void laptopsOfWorkersLivingElsewhereAtOneHouse() {
    for (String w : new String[] {"D1", "D2", "D3"}) {
      rows.fires(w, LAPTOP_FARM, "shipped to 12 Elm", "Phoenix, AZ", "where laptops of 3 workers who do not live there",
          "(no worker's home)");
      rows.silent(w, SHIPPED_FAR_FROM_HOME);
      rows.silent(w, SHIPPED_AWAY_FROM_HOME);
    }
    rows.fires("D1", LAPTOP_FARM, "laptop LT-1");
  }

  @Test
  @Fires({"shipped_far_from_home", "shipped_away_from_home"})
  void shippedToAnotherStateOrCountryOrJustAway() {
    rows.fires("D4", SHIPPED_FAR_FROM_HOME, "laptop LT-4 shipped to 5 Main St, Tulsa, OK", "another region than the worker's home (TX)");
    rows.fires("D5", SHIPPED_FAR_FROM_HOME, "laptop LT-5", "Shenyang", "another country than the worker's home (US)");
    rows.silent("D4", SHIPPED_AWAY_FROM_HOME);
    rows.fires("D6", SHIPPED_AWAY_FROM_HOME, "laptop LT-6 shipped to 7 Bay St, Houston, TX", "not the worker's home");
    rows.silent("D6", SHIPPED_FAR_FROM_HOME);
  }

  @Test
  @Benign({"laptop_farm", "shipped_far_from_home", "shipped_away_from_home"})
  void officeAndHomeShipmentsAreNoSignal() {
    for (String w : new String[] {"D7", "O0", "O1", "O9"}) {
      for (Signal s : SHIPPING) {
        rows.silent(w, s);
      }
    }
  }

  @Test
  @Fires("ip_kvm")
  void ipKvmAttached() {
    rows.fires("D1", IP_KVM, "PiKVM", "(1d6b:0104) attached to laptop LT-1 on 2026-11-02 (event EE-1");
  }

  @Test
  @Benign("ip_kvm")
  void keyboardIsNoKvm() {
    rows.silent("D7", IP_KVM);
  }

  @Test
  @Fires("remote_tool_outside_it")
  void remoteToolOnAnEngineersLaptop() {
    rows.fires("D2", REMOTE_TOOL, "AnyDesk ran on laptop LT-2 1 time(s) (event EE-3) for a Software Engineer");
  }

  @Test
  @Benign("remote_tool_outside_it")
  void itStaffUseRemoteTools() {
    rows.silent("D8", REMOTE_TOOL);
    rows.silent("D9", REMOTE_TOOL);
  }
}
