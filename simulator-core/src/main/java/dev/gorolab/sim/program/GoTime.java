package dev.gorolab.sim.program;

/**
 * A {@code time.Time} on the virtual clock: {@code nanos} since the program started. The wall
 * date is fixed at the Go playground's epoch, 2009-11-10 23:00:00 UTC, so output is reproducible.
 */
public record GoTime(long nanos) {

  /** Seconds from 1970-01-01 to 2009-11-10 23:00:00 UTC. */
  private static final long EPOCH_SECONDS = 1_257_894_000L;

  /** Go's {@code %v}: {@code 2009-11-10 23:00:00.5 +0000 UTC m=+0.500000001}. */
  @Override
  public String toString() {
    long secs = EPOCH_SECONDS + Math.floorDiv(nanos, 1_000_000_000L);
    long frac = Math.floorMod(nanos, 1_000_000_000L);
    long days = Math.floorDiv(secs, 86_400L);
    long sod = Math.floorMod(secs, 86_400L);
    long[] ymd = civilFromDays(days);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%04d-%02d-%02d %02d:%02d:%02d", ymd[0], ymd[1], ymd[2], sod / 3600, sod / 60 % 60, sod % 60));
    if (frac != 0) {
      String f = String.format("%09d", frac).replaceAll("0+$", "");
      sb.append('.').append(f);
    }
    sb.append(" +0000 UTC m=");
    sb.append(nanos < 0 ? '-' : '+');
    long a = Math.abs(nanos);
    sb.append(a / 1_000_000_000L).append('.').append(String.format("%09d", a % 1_000_000_000L));
    return sb.toString();
  }

  /** Howard Hinnant's days-to-civil algorithm (proleptic Gregorian). */
  private static long[] civilFromDays(long z) {
    z += 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    return new long[] {m <= 2 ? y + 1 : y, m, d};
  }
}
