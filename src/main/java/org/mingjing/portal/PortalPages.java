package org.mingjing.portal;

import org.mingjing.organization.Organization;
import org.mingjing.organization.PublicRoster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public site: its home page, the officer roster (事前公开, seed §二(一)2(5)) and the certificate check
 * that a QR code on each certificate opens (事中公示, seed §二(一)3(1)).
 */
@Controller
class PortalPages {

    private final Organization organization;
    private final PublicRoster roster;
    private final String publicBaseUrl;

    PortalPages(Organization organization, PublicRoster roster,
            @Value("${mingjing.public-base-url:}") String publicBaseUrl) {
        this.organization = organization;
        this.roster = roster;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("agencies", organization.agencies());
        return "portal/home";
    }

    @GetMapping("/portal/officers")
    String officers(@RequestParam(required = false) String agencyId, Model model) {
        String scope = agencyId == null || agencyId.isBlank() ? null : agencyId;
        model.addAttribute("agencies", organization.agencies());
        model.addAttribute("agencyId", scope);
        model.addAttribute("roster", roster.roster(scope));
        return "portal/officers";
    }

    @GetMapping("/portal/verify")
    String verify(@RequestParam(required = false) String certificateNumber, Model model) {
        if (certificateNumber != null && !certificateNumber.isBlank()) {
            model.addAttribute("verification", roster.verify(certificateNumber));
        }
        model.addAttribute("certificateNumber", certificateNumber);
        return "portal/verify";
    }

    /** The QR code printed on a certificate: it opens the check page for that certificate. */
    @GetMapping(path = "/portal/qr/{certificateNumber}.svg")
    ResponseEntity<String> qr(@PathVariable String certificateNumber) {
        UriComponentsBuilder base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUriString(publicBaseUrl);
        String target = base.path("/portal/verify").queryParam("certificateNumber", certificateNumber).build()
                .encode().toUriString();
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noCache()).body(QrCodes.svg(target));
    }
}
