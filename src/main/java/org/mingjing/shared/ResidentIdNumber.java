package org.mingjing.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identity number of GB 11643-1999: six digits of region, eight of birth date,
 * three of sequence and a check character computed with ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9
 * 10 5 8 4 2; check characters "10X98765432" for sum mod 11 = 0…10).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    /** True when the number has the right shape, a real birth date not in the future, and its check character. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        String upper = value.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(upper.charAt(i)) || upper.charAt(i) > '9') {
                return false;
            }
        }
        if (birthDate(upper) == null) {
            return false;
        }
        return upper.charAt(17) == checkCharacter(upper.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date the number encodes, or null when it is not a real date or lies in the future. */
    public static LocalDate birthDate(String value) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            return date.isAfter(LocalDate.now()) || date.getYear() < 1900 ? null : date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Hides all but the first 4 and last 4 characters: 4112**********123X. */
    public static String masked(String value) {
        if (value == null || value.length() < 8) {
            return value == null ? null : "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }
}
