package org.mingjing.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in, deciding there whether the password has to be changed first. */
@Service
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;
    private final PasswordPolicy passwords;
    private final Clock clock;
    private final boolean enforcePasswordAge;

    AccountDetails(Accounts accounts, PasswordPolicy passwords, Clock clock,
            @Value("${mingjing.security.password.enforce-age:true}") boolean enforcePasswordAge) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.enforcePasswordAge = enforcePasswordAge;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        Instant now = Instant.now(clock);
        boolean changeRequired = account.mustChangePassword()
                || (enforcePasswordAge && passwords.expired(account.passwordChangedAt(), now));
        return new AccountPrincipal(account, changeRequired, now);
    }
}
