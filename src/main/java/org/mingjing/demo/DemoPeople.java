package org.mingjing.demo;

import java.time.LocalDate;

import org.mingjing.shared.CreditCode;
import org.mingjing.shared.ResidentIdNumber;

/**
 * Makes the identifiers of demo people and agencies: made-up, but with correct check characters, so that
 * every validation the product applies to real data passes on the demo data too.
 */
final class DemoPeople {

    private DemoPeople() {
    }

    /** A resident ID number for someone registered in the region and born on the day, with sequence seq. */
    static String idNumber(String regionCode, LocalDate born, int seq, boolean female) {
        int sequence = seq * 2 + (female ? 0 : 1);
        String first17 = regionCode + born.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A credit code of an organ of state (机关, "11") in the region, with a made-up organisation code. */
    static String agencyCreditCode(String regionCode, int seq) {
        String first17 = "11" + regionCode + String.format("%09d", 5_000_000 + seq * 1_013);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A mobile number that passes the format check. */
    static String mobile(int seq) {
        return "139" + String.format("%08d", 38_100_000 + seq * 7_919);
    }
}
