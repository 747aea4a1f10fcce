package org.mingjing.identity;

import java.util.Collection;
import java.util.Map;

import org.mingjing.organization.OfficerAccounts;
import org.springframework.stereotype.Component;

/** Answers the organisation module's question of which officers have accounts. */
@Component
class AccountsOfOfficers implements OfficerAccounts {

    private final Accounts accounts;

    AccountsOfOfficers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, String> usernamesOf(Collection<String> officerIds) {
        return accounts.usernamesByOfficer(officerIds);
    }

    @Override
    public Map<String, String> displayNamesOf(Collection<String> usernames) {
        return accounts.displayNamesByUsername(usernames);
    }
}
