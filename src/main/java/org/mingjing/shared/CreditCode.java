package org.mingjing.shared;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters over the 31 symbols
 * 0-9 and A-Z without I, O, S, V, Z; weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 and check
 * character (31 − sum mod 31) mod 31.
 */
public final class CreditCode {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private CreditCode() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (SYMBOLS.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return value.charAt(17) == checkCharacter(value.substring(0, 17));
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int symbol = SYMBOLS.indexOf(first17.charAt(i));
            if (symbol < 0) {
                throw new IllegalArgumentException("not a credit-code symbol: " + first17.charAt(i));
            }
            sum += symbol * WEIGHTS[i];
        }
        return SYMBOLS.charAt((31 - sum % 31) % 31);
    }
}
