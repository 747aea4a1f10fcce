package org.mingjing.catalogue;

/** The circumstance levels a discretion standard splits a penalty provision into, lightest first. */
public enum CircumstanceLevel {
    MINOR,
    GENERAL,
    SERIOUS,
    SEVERE;

    public String messageKey() {
        return "catalogue.level." + name();
    }
}
