package org.mingjing.calendar;

import java.time.MonthDay;
import java.util.Arrays;
import java.util.Optional;

/**
 * The periods (期间) of LAW.md §1 the product enforces, each with its length, what it is counted in and the
 * article that sets it. Names and citations shown to people come from the message bundle under
 * {@code calendar.rule.<CODE>.name} and {@code calendar.rule.<CODE>.citation}.
 *
 * <p>The day the period starts from is not counted; the deadline is the last day of the period. A calendar-day,
 * month or year period whose last day is not a working day ends on the next working day unless the rule says
 * otherwise ({@link #rollsToWorkingDay()}): 民法典第二百零三条, 民事诉讼法第八十五条 and 行政诉讼法第五十一条 all state
 * this general rule of Chinese procedure law.
 */
public enum PeriodRule {

    /**
     * Publish an enforcement decision (事后公开: agency, party, act type, conclusion) within 20 working days of the
     * decision. 三民〔2019〕73号 二(一)4.
     */
    PUBLISH_ENFORCEMENT_DECISION(20, PeriodUnit.WORKING_DAYS),

    /** Publish a 行政许可 decision within 7 working days of the decision. 三民〔2019〕73号 二(一)4. */
    PUBLISH_LICENSING_DECISION(7, PeriodUnit.WORKING_DAYS),

    /**
     * Publish a 行政处罚 decision within 7 working days of the decision. 三民〔2019〕73号 二(一)4; 行政处罚法第四十八条
     * requires the publication.
     */
    PUBLISH_PENALTY_DECISION(7, PeriodUnit.WORKING_DAYS),

    /**
     * Update published enforcement information within 20 working days after laws, functions or staff change.
     * 三民〔2019〕73号 二(一)5(1).
     */
    UPDATE_AFTER_CHANGE(20, PeriodUnit.WORKING_DAYS),

    /**
     * Take down a published decision that was revoked, found unlawful or must be redone, within 20 working days.
     * 三民〔2019〕73号 二(一)5(2).
     */
    WITHDRAW_PUBLICATION(20, PeriodUnit.WORKING_DAYS),

    /**
     * Withdraw a published penalty decision that was changed, revoked, found unlawful or void, and publish the
     * reason, within 3 days, which are working days. 行政处罚法第四十八条、第八十五条. Stricter than the 20 working
     * days of 三民〔2019〕73号 二(一)5(2), so it wins for penalty decisions.
     */
    WITHDRAW_PENALTY_PUBLICATION(3, PeriodUnit.WORKING_DAYS),

    /** Correct inaccurate published information within 20 working days. 三民〔2019〕73号 二(一)5(3). */
    CORRECT_PUBLICATION(20, PeriodUnit.WORKING_DAYS),

    /**
     * Publish the annual enforcement statistics of the past year by 31 January. 三民〔2019〕73号 二(一)6. A fixed
     * date rather than a period, so it does not move when 31 January is a rest day.
     */
    ANNUAL_STATISTICS_REPORT(MonthDay.of(1, 31)),

    /** Decide a penalty case within 90 days of filing (立案). 行政处罚法第六十条. */
    PENALTY_DECISION(90, PeriodUnit.CALENDAR_DAYS),

    /**
     * Serve the decision within 7 days, which are working days, when the party was absent at its announcement.
     * 行政处罚法第六十一条、第八十五条.
     */
    DELIVERY_TO_ABSENT_PARTY(7, PeriodUnit.WORKING_DAYS),

    /**
     * The party asks for a hearing within 5 days, which are working days, after the notice. 行政处罚法第六十四条、第八十五条.
     */
    HEARING_REQUEST(5, PeriodUnit.WORKING_DAYS),

    /**
     * Notify the party of the hearing's time and place at least 7 days, which are working days, before the hearing:
     * counted back from the hearing day, the deadline is the last day the notice may go out.
     * 行政处罚法第六十四条、第八十五条.
     */
    HEARING_NOTICE(7, PeriodUnit.WORKING_DAYS, PeriodDirection.BEFORE),

    /**
     * Decide what to do with evidence kept under 先行登记保存 within 7 days, which are working days.
     * 行政处罚法第五十六条、第八十五条.
     */
    PRESERVATION_DISPOSAL(7, PeriodUnit.WORKING_DAYS),

    /** Pay the fine within 15 days of receiving the decision; 15 days are calendar days. 行政处罚法第六十七条. */
    FINE_PAYMENT(15, PeriodUnit.CALENDAR_DAYS),

    /**
     * No penalty for a violation not discovered within 2 years of the act (of its end, if it continued).
     * 行政处罚法第三十六条.
     */
    LIMITATION(2, PeriodUnit.YEARS),

    /**
     * The limitation is 5 years where the violation harmed life, health or financial safety. 行政处罚法第三十六条.
     */
    LIMITATION_LIFE_HEALTH_FINANCE(5, PeriodUnit.YEARS),

    /**
     * Decide a licence application within 20 working days of accepting it. 行政许可法第四十二条、第八十二条.
     */
    LICENSING_DECISION(20, PeriodUnit.WORKING_DAYS),

    /**
     * With the agency head's approval the licensing period is extended by 10 working days: 30 working days from
     * acceptance in all. 行政许可法第四十二条、第八十二条.
     */
    LICENSING_DECISION_EXTENDED(30, PeriodUnit.WORKING_DAYS),

    /**
     * Tell the applicant at once, within 5 working days, everything its application lacks.
     * 行政许可法第三十二条、第八十二条.
     */
    NOTIFY_MISSING_MATERIALS(5, PeriodUnit.WORKING_DAYS),

    /** Issue the licence within 10 working days of the decision to grant it. 行政许可法第四十四条、第八十二条. */
    ISSUE_LICENCE(10, PeriodUnit.WORKING_DAYS),

    /**
     * 查封、扣押 last at most 30 days; periods above 10 days in this Act are calendar days.
     * 行政强制法第二十五条、第六十九条.
     */
    SEIZURE(30, PeriodUnit.CALENDAR_DAYS),

    /**
     * With the agency head's approval 查封、扣押 may be extended by at most 30 days: 60 days from the seizure in all.
     * 行政强制法第二十五条.
     */
    SEIZURE_EXTENDED(60, PeriodUnit.CALENDAR_DAYS),

    /**
     * Apply for 行政复议 within 60 days of learning of the act. 行政复议法第二十条.
     */
    RECONSIDERATION_APPLICATION(60, PeriodUnit.CALENDAR_DAYS),

    /**
     * Bring a 行政诉讼 within 6 months of learning of the act. 行政诉讼法第四十六条.
     */
    LITIGATION(6, PeriodUnit.MONTHS),

    /**
     * Publish the results of a random inspection (双随机) within 20 working days. 国发〔2019〕5号.
     */
    PUBLISH_INSPECTION_RESULTS(20, PeriodUnit.WORKING_DAYS);

    private final int length;
    private final PeriodUnit unit;
    private final PeriodDirection direction;
    private final boolean rollsToWorkingDay;
    private final MonthDay fixedDay;

    PeriodRule(int length, PeriodUnit unit) {
        this(length, unit, PeriodDirection.AFTER);
    }

    PeriodRule(int length, PeriodUnit unit, PeriodDirection direction) {
        this.length = length;
        this.unit = unit;
        this.direction = direction;
        this.rollsToWorkingDay = unit != PeriodUnit.WORKING_DAYS;
        this.fixedDay = null;
    }

    PeriodRule(MonthDay fixedDay) {
        this.length = 1;
        this.unit = PeriodUnit.FIXED_DATE;
        this.direction = PeriodDirection.AFTER;
        this.rollsToWorkingDay = false;
        this.fixedDay = fixedDay;
    }

    /** The stable code integrations use, e.g. {@code PENALTY_DECISION}. */
    public String code() {
        return name();
    }

    /**
     * How many units the period lasts. For a {@link PeriodUnit#FIXED_DATE} rule, the number of years after the
     * start in which the fixed day falls.
     */
    public int length() {
        return length;
    }

    public PeriodUnit unit() {
        return unit;
    }

    public PeriodDirection direction() {
        return direction;
    }

    /**
     * Whether a last day that is not a working day moves to the next working day. Working-day periods always end
     * on a working day; calendar-day, month and year periods roll; a fixed date does not.
     */
    public boolean rollsToWorkingDay() {
        return rollsToWorkingDay;
    }

    /** The day of the year a {@link PeriodUnit#FIXED_DATE} rule ends on; empty for counted periods. */
    public Optional<MonthDay> fixedDay() {
        return Optional.ofNullable(fixedDay);
    }

    /** Message key of the rule's name. */
    public String nameKey() {
        return "calendar.rule." + name() + ".name";
    }

    /** Message key of the article(s) the rule cites. */
    public String citationKey() {
        return "calendar.rule." + name() + ".citation";
    }

    /** The rule with this code, if there is one. */
    public static Optional<PeriodRule> byCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(rule -> rule.name().equals(code.strip())).findFirst();
    }
}
