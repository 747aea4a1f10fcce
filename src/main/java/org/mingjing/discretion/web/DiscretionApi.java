package org.mingjing.discretion.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.discretion.Recommendation;
import org.mingjing.discretion.Recommendations;
import org.mingjing.discretion.SimilarCase;
import org.mingjing.discretion.SimilarCases;
import org.mingjing.shared.Caller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The discretion lines of the API contract: the recommendation (裁量智能辅助) and the similar cases (类案推送). */
@RestController
class DiscretionApi {

    private final Recommendations recommendations;
    private final SimilarCases similar;

    DiscretionApi(Recommendations recommendations, SimilarCases similar) {
        this.recommendations = recommendations;
        this.similar = similar;
    }

    /** The body: {@code illegalTurnover} is this product's addition, for standards that multiply the turnover. */
    record RecommendationBody(String matterCode, List<String> circumstances, BigDecimal illegalIncome,
            BigDecimal illegalTurnover) {
    }

    /**
     * {@code POST /api/discretion/recommendation}: what the caller's agency's discretion standard recommends for the
     * matter and circumstances — {@code level}, {@code range {min, max}} in yuan, {@code penalties},
     * {@code explanation}, {@code citation} and more. 404 unknown matter; 400 unknown circumstance, negative or
     * too large amount, bad JSON; 409 {@code no-discretion-standard}.
     */
    @PostMapping("/api/discretion/recommendation")
    Recommendation recommend(@RequestBody RecommendationBody body) {
        RecommendationBody b = body == null ? new RecommendationBody(null, null, null, null) : body;
        return recommendations.recommend(Caller.require(), new Recommendations.Request(b.matterCode(),
                b.circumstances(), b.illegalIncome(), b.illegalTurnover()), LocaleContextHolder.getLocale());
    }

    /**
     * {@code GET /api/cases/{id}/similar?circumstances=C1,C2&limit=10}: the decided cases most like this one, of
     * the same matter, in the agencies the caller may see; compared by the circumstances given or, without them, by
     * those the case's decision records. 404 when the case is not visible to the caller.
     */
    @GetMapping("/api/cases/{id}/similar")
    List<SimilarCase> similar(@PathVariable String id, @RequestParam(required = false) List<String> circumstances,
            @RequestParam(required = false) Integer limit) {
        return similar.of(Caller.require(), id, codes(circumstances), limit);
    }

    /** Codes given as repeated parameters or separated by commas, blanks or the Chinese comma. */
    static List<String> codes(List<String> given) {
        List<String> codes = new ArrayList<>();
        if (given != null) {
            for (String g : given) {
                for (String c : g.split("[,\\s\uff0c\u3001;\uff1b]+")) {
                    if (!c.isBlank()) {
                        codes.add(c.strip());
                    }
                }
            }
        }
        return codes;
    }
}
