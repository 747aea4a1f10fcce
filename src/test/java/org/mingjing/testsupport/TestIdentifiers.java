package org.mingjing.testsupport;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.mingjing.shared.ResidentIdNumber;

/** Fresh, valid identifiers for tests that share one database, so no two tests collide. */
public final class TestIdentifiers {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestIdentifiers() {
    }

    /** A resident ID number with a correct check character that no other test has used in this run. */
    public static String idNumber() {
        int n = NEXT.incrementAndGet();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n * 37L % 12_000);
        String first17 = "320102" + born.toString().replace("-", "") + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A certificate number no other test has used in this run. */
    public static String certificateNumber() {
        return "T" + System.nanoTime() % 1_000_000_000L + NEXT.incrementAndGet();
    }
}
