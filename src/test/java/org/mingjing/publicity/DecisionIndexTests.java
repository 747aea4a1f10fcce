package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingjing.shared.Paged;

/**
 * The portal's search index on its own: Chinese found by any run of its characters in any public field, never
 * across two fields; the filters; the order and the pages; what it holds after a restart.
 */
class DecisionIndexTests {

    DecisionIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new DecisionIndex(new ByteBuffersDirectory());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static IndexedDecision decision(String id, String agencyId, String actType, String decidedOn, String title,
            String party, String number, String text) {
        return new IndexedDecision(id, agencyId, "三门峡市湖滨区民政局", actType, LocalDate.parse(decidedOn), title, party,
                number, text, LocalDate.parse(decidedOn).plusDays(3), Instant.parse(decidedOn + "T08:00:00Z"));
    }

    void put(IndexedDecision... decisions) throws IOException {
        for (IndexedDecision d : decisions) {
            index.put(d);
        }
        index.refresh();
    }

    List<String> ids(String q) {
        return ids(new DecisionSearch(q, null, null, null, null));
    }

    List<String> ids(DecisionSearch search) {
        return index.search(search, 0, 100).items().stream().map(PublicDecision::id).toList();
    }

    @Test
    void findsAPartyByAnyRunOfTheCharactersOfItsName() throws IOException {
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "行政处罚决定书",
                "三门峡市湖滨区晨光文化交流协会", "湖民罚〔2026〕12号", "该协会超出章程规定的宗旨和业务范围开展收费培训。"),
                decision("b", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-20", "行政处罚决定书", "陕州区夕阳红养老院",
                        "陕民罚〔2026〕3号", "该养老院未按规定建立入住评估制度。"));

        assertThat(ids("晨光")).containsExactly("a");
        assertThat(ids("光文化交")).containsExactly("a");
        assertThat(ids("交流协会")).containsExactly("a");
        assertThat(ids("晨")).as("a single character").containsExactly("a");
        assertThat(ids("晨文")).as("characters that do not stand together").isEmpty();
        assertThat(ids("养老")).containsExactly("b");
        assertThat(ids("收费培训")).as("the masked text").containsExactly("a");
        assertThat(ids("章程 培训")).as("every word").containsExactly("a");
        assertThat(ids("章程 养老院")).isEmpty();
        assertThat(ids("处罚决定")).as("both titles").containsExactly("a", "b");
    }

    @Test
    void findsANumberByItsParts() throws IOException {
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "行政处罚决定书", "某协会",
                "湖民罚〔2026〕12号", "正文"), decision("b", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-24",
                        "行政处罚决定书", "某协会", "湖民罚〔2026〕13号", "正文"));

        assertThat(ids("湖民罚〔2026〕12号")).containsExactly("a");
        assertThat(ids("〔2026〕12")).containsExactly("a");
        assertThat(ids("罚〔2026〕")).containsExactly("a", "b");
        assertThat(ids("2026")).containsExactly("a", "b");
        assertThat(ids("１３")).as("full-width digits read as ASCII").containsExactly("b");
    }

    @Test
    void aPhraseNeverRunsFromOneFieldIntoTheNext() throws IOException {
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书", "王某", "湖民罚1号", "正文"));

        assertThat(ids("决定书")).containsExactly("a");
        assertThat(ids("书王")).as("the title's end and the party's start").isEmpty();
    }

    @Test
    void punctuationAloneDoesNotNarrowTheSearch() throws IOException {
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书", "某协会", "1号", "正文"));

        assertThat(ids("〔〕，")).containsExactly("a");
        assertThat(ids("   ")).containsExactly("a");
    }

    @Test
    void filtersByAgencyActTypeAndDecisionDatesBothIncluded() throws IOException {
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-01-01", "决定书", "甲协会", "1号", "正文"),
                decision("b", "shanzhou", "ADMINISTRATIVE_PENALTY", "2026-01-02", "决定书", "乙协会", "2号", "正文"),
                decision("c", "hubin", "ADMINISTRATIVE_COERCION", "2026-01-03", "决定书", "丙协会", "3号", "正文"));

        assertThat(ids(new DecisionSearch(null, "hubin", null, null, null))).containsExactly("c", "a");
        assertThat(ids(new DecisionSearch(null, "nowhere", null, null, null))).isEmpty();
        assertThat(ids(new DecisionSearch(null, null, "ADMINISTRATIVE_COERCION", null, null))).containsExactly("c");
        assertThat(ids(new DecisionSearch(null, null, null, LocalDate.parse("2026-01-02"),
                LocalDate.parse("2026-01-03")))).containsExactly("c", "b");
        assertThat(ids(new DecisionSearch(null, null, null, null, LocalDate.parse("2026-01-01")))).containsExactly("a");
        assertThat(ids(new DecisionSearch(null, null, null, LocalDate.parse("2026-01-03"),
                LocalDate.parse("2026-01-01")))).isEmpty();
        assertThat(ids(new DecisionSearch("协会", "hubin", "ADMINISTRATIVE_PENALTY", null, null))).containsExactly("a");
    }

    @Test
    void listsTheNewestDecisionFirstThenByIdAPageAtATimeWithTheExactTotal() throws IOException {
        List<IndexedDecision> all = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            all.add(decision(String.format("d%04d", i), i % 2 == 0 ? "hubin" : "shanzhou", "ADMINISTRATIVE_PENALTY",
                    LocalDate.parse("2024-01-01").plusDays(i % 700).toString(), "行政处罚决定书", "协会" + i,
                    "罚" + i + "号", "正文"));
        }
        put(all.toArray(IndexedDecision[]::new));

        Paged<PublicDecision> first = index.search(DecisionSearch.everything(), 0, 20);
        assertThat(first.total()).isEqualTo(2500);
        assertThat(first.items()).hasSize(20);
        assertThat(first.items().get(0).decidedOn()).isEqualTo(LocalDate.parse("2024-01-01").plusDays(699));
        assertThat(first.items()).extracting(PublicDecision::id).startsWith("d0699", "d1399", "d2099", "d0698");
        Paged<PublicDecision> hubin = index.search(new DecisionSearch(null, "hubin", null, null, null), 3, 100);
        assertThat(hubin.total()).isEqualTo(1250);
        assertThat(hubin.items()).hasSize(100);
        Paged<PublicDecision> words = index.search(new DecisionSearch("决定", null, null, null, null), 1, 20);
        assertThat(words.total()).isEqualTo(2500);
        assertThat(words.items()).isEqualTo(index.search(DecisionSearch.everything(), 1, 20).items());
        Paged<PublicDecision> beyond = index.search(DecisionSearch.everything(), 1_000_000, 100);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(2500);

        List<String> every = new ArrayList<>();
        index.forEach(new DecisionSearch(null, "shanzhou", null, null, null), d -> every.add(d.id()));
        assertThat(every).hasSize(1250).doesNotHaveDuplicates();
        assertThat(index.idsByChange(DecisionSearch.everything(), 500)).hasSize(500).startsWith("d0699");
    }

    @Test
    void decisionsOfOneDayFollowTheirIdsEvenWhenTheIdsBeginAlike() throws IOException {
        put(decision("3f2a9c10-0000-4000-8000-000000000002", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书",
                "甲协会", "1号", "正文"),
                decision("0b7e4d55-0000-4000-8000-000000000001", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25",
                        "决定书", "乙协会", "2号", "正文"),
                decision("ffffffff-0000-4000-8000-000000000003", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-24",
                        "决定书", "丙协会", "3号", "正文"),
                decision("abcde1", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书", "丁协会", "4号", "正文"),
                decision("abcde0", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书", "戊协会", "5号", "正文"));

        // Newest day first; within it the ids in string order (the last two alike in their first five bytes stay
        // together, after the ids that sort before them).
        List<String> listed = ids(DecisionSearch.everything());
        assertThat(listed.subList(0, 2)).containsExactly("0b7e4d55-0000-4000-8000-000000000001",
                "3f2a9c10-0000-4000-8000-000000000002");
        assertThat(listed.subList(2, 4)).containsExactlyInAnyOrder("abcde0", "abcde1");
        assertThat(listed.get(4)).isEqualTo("ffffffff-0000-4000-8000-000000000003");
        assertThat(DecisionIndex.rank(LocalDate.parse("0001-01-01"), "a")).isPositive();
        assertThat(DecisionIndex.rank(LocalDate.parse("2026-09-25"), "b"))
                .isLessThan(DecisionIndex.rank(LocalDate.parse("2026-09-25"), "a"))
                .isGreaterThan(DecisionIndex.rank(LocalDate.parse("2026-09-24"), "a"));
    }

    @Test
    void aPageAndTotalKeptForARepeatedSearchFollowEveryChangeOfTheIndex() throws IOException {
        for (int i = 0; i < 30; i++) {
            put(decision("d" + i, "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-" + (10 + i % 15), "决定书", "协会" + i,
                    i + "号", "收费培训"));
        }
        DecisionSearch words = new DecisionSearch("收费培训", null, null, null, null);
        DecisionSearch dates = new DecisionSearch(null, null, null, LocalDate.parse("2026-09-10"),
                LocalDate.parse("2026-09-14"));
        assertThat(index.search(words, 0, 5).total()).isEqualTo(30);
        assertThat(index.search(words, 1, 5).total()).isEqualTo(30);
        assertThat(index.search(dates, 0, 5).total()).isEqualTo(10);

        assertThat(index.search(words, 0, 5).items().get(0).id()).isEqualTo("d14");

        put(decision("new", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-12", "决定书", "新协会", "31号", "收费培训"),
                decision("newest", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-30", "决定书", "新协会", "32号", "收费培训"));
        assertThat(index.search(words, 0, 5).total()).isEqualTo(32);
        assertThat(index.search(words, 0, 5).items().get(0).id()).isEqualTo("newest");
        assertThat(index.search(dates, 1, 5).total()).isEqualTo(11);

        index.remove("d0");
        index.remove("d1");
        index.remove("newest");
        index.refresh();
        assertThat(index.search(words, 2, 5).total()).isEqualTo(29);
        assertThat(index.search(words, 0, 5).items().get(0).id()).isEqualTo("d14");
        assertThat(index.search(dates, 0, 5).total()).isEqualTo(9);
        assertThat(index.search(words, 100, 5)).satisfies(p -> {
            assertThat(p.items()).isEmpty();
            assertThat(p.total()).isEqualTo(29);
        });
    }

    @Test
    void aListItemHoldsThePublicFieldsFromTheIndexAlone() throws IOException {
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "行政处罚决定书", "某协会", "湖民罚〔2026〕12号",
                "正文"));

        PublicDecision item = index.search(DecisionSearch.everything(), 0, 1).items().get(0);
        assertThat(item).isEqualTo(new PublicDecision("a", "行政处罚决定书", "三门峡市湖滨区民政局", "某协会",
                "湖民罚〔2026〕12号", LocalDate.parse("2026-09-25"), LocalDate.parse("2026-09-28")));
    }

    @Test
    void aDecisionPutAgainReplacesTheOldAndARemovedOneIsGone() throws IOException {
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书", "甲协会", "1号", "旧的正文"));
        put(decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书", "甲协会", "1号", "更正后的正文"));

        assertThat(ids("旧的")).isEmpty();
        assertThat(ids("更正后")).containsExactly("a");
        assertThat(index.size()).isEqualTo(1);

        index.remove("a");
        index.refresh();
        assertThat(ids(DecisionSearch.everything())).isEmpty();
    }

    @Test
    void aRestartFindsWhatWasCommittedWithTheTimeOfEachChange(@TempDir Path dir) throws IOException {
        index.close();
        index = new DecisionIndex(FSDirectory.open(dir));
        IndexedDecision a = decision("a", "hubin", "ADMINISTRATIVE_PENALTY", "2026-09-25", "决定书", "甲协会", "1号",
                "正文");
        put(a);
        index.commit();
        index.close();

        index = new DecisionIndex(FSDirectory.open(dir));
        assertThat(index.changes()).containsEntry("a", DecisionIndex.micros(a.changedAt())).hasSize(1);
        assertThat(ids("甲协会")).containsExactly("a");
    }
}
