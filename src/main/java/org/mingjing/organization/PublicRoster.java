package org.mingjing.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Service;

/**
 * What the public may know of officers (seed §二(一)2(5): 姓名、职务、执法证号、执法区域) and the certificate
 * check that lets anyone confirm an officer in the field is who they say (seed §二(一)3(1)). Nothing private
 * (ID number, phone) ever leaves through here.
 */
@Service
public class PublicRoster {

    private final Organization organization;
    private final Clock clock;

    PublicRoster(Organization organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    /** One line of the public roster. */
    public record Entry(String name, String post, String certificateNumber, String area, String agencyName) {
    }

    /** The result of a certificate check. */
    public record Verification(boolean valid, String name, String post, String agencyName, LocalDate validUntil,
            String certificateNumber, OfficerStatus status) {
    }

    /**
     * The officers who may act today, of one agency or of all; an unknown agency is not found.
     */
    public List<Entry> roster(String agencyId) {
        Map<String, Agency> agencies = organization.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        List<Agency> scope;
        if (agencyId == null || agencyId.isBlank()) {
            scope = organization.agencies();
        } else {
            Agency agency = agencies.get(agencyId);
            if (agency == null) {
                throw ProblemException.notFound("agency.problem.not-found");
            }
            scope = List.of(agency);
        }
        LocalDate today = LocalDate.now(clock);
        return scope.stream()
                .flatMap(a -> organization.officersOf(a.id()).stream().filter(o -> o.mayActOn(today))
                        .sorted(Comparator.comparing(Officer::certificateNumber)))
                .map(o -> new Entry(o.name(), o.post(), o.certificateNumber(), o.area(),
                        agencies.get(o.agencyId()).name()))
                .toList();
    }

    /**
     * Checks a certificate number: valid when the certificate exists, is current today and its officer is
     * active. An unknown number is simply not valid.
     */
    public Verification verify(String certificateNumber) {
        if (certificateNumber == null || certificateNumber.isBlank()) {
            throw ProblemException.invalid("certificateNumber", "validation.required");
        }
        LocalDate today = LocalDate.now(clock);
        return organization.officerByCertificate(certificateNumber.strip())
                .map(o -> new Verification(o.mayActOn(today), o.name(), o.post(),
                        organization.agency(o.agencyId()).map(Agency::name).orElse(null), o.certificateValidUntil(),
                        o.certificateNumber(), o.status()))
                .orElseGet(() -> new Verification(false, null, null, null, null, certificateNumber.strip(), null));
    }
}
