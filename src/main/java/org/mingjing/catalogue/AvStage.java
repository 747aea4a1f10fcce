package org.mingjing.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of enforcement for the audio-video recording checklist (音像记录实施清单).
 */
public enum AvStage {
    FILING,
    ON_SITE_ENFORCEMENT,
    INVESTIGATION,
    HEARING,
    DECISION,
    DIRECT_SERVICE,
    LIEN_SERVICE,
    PUBLIC_NOTICE_SERVICE,
    EXECUTION;

    public String messageKey() {
        return "catalogue.av." + name();
    }

    /**
     * The stages that need audio-video recording unless the agency decides otherwise: on-site enforcement,
     * investigation and evidence collection, hearings, lien service and public-notice service
     * (seed §二(二)3(3): 现场执法、调查取证、举行听证、留置送达和公告送达等容易引发争议的行政执法过程).
     */
    public static Set<AvStage> defaults() {
        return EnumSet.of(ON_SITE_ENFORCEMENT, INVESTIGATION, HEARING, LIEN_SERVICE, PUBLIC_NOTICE_SERVICE);
    }

    public static Optional<AvStage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst();
    }
}
