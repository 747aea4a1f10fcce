package org.mingjing.organization;

import java.util.Collection;
import java.util.Map;

/**
 * Which officers have an account, answered by the identity module (which depends on this one, so the
 * question is declared here and implemented there).
 */
public interface OfficerAccounts {

    /** Usernames by officer id, for the officers that have an account. */
    Map<String, String> usernamesOf(Collection<String> officerIds);
}
