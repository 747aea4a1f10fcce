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

    /**
     * Display names by username, for the usernames that are accounts (who entered, reviewed and released a
     * publication is shown by name, LAW.md §4).
     */
    Map<String, String> displayNamesOf(Collection<String> usernames);
}
