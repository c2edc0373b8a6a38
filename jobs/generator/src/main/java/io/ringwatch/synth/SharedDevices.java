package io.ringwatch.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@link Variation#SHARED_DEVICES} variation: laptops shared the way IT departments share
 * them. Three habits, each drawn from a stream of its own and given to benign remote workers
 * ({@link Variations#plainRemote}) no other shared-devices habit touched:
 *
 * <ul>
 *   <li><b>IT support signs in on colleagues' laptops.</b> About one worker in 150 (at least 2)
 *       becomes IT support ({@code IT Support Specialist}, {@code Service Desk Technician},
 *       {@code Desktop Support Engineer}, department {@code IT}): remote staff on the corporate
 *       VPN, employed the whole window, not on a night rota. Each signs in with their own account,
 *       from the corporate VPN address they always use, between 09:00 and 17:00 of their working
 *       day, on the laptops of 10-40 colleagues, 1-3 times each (a laptop being set up or repaired,
 *       a remote session). These sign-ins are rows the base company does not have; they are never
 *       written broken, so the rows the base company writes broken stay the same rows.</li>
 *   <li><b>Reassigned laptops.</b> About 2% of the laptops went to their holder during the
 *       window: the device row's holder and {@code shipped_at} are the new holder's, and the
 *       previous holder signed in on it only on days before it was shipped (then a few days for
 *       IT to wipe and ship it). The previous holder left during the window, or got a new laptop
 *       (their own device row's {@code shipped_at} then moves to the day they switched). The new
 *       holder was hired during the window, or used a laptop now back in stock (a spare, no
 *       holder) until the reassigned one arrived.</li>
 *   <li><b>Loaner laptops.</b> About one spare laptop in stock per 500 workers (at least 2; spares
 *       have no holder) is lent in turn to 2-4 workers for a few days each (a trip, their own
 *       laptop in repair), who sign in on it instead of their own.</li>
 * </ul>
 *
 * <p>But for IT support's added sign-ins, the habit keeps every worker's number of rows: it
 * changes which laptop a sign-in and the laptop's telemetry come from, IT support's job title
 * and department, and the shipping date of a reassigned or replaced laptop.
 */
final class SharedDevices {
  /** 1000 + 10 x the variation's ordinal, as every variation's streams. */
  static final long S_SHARED = 1080;
  /** Sub-streams: who, IT support's colleagues, a reassignment, a loaner, the writer's draws. */
  private static final long WHO = 0;
  private static final long SUPPORT = 1;
  private static final long REASSIGN = 2;
  private static final long LOANER = 3;
  private static final long EVENTS = 9;

  static final String[] IT_TITLES = {"IT Support Specialist", "Service Desk Technician",
      "Desktop Support Engineer"};
  /** IT support signs in on colleagues' laptops between these local hours (office hours). */
  static final int OPEN_HOUR = 9;
  static final int CLOSE_HOUR = 17;

  private SharedDevices() {}

  /** The stream of IT support worker {@code idx}'s sign-ins on colleagues' laptops on day {@code d}. */
  static SplittableRandom visitStream(long seed, int idx, int d) {
    return Rand.stream(seed, S_SHARED, EVENTS, idx, d);
  }

  static void apply(CompanyPlan p) {
    long seed = p.opt.seed();
    int n = p.workers.size();
    int days = p.windowDays;
    SplittableRandom r = Rand.stream(seed, S_SHARED, WHO);
    List<Worker> candidates = new ArrayList<>();
    for (Worker w : p.workers) {
      if (Variations.plainRemote(p, w)) {
        candidates.add(w);
      }
    }
    List<Worker> pool = Variations.shuffled(r, candidates);
    boolean[] taken = new boolean[n];

    // IT support: remote, on the corporate VPN, in office hours the whole window
    int supportCount = Math.max(2, (int) Math.round(n / 150.0));
    List<Worker> support = new ArrayList<>();
    for (Worker w : pool) {
      if (support.size() < supportCount && w.corpVpn && !w.nightShift && wholeWindow(p, w)) {
        support.add(w);
        taken[w.idx] = true;
      }
    }

    // laptops in stock (no holder, shipped to the office before the window), in an order drawn
    List<Worker.Device> stock = new ArrayList<>();
    for (int i : order(r, p.spareDevices.size())) {
      Worker.Device d = p.spareDevices.get(i);
      if (!d.assigned && d.shipped.isBefore(p.windowStart)) {
        stock.add(d);
      }
    }
    int at = 0; // next laptop of the stock

    if (days >= 10) { // the loaners first: a small company's stock is a few laptops
      at = loaners(p, pool, taken, stock, at);
      at = reassign(p, pool, taken, stock, at);
    }
    support(p, support, pool, taken);
  }

  // ---- reassigned laptops -------------------------------------------------------------------

  private static int reassign(CompanyPlan p, List<Worker> pool, boolean[] taken,
      List<Worker.Device> stock, int at) {
    long seed = p.opt.seed();
    int days = p.windowDays;
    int laptops = p.spareDevices.size();
    for (Worker w : p.workers) {
      laptops += w.devices.size();
    }
    int count = Math.max(1, (int) Math.round(0.02 * laptops));
    // holders hired during the window, whose first laptop was shipped in it; leavers who left
    // during it; anyone else employed the whole window
    List<Worker> hires = new ArrayList<>();
    List<Worker> leavers = new ArrayList<>();
    List<Worker> others = new ArrayList<>();
    for (Worker w : pool) {
      if (taken[w.idx]) {
        continue;
      }
      Worker.Device first = w.devices.get(0);
      int shipped = day(p, first.shipped);
      int left = w.term == null ? -1 : day(p, w.term);
      if (w.term == null && first.assigned && shipped >= 5 && shipped < days) {
        hires.add(w);
      } else if (left >= 2 && left < days - 2 && !w.hire.isAfter(p.windowStart)
          && weekdays(p, 0, left + 1) >= 2) {
        leavers.add(w);
      } else if (wholeWindow(p, w)) {
        others.add(w);
      }
    }
    int hire = 0;
    int other = 0;
    for (int k = 0; k < count; k++) {
      SplittableRandom rr = Rand.stream(seed, S_SHARED, REASSIGN, k);
      // the new holder and the day the laptop was shipped to them
      Worker holder = null;
      int ship = -1;
      boolean fromStock = false;
      while (hire < hires.size() && holder == null) {
        Worker w = hires.get(hire++);
        if (!taken[w.idx]) {
          holder = w;
          ship = day(p, w.devices.get(0).shipped);
        }
      }
      if (holder == null) {
        other = next(others, taken, other);
        if (other >= others.size() || at >= stock.size()) {
          break;
        }
        holder = others.get(other++);
        ship = Rand.between(rr, 6, days - 2);
        fromStock = true;
      }
      taken[holder.idx] = true;
      // the previous holder's last day on it, a few days before it was shipped (wiped, sent)
      int until = ship - Rand.between(rr, 2, Math.min(6, ship - 3));
      while (until < ship - 2 && weekdays(p, 0, until) < 2) {
        until++;
      }
      Worker.Device laptop = holder.devices.get(0);
      Worker previous = null;
      for (Worker w : leavers) { // one who left before it was shipped, else one who got a new one
        if (!taken[w.idx] && day(p, w.term) + 2 <= ship) {
          previous = w;
          until = day(p, w.term) + 1;
          break;
        }
      }
      if (previous == null) {
        other = next(others, taken, other);
        if (other >= others.size()) {
          taken[holder.idx] = false;
          break;
        }
        if (weekdays(p, 0, until) < 2) { // shipped too early in the window for a previous holder
          taken[holder.idx] = false;
          continue;
        }
        previous = others.get(other++);
        // the new laptop they switched to on that day is their own device row
        previous.devices.get(0).shipped = p.windowStart.plusDays(until - Rand.between(rr, 1, 3));
      }
      taken[previous.idx] = true;
      previous.otherLaptops = List.of(new Worker.Use(0, until, asUsedBy(laptop, previous)));
      if (fromStock) { // the new holder's former laptop went back to stock
        Worker.Device former = stock.get(at++);
        holder.otherLaptops = List.of(new Worker.Use(0, ship, asUsedBy(former, holder)));
        laptop.shipped = p.windowStart.plusDays(ship);
      }
      previous.touched(Variation.SHARED_DEVICES);
      holder.touched(Variation.SHARED_DEVICES);
    }
    return at;
  }

  // ---- loaners ------------------------------------------------------------------------------

  private static int loaners(CompanyPlan p, List<Worker> pool, boolean[] taken,
      List<Worker.Device> stock, int at) {
    int days = p.windowDays;
    int count = Math.max(2, (int) Math.round(p.workers.size() / 500.0));
    int next = 0;
    for (int k = 0; k < count && at < stock.size(); k++) {
      SplittableRandom rr = Rand.stream(p.opt.seed(), S_SHARED, LOANER, k);
      int users = Rand.between(rr, 2, 4);
      // lent in turn: from a weekday, for a few days holding two weekdays at least
      List<int[]> loans = new ArrayList<>();
      int from = rr.nextInt(3);
      while (loans.size() < users) {
        while (from < days && !weekday(p, from)) {
          from++;
        }
        int to = from + Rand.between(rr, 2, 5);
        while (to <= days && weekdays(p, from, to) < 2) {
          to++;
        }
        if (to > days) {
          break;
        }
        loans.add(new int[] {from, to});
        from = to + rr.nextInt(3);
      }
      if (loans.size() < 2) {
        continue;
      }
      List<Worker> borrowers = new ArrayList<>();
      for (int u = 0; u < loans.size(); u++) {
        next = next(pool, taken, next, p);
        if (next >= pool.size()) {
          break;
        }
        borrowers.add(pool.get(next++));
      }
      if (borrowers.size() < 2) {
        break;
      }
      Worker.Device loaner = stock.get(at++);
      for (int u = 0; u < borrowers.size(); u++) {
        Worker w = borrowers.get(u);
        taken[w.idx] = true;
        w.otherLaptops = List.of(new Worker.Use(loans.get(u)[0], loans.get(u)[1],
            asUsedBy(loaner, w)));
        w.touched(Variation.SHARED_DEVICES);
      }
    }
    return at;
  }

  // ---- IT support ---------------------------------------------------------------------------

  private static void support(CompanyPlan p, List<Worker> support, List<Worker> pool,
      boolean[] taken) {
    // office days, leaving the last two so a visit due on a day off is made the next one
    List<Integer> visitDays = new ArrayList<>();
    for (int d = 0; d < p.windowDays - 2; d++) {
      if (weekday(p, d)) {
        visitDays.add(d);
      }
    }
    if (visitDays.isEmpty()) {
      for (int d = 0; d < p.windowDays; d++) {
        if (weekday(p, d)) {
          visitDays.add(d);
        }
      }
    }
    // colleagues: on their own laptop the whole window
    List<Worker> colleagues = new ArrayList<>();
    for (Worker w : pool) {
      if (!taken[w.idx] && wholeWindow(p, w)) {
        colleagues.add(w);
      }
    }
    Vocab.Dept it = Vocab.DEPARTMENTS.stream().filter(d -> d.name().equals("IT")).findFirst()
        .orElseThrow();
    String itManager = null; // who the company's IT staff report to
    for (Worker w : p.workers) {
      if (!w.fraud() && w.dept == it && w.managerId != null && !support.contains(w)) {
        itManager = w.managerId;
        break;
      }
    }
    for (Worker w : support) {
      SplittableRandom rr = Rand.stream(p.opt.seed(), S_SHARED, SUPPORT, w.idx);
      w.title = Rand.pick(rr, IT_TITLES);
      w.dept = it;
      if (itManager != null && !itManager.equals(w.id)) {
        w.managerId = itManager;
      }
      w.touched(Variation.SHARED_DEVICES);
      if (visitDays.isEmpty() || colleagues.isEmpty()) {
        continue;
      }
      int k = Math.min(colleagues.size(), Rand.between(rr, 10, 40));
      List<Worker> helped = Variations.shuffled(rr, colleagues).subList(0, k);
      List<Worker.Visit> visits = new ArrayList<>();
      for (Worker c : helped) {
        int times = Rand.between(rr, 1, 3);
        for (int t = 0; t < times; t++) {
          visits.add(new Worker.Visit(Rand.pick(rr, visitDays), c.devices.get(0)));
        }
        c.touched(Variation.SHARED_DEVICES);
      }
      visits.sort(Comparator.comparingInt(Worker.Visit::day));
      w.visits = visits;
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** {@code laptop} as {@code w} used it: its id and model, the clock and layouts {@code w} set. */
  static Worker.Device asUsedBy(Worker.Device laptop, Worker w) {
    Worker.Device own = w.devices.get(0);
    Worker.Device d = new Worker.Device();
    d.id = laptop.id;
    d.serial = laptop.serial;
    d.mac12 = laptop.mac12;
    d.model = laptop.model;
    d.shipped = laptop.shipped;
    d.shipTo = laptop.shipTo;
    d.shipOffice = laptop.shipOffice;
    d.assigned = laptop.assigned;
    d.zone = own.zone;
    d.keyboards = own.keyboards;
    return d;
  }

  /** Employed from before the window to its end. */
  private static boolean wholeWindow(CompanyPlan p, Worker w) {
    return !w.hire.isAfter(p.windowStart) && w.term == null;
  }

  /** The window day of {@code date} (negative before the window). */
  private static int day(CompanyPlan p, LocalDate date) {
    return (int) ChronoUnit.DAYS.between(p.windowStart, date);
  }

  private static boolean weekday(CompanyPlan p, int d) {
    return p.windowStart.plusDays(d).getDayOfWeek().getValue() <= 5;
  }

  /** Weekdays among window days {@code from} (inclusive) to {@code to} (exclusive). */
  private static int weekdays(CompanyPlan p, int from, int to) {
    int n = 0;
    for (int d = Math.max(0, from); d < Math.min(to, p.windowDays); d++) {
      if (weekday(p, d)) {
        n++;
      }
    }
    return n;
  }

  /** The first index from {@code i} of a worker not taken. */
  private static int next(List<Worker> list, boolean[] taken, int i) {
    while (i < list.size() && taken[list.get(i).idx]) {
      i++;
    }
    return i;
  }

  /** The first index from {@code i} of a worker not taken and employed the whole window. */
  private static int next(List<Worker> list, boolean[] taken, int i, CompanyPlan p) {
    while (i < list.size() && (taken[list.get(i).idx] || !wholeWindow(p, list.get(i)))) {
      i++;
    }
    return i;
  }

  private static int[] order(SplittableRandom r, int size) {
    int[] idx = new int[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    Rand.shuffle(r, idx);
    return idx;
  }
}
