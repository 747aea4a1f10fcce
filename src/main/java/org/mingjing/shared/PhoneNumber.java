package org.mingjing.shared;

import java.util.regex.Pattern;

/**
 * Chinese telephone numbers as officers type them: an 11-digit mobile number starting 13–19, or a
 * landline with its area code (0 and 2–3 digits, then 7–8 digits, an optional hyphen between them and an
 * optional extension).
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private PhoneNumber() {
    }

    public static boolean isValid(String value) {
        return value != null && (MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches());
    }

    /** Keeps the first 3 and last 4 digits of a mobile number: 139****5678. */
    public static String masked(String value) {
        if (value == null || value.length() < 7) {
            return value;
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
