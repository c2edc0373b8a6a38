package io.ringwatch.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Writes {@code auth_events} and {@code endpoint_events} day by day, worker by worker, straight
 * to disk: each (worker, day) draws from its own stream, so nothing is held in memory.
 */
final class EventWriter {
  private static final long S_DAY = 20;
  private static final long S_KP = 21;
  /** Per (worker, day): the variations' event habits, so the day's own stream is not touched. */
  private static final long S_HABIT = 1020;
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final CompanyPlan plan;
  private final CsvOut auth;
  private final CsvOut endpoint;
  private final Breaker authBreaker;
  private final Breaker endpointBreaker;
  private final int firstWeekday;
  private final long windowStartSecond;
  private long authSeq;
  private long endpointSeq;
  /** shared-devices: per worker, the next of IT support's sign-ins on colleagues' laptops. */
  private final int[] nextVisit;

  EventWriter(CompanyPlan plan, CsvOut auth, CsvOut endpoint, Breaker authBreaker,
      Breaker endpointBreaker) {
    this.plan = plan;
    this.auth = auth;
    this.endpoint = endpoint;
    this.authBreaker = authBreaker;
    this.endpointBreaker = endpointBreaker;
    int f = 0;
    while (f < plan.windowDays - 1 && plan.windowStart.plusDays(f).getDayOfWeek().getValue() > 5) {
      f++;
    }
    this.firstWeekday = f;
    this.windowStartSecond = plan.windowStart.toEpochDay() * 86_400L;
    this.nextVisit = new int[plan.workers.size()];
  }

  void write() {
    for (int d = 0; d < plan.windowDays; d++) {
      LocalDate day = plan.windowStart.plusDays(d);
      for (Worker w : plan.workers) {
        if (w.active(day)) {
          workerDay(w, d, day);
        }
      }
    }
  }

  private void workerDay(Worker w, int d, LocalDate day) {
    SplittableRandom r = Rand.stream(plan.opt.seed(), S_DAY, w.idx, d);
    boolean fraud = w.fraud();
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    boolean working = w.nightShift ? (d + w.idx) % 7 < 5 : !weekend;
    if (!fraud && working && Rand.chance(r, 0.04)) {
      working = false; // leave, sick day
    }
    boolean light = false;
    if (!working) {
      if (!Rand.chance(r, fraud ? 0.12 : 0.06)) {
        return;
      }
      light = true;
    }
    boolean forced = fraud && d == firstWeekday;
    boolean onTrip = w.tripStart >= 0 && d >= w.tripStart && d < w.tripStart + w.tripLen;
    boolean asia = w.has(Tactics.ASIA_HOURS);

    ZoneId zone = w.homeZone;
    LocalDate localDate = day;
    int start;
    if (asia) {
      zone = SHANGHAI;
      localDate = day.plusDays(1); // their morning is the claimed day's US evening
      start = Rand.between(r, 8 * 60 + 30, 10 * 60 + 15);
    } else if (onTrip) {
      zone = w.tripZone;
      start = Rand.between(r, 8 * 60, 10 * 60 + 30);
    } else if (w.nightShift) {
      start = Rand.between(r, 21 * 60 + 30, 22 * 60 + 30);
    } else {
      start = Rand.between(r, 7 * 60 + 15, 9 * 60 + 45);
    }
    if (light) {
      start = Rand.between(r, 10 * 60, 19 * 60);
    }
    int length = light ? Rand.between(r, 20, 150) : Rand.between(r, 7 * 60 + 30, 9 * 60 + 30);
    long midnight = ZonedDateTime.of(localDate, java.time.LocalTime.MIDNIGHT, zone).toEpochSecond();
    long t0 = midnight + start * 60L + r.nextInt(60);
    // whether the day has rows follows the base company's zone, so a worker a variation moved
    // keeps the base number of rows (and the rows written broken, which follow the row count,
    // stay where they were); a base company has no other zone
    long baseT0 = w.baseHomeZone == null || !zone.equals(w.homeZone) ? t0
        : ZonedDateTime.of(localDate, java.time.LocalTime.MIDNIGHT, w.baseHomeZone)
            .toEpochSecond() + (t0 - midnight);
    if (baseT0 < windowStartSecond) {
      return; // east of UTC, the first local morning began before the window
    }
    if (t0 < windowStartSecond) {
      t0 = windowStartSecond + 60; // moved east by a variation: the first day starts late
    }

    // where the worker's traffic leaves from today
    boolean inOffice = !fraud && !light && w.office >= 0 && !onTrip && Rand.chance(r, 0.6);
    String base;
    if (fraud) {
      base = w.egressIp;
    } else if (onTrip) {
      base = w.tripIps[(d - w.tripStart) < (w.tripLen + 1) / 2 ? 0 : 1];
    } else if (inOffice) {
      base = plan.officeIps[w.office][r.nextInt(2)];
    } else {
      base = w.homeIps.length > 1 && (d * 7 + w.idx) % 10 < 3 ? w.homeIps[1] : w.homeIps[0];
    }
    boolean vpn = w.corpVpn && !inOffice && !forced && (!fraud || Rand.chance(r, 0.5));
    // variations: habits drawn from a stream of their own (a base company has none)
    SplittableRandom habit = w.viaProxy || w.cloudDesktop
        ? Rand.stream(plan.opt.seed(), S_HABIT, w.idx, d) : null;
    boolean proxyDay = w.viaProxy && !inOffice && Rand.chance(habit, 0.5);
    // the laptop of the day: the worker's first one, but for a variation's borrowed laptop
    Worker.Device primary = w.laptopOn(d);
    String ua = userAgent(w, primary);

    // sign-ins
    int logins = light ? 1 : 1 + (Rand.chance(r, 0.5) ? 1 : 0) + (Rand.chance(r, 0.2) ? 1 : 0);
    if (forced) {
      logins = Math.max(logins, 2);
    }
    String clientIp0 = null;
    for (int k = 0; k < logins; k++) {
      long t = t0 + (k == 0 ? 0 : (long) k * length * 60L / logins + r.nextInt(1800));
      String client = base;
      String vpnClient = null;
      boolean offDevice = false;
      if (fraud) {
        if (k == 0 && d == w.dprkDay) {
          client = IpRanges.KP.get(0).pick(Rand.stream(plan.opt.seed(), S_KP, w.idx, d));
          offDevice = true;
        } else if (k == 0 && contains(w.slipDays, d)) {
          client = Rand.pick(r, w.foreignIps);
          offDevice = true;
        } else if (w.has(Tactics.ASTRILL_VPN) && ((forced && k == 0) || Rand.chance(r, 0.55))) {
          client = Rand.pick(r, plan.astrillIps);
          vpnClient = Rand.chance(r, 0.8) ? Rand.pick(r, Vocab.ASTRILL_NAMES) : null;
        } else if (w.hostingIps != null && ((forced && k == 1) || Rand.chance(r, 0.4))) {
          client = Rand.pick(r, w.hostingIps);
        }
      }
      if (k == 0) {
        clientIp0 = client;
      }
      String device = offDevice ? null : primary.id;
      String agent = offDevice ? Vocab.UA_WIN[0] : ua;
      if (!offDevice && !fraud && Rand.chance(r, 0.05)) { // from the phone
        device = null;
        agent = Vocab.UA_MOBILE[w.idx % Vocab.UA_MOBILE.length];
      }
      if (k == 0 && vpn) {
        authRow(w, t - 40, "vpn_connect", "success", client, primary.id, agent, vpnClient, r);
      }
      String source = vpn && !offDevice ? plan.corpVpnIps[r.nextInt(plan.corpVpnIps.length)]
          : client;
      if (w.cloudDesktop && device != null) { // signed in on the cloud desktop
        source = Rand.pick(habit, plan.cloudIps);
      } else if (proxyDay && device != null) { // the laptop's traffic leaves through the proxy
        source = Rand.pick(habit, plan.proxyIps);
      }
      if (Rand.chance(r, 0.03)) {
        authRow(w, t, "sso_login", "failure", source, device, agent, vpnClient, r);
        t += 40 + r.nextInt(120);
      }
      authRow(w, t, "sso_login", "success", source, device, agent, vpnClient, r);
    }
    if (w.visits != null && !light) {
      supportVisits(w, d, midnight, t0, length);
    }

    // endpoint telemetry of the laptop(s)
    String hbIp = base;
    if (fraud) {
      if (w.has(Tactics.ASTRILL_VPN) && (forced || Rand.chance(r, 0.5))) {
        hbIp = Rand.pick(r, plan.astrillIps);
      } else if (w.hostingIps != null && Rand.chance(r, 0.3)) {
        hbIp = Rand.pick(r, w.hostingIps);
      }
    } else if (vpn && Rand.chance(r, 0.7)) {
      hbIp = plan.corpVpnIps[r.nextInt(plan.corpVpnIps.length)];
    }
    if (proxyDay && Rand.chance(habit, 0.7)) {
      hbIp = Rand.pick(habit, plan.proxyIps);
    }
    String zoneNow = onTrip && Rand.chance(r, 0.7) ? w.tripZone.getId() : primary.zone;
    long span = Math.max(600, length * 60L);
    endpointRow(w, primary, t0 + 120 + r.nextInt(1800), "heartbeat", null, null, hbIp, zoneNow, r);
    if (!light && Rand.chance(r, 0.5)) {
      endpointRow(w, primary, t0 + span / 2 + r.nextInt(1800), "heartbeat", null, null, hbIp,
          zoneNow, r);
    }
    int procs = light ? 1 : Rand.between(r, 2, 5);
    String[] normal = primary.model.mac() ? Vocab.PROCESSES_MAC : Vocab.PROCESSES_WIN;
    for (int p = 0; p < procs; p++) {
      endpointRow(w, primary, t0 + r.nextLong(span), "process_start", Rand.pick(r, normal), null,
          hbIp, zoneNow, r);
    }
    if (w.itTools && !light && Rand.chance(r, 0.5)) {
      String[] tools = primary.model.mac() ? Vocab.HELPDESK_TOOLS_MAC : Vocab.HELPDESK_TOOLS_WIN;
      endpointRow(w, primary, t0 + r.nextLong(span), "process_start", Rand.pick(r, tools), null,
          hbIp, zoneNow, r);
    }
    if (primary.remoteTool != null && (forced || Rand.chance(r, 0.6))) {
      endpointRow(w, primary, t0 + r.nextLong(span), "process_start", primary.remoteTool, null,
          hbIp, zoneNow, r);
    }
    if (primary.kvm != null && (forced || Rand.chance(r, 0.35))) {
      endpointRow(w, primary, t0 + r.nextInt(900), "usb_attach", null, primary.kvm, hbIp,
          zoneNow, r);
    }
    if (Rand.chance(r, 0.04)) {
      endpointRow(w, primary, t0 + r.nextLong(span), "usb_attach", null,
          Rand.pick(r, Vocab.USB_NORMAL), hbIp, zoneNow, r);
    }
    if (w.devices.size() > 1 && !light && Rand.chance(r, 0.15)) {
      Worker.Device second = w.devices.get(1);
      String[] names = second.model.mac() ? Vocab.PROCESSES_MAC : Vocab.PROCESSES_WIN;
      endpointRow(w, second, t0 + r.nextLong(span), "heartbeat", null, null, hbIp, second.zone, r);
      endpointRow(w, second, t0 + r.nextLong(span), "process_start", Rand.pick(r, names), null,
          hbIp, second.zone, r);
    }
  }

  /**
   * shared-devices: IT support signs in on the colleagues' laptops due today (or due on a day
   * they did not work), in office hours within their own working day, from the corporate VPN
   * they always come through. Rows the base company does not have, drawn from a stream of their
   * own and never written broken: the breaker rolls for the base rows alone, so the rows it
   * breaks stay the same rows.
   */
  private void supportVisits(Worker w, int d, long midnight, long t0, int length) {
    int i = nextVisit[w.idx];
    if (i >= w.visits.size() || w.visits.get(i).day() > d) {
      return;
    }
    SplittableRandom v = SharedDevices.visitStream(plan.opt.seed(), w.idx, d);
    long open = Math.max(t0 + 600, midnight + SharedDevices.OPEN_HOUR * 3600L);
    long close = Math.min(t0 + length * 60L - 600, midnight + SharedDevices.CLOSE_HOUR * 3600L);
    if (close <= open) {
      close = open + 1800;
    }
    for (; i < w.visits.size() && w.visits.get(i).day() <= d; i++) {
      Worker.Device laptop = w.visits.get(i).laptop();
      long t = open + v.nextLong(close - open);
      String ip = plan.corpVpnIps[v.nextInt(plan.corpVpnIps.length)];
      auth.row(Rand.pad("AE", ++authSeq, 10), time(t), w.id, "sso_login", "success", ip,
          laptop.id, userAgent(w, laptop), null);
    }
    nextVisit[w.idx] = i;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static String userAgent(Worker w, Worker.Device d) {
    String[] uas = d.model.mac() ? Vocab.UA_MAC : Vocab.UA_WIN;
    return uas[w.idx % uas.length];
  }

  /** {@code yyyy-MM-ddTHH:mm:ssZ} (what ISO_INSTANT prints for whole seconds, without its cost). */
  static String time(long epochSecond) {
    java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(epochSecond, 0,
        java.time.ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(20);
    sb.append(t.getYear()).append('-');
    two(sb, t.getMonthValue()).append('-');
    two(sb, t.getDayOfMonth()).append('T');
    two(sb, t.getHour()).append(':');
    two(sb, t.getMinute()).append(':');
    two(sb, t.getSecond()).append('Z');
    return sb.toString();
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  private void authRow(Worker w, long t, String type, String result, String ip, String device,
      String agent, String vpnClient, SplittableRandom r) {
    String id = Rand.pad("AE", ++authSeq, 10);
    String[] row = {id, time(t), w.id, type, result, ip, device, agent, vpnClient};
    if (!w.fraud() && authBreaker.roll()) {
      switch (authBreaker.kind(5)) {
        case 0 -> {
          row[1] = "";
          authBreaker.record(auth.row(row), id, "missing required value: event_time");
        }
        case 1 -> {
          row[1] = authBreaker.badTime();
          authBreaker.record(auth.row(row), id, "unparseable timestamp: event_time=" + row[1]);
        }
        case 2 -> {
          row[5] = "";
          authBreaker.record(auth.row(row), id, "missing required value: source_ip");
        }
        case 3 -> {
          row[2] = "";
          authBreaker.record(auth.row(row), id, "missing required value: worker_id");
        }
        default -> {
          auth.row(row);
          authBreaker.record(auth.repeatLast(), id, "duplicate key: event_id");
        }
      }
      return;
    }
    auth.row(row);
  }

  private void endpointRow(Worker w, Worker.Device d, long t, String type, String process,
      Vocab.Usb usb, String ip, String zone, SplittableRandom r) {
    String id = Rand.pad("EE", ++endpointSeq, 10);
    boolean hb = type.equals("heartbeat");
    String[] row = {id, time(t), d.id, w.id, type, process, usb == null ? null : usb.vid(),
        usb == null ? null : usb.pid(), usb == null ? null : usb.name(), ip,
        hb ? zone : null, hb ? d.keyboards : null};
    if (!w.fraud() && endpointBreaker.roll()) {
      switch (endpointBreaker.kind(4)) {
        case 0 -> {
          row[2] = "";
          endpointBreaker.record(endpoint.row(row), id, "missing required value: device_id");
        }
        case 1 -> {
          row[1] = endpointBreaker.badTime();
          endpointBreaker.record(endpoint.row(row), id,
              "unparseable timestamp: event_time=" + row[1]);
        }
        case 2 -> {
          row[4] = "";
          endpointBreaker.record(endpoint.row(row), id, "missing required value: event_type");
        }
        default -> {
          endpoint.row(row);
          endpointBreaker.record(endpoint.repeatLast(), id, "duplicate key: event_id");
        }
      }
      return;
    }
    endpoint.row(row);
  }
}
