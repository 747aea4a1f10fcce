package org.mingjing.catalogue.web;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.FlowChart;
import org.mingjing.catalogue.Matter;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.ProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public files of the portal that are not pages: a matter's flow chart (SVG) and the power list (PDF). */
@RestController
class FlowChartController {

    private final Catalogue catalogue;
    private final Organization organization;
    private final org.mingjing.catalogue.PowerListPdf pdf;

    FlowChartController(Catalogue catalogue, Organization organization, org.mingjing.catalogue.PowerListPdf pdf) {
        this.catalogue = catalogue;
        this.organization = organization;
        this.pdf = pdf;
    }

    @GetMapping(value = "/portal/agencies/{agencyId}/matters/{code}/flow-chart.svg", produces = "image/svg+xml")
    ResponseEntity<String> flowChart(@PathVariable String agencyId, @PathVariable String code) {
        Matter m = catalogue.publicMatter(agencyId, code)
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.matter-not-found"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).body(FlowChart.svg(m.steps(), m.name()));
    }

    @GetMapping(value = "/portal/agencies/{agencyId}/power-list.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> powerList(@PathVariable String agencyId) {
        Agency agency = organization.agency(agencyId)
                .orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
        return CatalogueApi.download(pdf.render(agency, catalogue.mattersOf(agency.id())), MediaType.APPLICATION_PDF,
                agency.name() + ".pdf", true);
    }
}
