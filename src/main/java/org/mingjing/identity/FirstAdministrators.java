package org.mingjing.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyDraft;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Organization;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar mingjing.jar bootstrap}: on a new production database (no demo data), registers the top
 * agency of the installation and its three administrators — system, security and audit (三员分立) — with
 * random one-time passwords that must be changed at first sign-in. The passwords go to a file readable only
 * by its owner, never to the log.
 */
@Component
@ConditionalOnProperty(name = "mingjing.command", havingValue = "bootstrap")
class FirstAdministrators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrators.class);
    private static final String SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Organization organization;
    private final AccountAdministration accounts;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final SecureRandom random = new SecureRandom();

    @Value("${mingjing.bootstrap.agency.name:}")
    private String name;
    @Value("${mingjing.bootstrap.agency.short-name:}")
    private String shortName;
    @Value("${mingjing.bootstrap.agency.level:CITY}")
    private AgencyLevel level;
    @Value("${mingjing.bootstrap.agency.region-code:}")
    private String regionCode;
    @Value("${mingjing.bootstrap.agency.credit-code:}")
    private String creditCode;
    @Value("${mingjing.bootstrap.agency.qualification-basis:}")
    private String qualificationBasis;
    @Value("${mingjing.bootstrap.agency.address:}")
    private String address;
    @Value("${mingjing.bootstrap.agency.reconsideration-body:}")
    private String reconsiderationBody;
    @Value("${mingjing.bootstrap.agency.court:}")
    private String court;
    @Value("${mingjing.bootstrap.passwords-file:initial-admin-passwords.txt}")
    private Path passwordsFile;

    FirstAdministrators(Organization organization, AccountAdministration accounts, TransactionTemplate transactions,
            MessageSource messages) {
        this.messages = messages;
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.hasAccounts()) {
            log.error("The database already has accounts; bootstrap changes nothing.");
            return;
        }
        List<String> lines;
        try {
            lines = transactions.execute(status -> {
            Agency agency = organization.registerAgency(null, level, regionCode, new AgencyDraft(name, shortName,
                    creditCode, qualificationBasis, address, null, reconsiderationBody, court, null), "bootstrap");
            return List.of(open("sysadmin", Role.SYSADMIN, agency), open("secadmin", Role.SECADMIN, agency),
                    open("auditor", Role.AUDITOR, agency));
            });
        } catch (ProblemException e) {
            e.fieldProblems().forEach(p -> log.error("mingjing.bootstrap.agency.{}: {}", p.field(),
                    messages.getMessage(p.messageKey(), p.args(), Locale.SIMPLIFIED_CHINESE)));
            throw new IllegalArgumentException("bootstrap refused: the agency settings are incomplete or invalid", e);
        }
        Files.write(passwordsFile, lines, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(passwordsFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict the permissions of {}", passwordsFile);
        }
        log.info("Registered {} and its three administrators; their one-time passwords are in {}", name,
                passwordsFile.toAbsolutePath());
    }

    private String open(String username, Role role, Agency agency) {
        String password = oneTimePassword();
        accounts.openForSetup(new AccountDraft(username, username, agency.id(), null, EnumSet.of(role), password),
                true);
        return username + "\t" + password;
    }

    private String oneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return sb.append("#7").toString();
    }
}
