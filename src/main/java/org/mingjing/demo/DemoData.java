package org.mingjing.demo;

/** When a start loads the demo data: what other modules that add to the demo (its generated cases) ask too. */
public final class DemoData {

    private DemoData() {
    }

    /** Whether this start may load demo data: explicitly asked for, or by default on the embedded database. */
    public static boolean wanted(Boolean demo, String datasourceUrl) {
        return demo != null ? demo : datasourceUrl.startsWith("jdbc:h2:");
    }
}
