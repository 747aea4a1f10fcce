package org.mingjing.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Password complexity and age (等保 2.0 level 3, GB/T 22239-2019 §8.1.4.1 a: 口令应有复杂度要求并定期更换):
 * at least 8 characters from at least three of the four classes (upper case, lower case, digits, symbols),
 * not containing the username, and changed at least every 90 days by default.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;

    private final Duration maxAge;

    PasswordPolicy(@Value("${mingjing.security.password.max-age:90d}") Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    List<String> violations(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.policy.length");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.policy.too-long");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            problems.add("password.policy.classes");
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.policy.username");
        }
        return problems;
    }

    /** Whether a password set at {@code changedAt} has to be changed at {@code now}. */
    boolean expired(Instant changedAt, Instant now) {
        return changedAt == null || changedAt.plus(maxAge).isBefore(now);
    }
}
