package org.mingjing.storage;

import java.util.regex.Pattern;

/** Keys are relative paths of letters, digits, {@code -_.} and {@code /}, never climbing out of the store. */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.\\-]+(/[A-Za-z0-9_.\\-]+)*");

    private StorageKeys() {
    }

    static String check(String key) {
        if (key == null || key.length() > 400 || !KEY.matcher(key).matches() || key.startsWith(".")
                || key.contains("/.") || key.contains("..")) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return key;
    }
}
