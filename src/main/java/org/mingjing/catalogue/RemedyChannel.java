package org.mingjing.catalogue;

/** A remedy or supervision channel the agency publishes (救济和监督渠道) besides reconsideration and litigation. */
public record RemedyChannel(String id, String agencyId, ChannelKind kind, String name, String address, String phone,
        String hours, String note, int version) {

    public enum ChannelKind {
        COMPLAINT, SUPERVISION, HOTLINE, ONLINE;

        public String messageKey() {
            return "catalogue.channel." + name();
        }
    }
}
