-- 法定工作日历: the State Council's yearly holiday notices (放假安排) that decide which days are working days.
-- A year is "loaded" when its notice is in; periods reaching a year that is not loaded are provisional.
CREATE TABLE calendar_year
(
    notice_year INT                      NOT NULL PRIMARY KEY,
    notice      VARCHAR(500),
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by   VARCHAR(64)              NOT NULL
);

-- The days a notice names: OFF (放假) or WORK (调休上班). A notice may reach into late December of the year before,
-- so notice_year is the year of the notice, not always the year of the day.
CREATE TABLE calendar_day
(
    calendar_date DATE        NOT NULL PRIMARY KEY,
    notice_year   INT         NOT NULL REFERENCES calendar_year (notice_year),
    kind          VARCHAR(4)  NOT NULL CHECK (kind IN ('OFF', 'WORK')),
    name          VARCHAR(20) NOT NULL,
    notice        VARCHAR(500)
);
CREATE INDEX calendar_day_notice_year_idx ON calendar_day (notice_year);
