package org.mingjing.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The loaded holiday notices, stored in tables {@code calendar_year} and {@code calendar_day}. */
@Repository
class CalendarNotices {

    private final JdbcClient jdbc;

    CalendarNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LoadedYear> years() {
        return jdbc.sql("""
                SELECT y.notice_year, y.notice, y.loaded_at, y.loaded_by,
                  (SELECT COUNT(*) FROM calendar_day d WHERE d.notice_year = y.notice_year) AS days
                FROM calendar_year y ORDER BY y.notice_year""")
                .query((rs, row) -> new LoadedYear(rs.getInt("notice_year"), rs.getString("notice"),
                        rs.getInt("days"), rs.getObject("loaded_at", OffsetDateTime.class), rs.getString("loaded_by")))
                .list();
    }

    Optional<LoadedYear> year(int year) {
        return years().stream().filter(loaded -> loaded.year() == year).findFirst();
    }

    List<NoticeDay> allDays() {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day ORDER BY calendar_date")
                .query(CalendarNotices::map).list();
    }

    List<NoticeDay> daysOf(int year) {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day WHERE notice_year = ? ORDER BY calendar_date")
                .param(year).query(CalendarNotices::map).list();
    }

    /** For each of the given dates that another year's notice already names, that year. */
    Map<LocalDate, Integer> claimedByOtherYears(int year, Collection<LocalDate> dates) {
        Map<LocalDate, Integer> claimed = new HashMap<>();
        if (dates.isEmpty()) {
            return claimed;
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        jdbc.sql("""
                SELECT calendar_date, notice_year FROM calendar_day
                WHERE calendar_date BETWEEN ? AND ? AND notice_year <> ?""")
                .params(first, last, year)
                .query((ResultSet rs) -> {
                    LocalDate date = rs.getObject("calendar_date", LocalDate.class);
                    if (dates.contains(date)) {
                        claimed.put(date, rs.getInt("notice_year"));
                    }
                });
        return claimed;
    }

    /** Replaces the year's notice with the given days and marks the year loaded. */
    void replace(int year, String notice, List<NoticeDay> days, String actor) {
        jdbc.sql("DELETE FROM calendar_day WHERE notice_year = ?").param(year).update();
        int updated = jdbc.sql("UPDATE calendar_year SET notice = ?, loaded_at = ?, loaded_by = ? WHERE notice_year = ?")
                .params(notice, OffsetDateTime.now(), actor, year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO calendar_year (notice_year, notice, loaded_at, loaded_by) VALUES (?, ?, ?, ?)")
                    .params(year, notice, OffsetDateTime.now(), actor).update();
        }
        for (NoticeDay day : days) {
            jdbc.sql("""
                    INSERT INTO calendar_day (calendar_date, notice_year, kind, name, notice)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(day.date(), year, day.kind().name(), day.name(), notice).update();
        }
    }

    private static NoticeDay map(ResultSet rs, int row) throws SQLException {
        return new NoticeDay(rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"));
    }
}
