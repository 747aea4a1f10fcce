package org.mingjing.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.Party;
import org.mingjing.shared.CreditCode;
import org.mingjing.shared.PhoneNumber;
import org.mingjing.shared.ResidentIdNumber;

/**
 * Makes the people and organisations of synthetic cases: Chinese names from the word lists, and identifiers that
 * pass every check the product applies to real ones — resident ID numbers with the GB 11643 check character,
 * unified social credit codes with the GB 32100 check character (over an organisation code with its own GB 11714
 * check character), and telephone numbers of the shapes {@link PhoneNumber} accepts.
 */
final class People {

    /** The symbols of GB 32100 (no I, O, S, V, Z), which the organisation code inside it keeps to as well. */
    private static final String ORGANISATION_CODE_SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

    private final Words words;

    People(Words words) {
        this.words = words;
    }

    String personName(Dice d, boolean female) {
        String given = female ? words.givenFemale() : words.givenMale();
        StringBuilder name = new StringBuilder(3).append(d.pick(words.surnames())).append(d.pick(given));
        if (d.chance(0.65)) {
            name.append(d.pick(given));
        }
        return name.toString();
    }

    /** A natural person of full age on the day, registered in the region or, now and then, elsewhere. */
    Party person(Dice d, PartyRole role, String regionCode, String address, LocalDate onDay) {
        boolean female = d.chance(0.38);
        String name = personName(d, female);
        String born = d.chance(words.mix().otherBirthRegion()) ? d.pick(words.otherBirthRegions()) : regionCode;
        LocalDate birth = onDay.minusYears(d.between(19, 78)).minusDays(d.between(0, 364));
        String id = idNumber(born, birth, d.between(0, 499), female);
        return new Party(role, PartyType.NATURAL_PERSON, name, id, null, null, birth, mobile(d), address, null);
    }

    /** A witness: a name and often a telephone number, nothing more (行政处罚法 Art. 55 asks no more). */
    Party witness(Dice d, String address) {
        return new Party(PartyRole.WITNESS, PartyType.NATURAL_PERSON, personName(d, d.chance(0.4)), null, null, null,
                null, d.chance(0.7) ? mobile(d) : null, d.chance(0.5) ? address : null, null);
    }

    /** An organisation of the kind, named after its place ({@code namePrefix}), with its legal representative. */
    Party organisation(Dice d, Words.PartyKind kind, String namePrefix, String regionCode, String address) {
        PartyType type = PartyType.valueOf(kind.type());
        String name = namePrefix + d.pick(words.orgWords()) + d.pick(kind.suffixes());
        String credit = kind.credit() == null ? null : creditCode(d, kind.credit(), regionCode);
        String phone = d.chance(0.6) ? landline(d) : mobile(d);
        String bank = d.chance(words.mix().bankAccount()) ? bankAccount(d) : null;
        return new Party(PartyRole.PARTY, type, name, null, credit, personName(d, d.chance(0.3)), null, phone, address,
                bank);
    }

    /** GB 11643: region, birth date, a sequence odd for men and even for women, and the check character. */
    static String idNumber(String regionCode, LocalDate birth, int sequence, boolean female) {
        int seq = sequence * 2 + (female ? 0 : 1);
        String first17 = regionCode + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * GB 32100: the two-character registration authority and kind ({@code 51} 社会团体, {@code 52} 民办非企业单位,
     * {@code 91} 企业), the six-digit region, a nine-character organisation code whose last character is the
     * GB 11714 check character, and the check character of the whole.
     */
    static String creditCode(Dice d, String authorityAndKind, String regionCode) {
        StringBuilder body = new StringBuilder(8).append(authorityAndKind.startsWith("5") ? "MJ" : "MA");
        for (int i = 0; i < 6; i++) {
            body.append(authorityAndKind.startsWith("5") ? (char) ('0' + d.between(0, 9))
                    : ORGANISATION_CODE_SYMBOLS.charAt(d.between(0, ORGANISATION_CODE_SYMBOLS.length() - 1)));
        }
        String first17 = authorityAndKind + regionCode + body + organisationCodeCheck(body);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** GB 11714: C9 = 11 − (Σ value × weight mod 11), 10 written X and 11 written 0; letters count from A = 10. */
    static char organisationCodeCheck(CharSequence first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138",
            "139", "150", "151", "152", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "191", "199");

    static String mobile(Dice d) {
        return d.pick(MOBILE_PREFIXES) + String.format("%08d", d.between(0, 99_999_999));
    }

    /** A landline of 三门峡 (area code 0398). */
    static String landline(Dice d) {
        return "0398-" + d.between(2, 8) + String.format("%06d", d.between(0, 999_999));
    }

    static String bankAccount(Dice d) {
        return "41050" + String.format("%07d%08d", d.between(0, 9_999_999), d.between(0, 99_999_999));
    }

    /** The kinds of party, with weights, of the matter's code: the first prefix of the list that matches. */
    static Map<String, Double> kindsFor(Words words, String matterCode) {
        for (Words.PrefixKinds p : words.matterParties()) {
            if (matterCode.startsWith(p.prefix())) {
                return p.kinds();
            }
        }
        return Map.of("person", 1.0);
    }
}
