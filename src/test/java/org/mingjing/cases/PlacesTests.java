package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The county and township of a place as cases write it, on the names of the generator's words.json. */
class PlacesTests {

    @Test
    void readsTheTownshipAfterTheCountyAndLeavesTheVillageOut() {
        assertThat(Places.county("灵宝市函谷关镇东坡村")).contains("灵宝市");
        assertThat(Places.township("灵宝市函谷关镇东坡村")).contains("函谷关镇");
        assertThat(Places.township("湖滨区前进街道王家村")).contains("前进街道");
        assertThat(Places.township("卢氏县瓦窑沟乡柳林村")).contains("瓦窑沟乡");
        assertThat(Places.township("渑池县城关镇南沟村")).contains("城关镇");
    }

    @Test
    void aTownshipWhoseNameHoldsVillageOrDistrictIsReadWhole() {
        assertThat(Places.township("陕州区西张村镇王家村")).contains("西张村镇");
        assertThat(Places.township("陕州区西李村乡李家村")).contains("西李村乡");
        assertThat(Places.township("渑池县张村镇后川村")).contains("张村镇");
        assertThat(Places.township("渑池县陈村乡北岭村")).contains("陈村乡");
        assertThat(Places.county("义马市新区街道刘家村")).contains("义马市");
        assertThat(Places.township("义马市新区街道刘家村")).contains("新区街道");
        assertThat(Places.township("义马市东区街道张家村")).contains("东区街道");
        assertThat(Places.township("陕州区王家后乡东坡村")).contains("王家后乡");
    }

    @Test
    void aPlaceWithoutATownshipHasNone() {
        assertThat(Places.county("湖滨区黄河路18号")).contains("湖滨区");
        assertThat(Places.township("湖滨区黄河路18号")).isEmpty();
        assertThat(Places.township("湖滨区乡村路5号")).isEmpty();
        assertThat(Places.county("黄河路18号")).isEmpty();
        assertThat(Places.township("黄河路18号")).isEmpty();
        assertThat(Places.township("")).isEmpty();
        assertThat(Places.township(null)).isEmpty();
    }

    @Test
    void aProvinceAndACityBeforeTheCountyArePassedOver() {
        assertThat(Places.county("河南省三门峡市湖滨区前进街道和平路1号")).contains("湖滨区");
        assertThat(Places.township("河南省三门峡市湖滨区前进街道和平路1号")).contains("前进街道");
        assertThat(Places.countyTownship("三门峡市陕州区西张村镇东坡村")).contains("陕州区西张村镇");
        // 新区 before 街道 is a street office's name, not a county under 义马市.
        assertThat(Places.countyTownship("义马市新区街道刘家村")).contains("义马市新区街道");
        assertThat(Places.countyTownship("河南省义马市东区街道张家村")).contains("义马市东区街道");
    }

    @Test
    void theHotSpotsKeyIsTheCountyAndTheTownship() {
        assertThat(Places.countyTownship("湖滨区交口乡南沟村5组")).contains("湖滨区交口乡");
        assertThat(Places.countyTownship("卢氏县城关镇")).contains("卢氏县城关镇");
        assertThat(Places.countyTownship("渑池县城关镇南沟村")).contains("渑池县城关镇");
        assertThat(Places.countyTownship("湖滨区黄河路18号")).isEmpty();
        assertThat(Places.countyTownship("交口乡南沟村")).as("no county: not placed").isEmpty();
        assertThat(Places.countyTownship(null)).isEmpty();
    }
}
