package org.mingjing.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county and township (乡镇、街道) of a case's place ({@code case_file.place}), for the analysis by place. A place
 * written the way the filing form and the generator write it starts with the county-level division (its name ends in
 * 县, 区 or 市: 湖滨区, 灵宝市, 渑池县), then the township (ending in 镇, 乡 or 街道: 函谷关镇, 张汴乡, 前进街道), then
 * the village or the street. The township is the shortest text after the county that ends in one of those words, so
 * a township whose name holds 村 (西张村镇, 西李村乡) or 区 (新区街道) is read whole and the village after it is left
 * out. A province (…省) before the county is passed over, and so is a city (…市) followed by a county-level name
 * (三门峡市湖滨区…), unless that name is the first half of a street office (义马市新区街道: 新区 is not a county). A
 * place that does not start that way (湖滨区黄河路18号) has no township; one with no county-level name first has
 * neither. The analysis by place and the hot spots of the early warnings both read places here.
 */
public final class Places {

    /** A county-level name: up to eight characters ending in 县, 区 or 市, the shortest first. */
    private static final Pattern COUNTY = Pattern.compile("^(\\p{IsHan}{1,7}?[\u53bf\u533a\u5e02])");
    /** A township: up to nine characters ending in 街道, 镇 or 乡, the shortest first. */
    private static final Pattern TOWNSHIP = Pattern.compile("^(\\p{IsHan}{1,8}?(?:\u8857\u9053|\u9547|\u4e61))");

    /** A province before the county: two or three characters and 省. */
    private static final Pattern PROVINCE = Pattern.compile("^\\p{IsHan}{2,3}?\u7701");
    /** 街道, which may follow a name ending in 区 (新区街道) that is then no county. */
    private static final String STREET_OFFICE = "\u8857\u9053";

    private Places() {
    }

    /** The place from its county on: a province, and a city above the county, passed over. */
    private static String fromCounty(String place) {
        String p = place.strip();
        Matcher province = PROVINCE.matcher(p);
        if (province.find()) {
            p = p.substring(province.end());
        }
        Matcher city = COUNTY.matcher(p);
        if (city.find()) {
            String rest = p.substring(city.end());
            Matcher county = COUNTY.matcher(rest);
            if (county.find() && !rest.startsWith(STREET_OFFICE, county.end())) {
                return rest;
            }
        }
        return p;
    }

    /**
     * The county and the township together ("陕州区西张村镇"), which is how a township is told apart from one of the
     * same name in another county (城关镇), if the place names both.
     */
    public static Optional<String> countyTownship(String place) {
        return township(place).map(t -> county(place).orElseThrow() + t);
    }

    /** The county-level division the place starts with ("灵宝市" of "灵宝市函谷关镇东坡村"), if any. */
    public static Optional<String> county(String place) {
        if (place == null) {
            return Optional.empty();
        }
        Matcher m = COUNTY.matcher(fromCounty(place));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The township that follows the county ("西张村镇" of "陕州区西张村镇王家村"), if the place names one. */
    public static Optional<String> township(String place) {
        Optional<String> county = county(place);
        if (county.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TOWNSHIP.matcher(fromCounty(place).substring(county.get().length()));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
