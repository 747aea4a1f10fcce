package org.mingjing.shared;

import java.util.UUID;

/** Opaque identifiers: random UUIDs as strings. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
